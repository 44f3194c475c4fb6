/**
 * The one list of a reply's fields: every label spelling real offices print for each, the schema path its
 * title and description come from, and how to find its value in the model. The parser's labels, the
 * placement of schema diagnostics, completion, hover, `proposal-reply fields` and the register read it.
 */
import type { Field, LabeledFieldKey, Range, ReplyModel } from './model';

export type FieldPath =
  | 'kind'
  | 'resultStatus'
  | 'signer'
  | 'addressees'
  | 'title'
  | 'organ'
  | 'date'
  | 'publicity'
  | 'contact.name'
  | 'contact.phone'
  | 'contact.address'
  | 'contact.postcode'
  | 'docNumber'
  | 'proposalNumber';

export interface FieldSpec {
  /** The path in schemas/reply.schema.json and in `proposal-reply fields`. */
  path: FieldPath;
  /**
   * The labels that print this field, as written without inner spaces. The first is the one offered when
   * a user starts a labelled line; an empty list means the field is read from the layout, not a label.
   */
  labels: readonly string[];
  /** Offered as a label when a user starts a line: the fields the standard layout prints with a label. */
  typed?: true;
  /** Where the value stands in the model. */
  read(model: ReplyModel): Field<unknown> | null;
}

export const FIELDS: readonly FieldSpec[] = [
  { path: 'kind', labels: [], read: (m) => m.kind },
  {
    path: 'resultStatus',
    labels: ['办理结果', '办理类别', '办复类别', '答复类别', '结果类别', '类别', '办复类型', '答复类型', '办理类型', '办复结果', '答复结果'],
    typed: true,
    read: (m) => m.resultStatus,
  },
  {
    path: 'signer',
    // 分管领导, 主管领导 and 承办负责人 name a leader who did not necessarily sign: read, but not as the signer.
    labels: ['签发人', '签发', '领导签发', '签发领导', '领导署名', '签批人', '审签人', '领导签字', '签字领导'],
    typed: true,
    read: (m) => m.signer,
  },
  { path: 'addressees', labels: [], read: (m) => m.salutation },
  { path: 'title', labels: [], read: (m) => m.title },
  { path: 'organ', labels: ['答复单位'], read: (m) => m.organ },
  { path: 'date', labels: [], read: (m) => m.date },
  { path: 'publicity', labels: ['公开属性', '是否同意公开', '公开方式', '公开类型', '信息公开属性'], read: (m) => m.publicity },
  {
    path: 'contact.name',
    labels: ['联系人姓名', '联系人', '经办人', '承办人', '经办人姓名', '承办人姓名'],
    typed: true,
    read: (m) => m.contact.name,
  },
  {
    path: 'contact.phone',
    labels: ['联系电话', '电话', '联系方式', '办公电话', '手机', '手机号码'],
    typed: true,
    read: (m) => m.contact.phone,
  },
  {
    path: 'contact.address',
    labels: ['承办单位通讯地址', '通讯地址', '联系地址', '单位地址', '承办单位地址', '地址'],
    typed: true,
    read: (m) => m.contact.address,
  },
  { path: 'contact.postcode', labels: ['邮政编码', '邮编'], typed: true, read: (m) => m.contact.postcode },
  { path: 'docNumber', labels: [], read: (m) => m.docNumber },
  { path: 'proposalNumber', labels: ['提案号', '提案编号', '建议号', '建议编号', '案号'], read: (m) => m.proposalNumber },
];

/**
 * Labels that feed several fields at once, or none: read so that their text is never taken for something
 * else (a leader's name for the signer, a copy-to list for the organ).
 */
const COMPOUND_AND_OTHER_LABELS: Readonly<Record<string, LabeledFieldKey | null>> = {
  联系人及电话: 'contact.nameAndPhone', 联系人及联系电话: 'contact.nameAndPhone', 联系人和电话: 'contact.nameAndPhone',
  经办人及联系电话: 'contact.nameAndPhone', 承办人及联系电话: 'contact.nameAndPhone', 经办人及电话: 'contact.nameAndPhone',
  承办人及电话: 'contact.nameAndPhone', 联系人及联系方式: 'contact.nameAndPhone',
  联系单位和联系人及电话: 'contact.unitNameAndPhone', 联系单位及联系人电话: 'contact.unitNameAndPhone',
  承办单位及联系人电话: 'contact.unitNameAndPhone',
  联系单位: 'contact.unit', 承办单位: 'contact.unit',
  抄送: 'copyTo', 抄报: 'copyTo',
  分管领导: null, 主管领导: null, 承办负责人: null, 分管单位: null, 主送: null, 附件: null, 传真: null,
  电子邮箱: null, 邮箱: null, 电子邮件: null,
};

/** Every label the parser reads, by what it feeds. */
export const LABEL_FEEDS: Readonly<Record<string, LabeledFieldKey | null>> = (() => {
  const feeds: Record<string, LabeledFieldKey | null> = {};
  for (const spec of FIELDS) for (const label of spec.labels) feeds[label] = spec.path as LabeledFieldKey;
  return { ...feeds, ...COMPOUND_AND_OTHER_LABELS };
})();

/** Every label spelling with the field it feeds; a field's first is the one offered at a line start. */
export const LABEL_PATHS: ReadonlyArray<readonly [label: string, path: FieldPath]> = FIELDS.flatMap((spec) =>
  spec.labels.map((label) => [label, spec.path] as const),
);

/** The paths whose labels completion offers at a line start. */
export const TYPED_PATHS: ReadonlySet<FieldPath> = new Set(FIELDS.filter((spec) => spec.typed).map((spec) => spec.path));

/** The fields a compound label fills, for placing a missing field at its empty label. */
export const LABEL_FILLS: Readonly<Partial<Record<LabeledFieldKey, readonly FieldPath[]>>> = {
  'contact.nameAndPhone': ['contact.name', 'contact.phone'],
  'contact.unitNameAndPhone': ['contact.name', 'contact.phone'],
};

const BY_PATH = new Map(FIELDS.map((spec) => [spec.path as string, spec]));

export function fieldSpec(path: string): FieldSpec | undefined {
  return BY_PATH.get(path);
}

/** The model's field at a schema path, or null. */
export function fieldAt(model: ReplyModel, path: string): Field<unknown> | null {
  return BY_PATH.get(path)?.read(model) ?? null;
}

/** The path of the field whose value or label covers a position, for hover. */
export function fieldPathAt(model: ReplyModel, contains: (range: Range) => boolean): FieldPath | undefined {
  for (const label of model.labels) {
    if (!label.field || !contains({ start: label.labelRange.start, end: label.valueRange.end })) continue;
    const fills = LABEL_FILLS[label.field];
    if (fills) return fills[0];
    if (BY_PATH.has(label.field)) return label.field as FieldPath;
  }
  for (const spec of FIELDS) {
    const field = spec.read(model);
    if (field && contains(field.range)) return spec.path;
  }
  return undefined;
}
