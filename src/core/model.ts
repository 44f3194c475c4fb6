/**
 * The model of a reply: what the parser reads from the text. Every field keeps
 * the source range it came from, so diagnostics, hover and the preview can point
 * back into the document. Lines and characters are 0-based here; the CLI's
 * output formats convert to 1-based at the edge.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Kind = '提案' | '建议';
export type Role = '委员' | '代表';

/** A value read from the text, with where it stands. */
export interface Field<T = string> {
  value: T;
  range: Range;
  /** The label in front of the value (`签发人`), when the value had one. */
  label?: { text: string; range: Range };
}

export interface Addressee {
  name: string;
  /** `委员`, `代表`, or null for an institution (`真如镇街道`). */
  role: Role | null;
  range: Range;
}

export interface DateField extends Field<string | null> {
  /** The date as printed, e.g. `2024年04月30日` or `二〇一七年五月二十六日`. */
  raw: string;
  year: number | null;
  month: number | null;
  day: number | null;
  /** Which numerals it is written in. */
  numerals: 'arabic' | 'chinese' | 'mixed' | 'unknown';
}

/** A label followed by a colon, wherever it stands (`签发人:` with or without a value). */
export interface LabelOccurrence {
  /** The label as normalised (inner spaces removed), e.g. `联系人`. */
  name: string;
  /** Which model field it feeds, or null for labels we only recognise (`抄送`, `承办负责人`). */
  field: LabeledFieldKey | null;
  labelRange: Range;
  /** The colon after the label. */
  colonRange: Range;
  /** The value after the colon, trimmed; empty when nothing follows. */
  value: string;
  valueRange: Range;
}

export type LabeledFieldKey =
  | 'resultStatus'
  | 'signer'
  | 'organ'
  | 'contact.name'
  | 'contact.phone'
  | 'contact.nameAndPhone'
  | 'contact.unitNameAndPhone'
  | 'contact.address'
  | 'contact.postcode'
  | 'contact.unit'
  | 'publicity'
  | 'copyTo'
  | 'docNumber'
  | 'proposalNumber';

export type HeadingLevel = 1 | 2 | 3 | 4;

/** What one line of the document is. Blank lines get no block. */
export type BlockType =
  | 'header' // a line of labelled header fields (办理结果, 签发人, 类别, …)
  | 'docTitle' // the document's own title (关于…的答复)
  | 'docNumber' // 长科委〔2024〕12号
  | 'salutation'
  | 'opening'
  | 'heading'
  | 'paragraph'
  | 'thanks'
  | 'organ'
  | 'date'
  | 'publicity'
  | 'signer' // a signer line after the date (领导签发:…)
  | 'contact'
  | 'copyTo' // 抄送:…
  | 'footer' // 版记 (…印发) and web-page furniture, never read for fields
  | 'unknown'; // a line no recogniser claims: shown as printed, never read for fields

export interface Block {
  type: BlockType;
  /** The line's whole range, leading and trailing spaces excluded. */
  range: Range;
  line: number;
  text: string;
  heading?: HeadingInfo;
}

export interface HeadingInfo {
  level: HeadingLevel;
  /** The number the marker shows (`三、` → 3). */
  number: number;
  /** The marker as printed (`三、`, `(一)`, `1.`, `(1)`). */
  marker: string;
  markerRange: Range;
  /** The marker's number text alone (`三`, `一`, `1`), for renumbering fixes. */
  numberRange: Range;
  /** The form the marker is written in, whatever level it stands at. */
  style: 'chinese-dun' | 'chinese-paren' | 'arabic-dot' | 'arabic-paren' | 'chinese-dot' | 'arabic-dun';
}

export interface Contact {
  name: Field | null;
  phone: Field | null;
  address: Field | null;
  postcode: Field | null;
}

export interface ReplyModel {
  /** The text as parsed (BOM removed); offsets and ranges refer to it. */
  text: string;
  /** Line contents without their line ending. */
  lines: string[];
  /** Offset of each line's first character in `text`. */
  lineOffsets: number[];
  hasBom: boolean;
  eol: '\n' | '\r\n' | '\r';

  kind: Field<Kind> | null;
  resultStatus: Field | null;
  signer: Field | null;
  /** The whole salutation line, when there is one. */
  salutation: Field | null;
  addressees: Addressee[];
  addresseesEtAl: boolean;
  opening: Field | null;
  title: Field | null;
  organ: Field | null;
  date: DateField | null;
  publicity: Field | null;
  contact: Contact;
  docNumber: Field | null;
  /** The proposal's number as cited (`第155号`). */
  proposalNumber: Field | null;

  blocks: Block[];
  labels: LabelOccurrence[];
  /** False when the text has neither an opening nor a salutation: a news item, a summary of the year's work. */
  looksLikeReply: boolean;
  /** Why each non-empty line was read as it was, and which recogniser each field came from. */
  explain: ParseExplanation;
}

export interface LineClaim {
  line: number;
  type: BlockType;
  /** The recogniser that claimed the line, or null for a line nobody claimed. */
  by: string | null;
}

export interface ParseExplanation {
  lines: LineClaim[];
  /** Field path → the recogniser its value came from. */
  fields: Record<string, string>;
}

/** What `proposal-reply fields` prints: plain values, no ranges. */
export interface ReplyFields {
  kind: Kind | null;
  resultStatus: string | null;
  signer: string | null;
  addressees: { name: string; role: Role | null }[];
  addresseesEtAl: boolean;
  title: string | null;
  organ: string | null;
  date: string | null;
  publicity: string | null;
  contact: { name: string | null; phone: string | null; address: string | null; postcode: string | null };
  docNumber: string | null;
  proposalNumber: string | null;
}
