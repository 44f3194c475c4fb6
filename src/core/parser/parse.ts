import type { BlockType, DateField, Field, Kind, LabelOccurrence, Range, ReplyModel } from '../model';
import { contentSpan, splitText } from './lines';
import { lineRange } from './positions';
import { findLabels, isLabelLine } from './labels';
import { DATE_LINE, DATE_PATTERN, isoDate, readDate } from './dates';
import { readHeading } from './headings';
import { readSalutation } from './salutation';
import { readTitle } from './opening';

/** Web-page furniture around a published reply, never read for fields. */
const PAGE_FURNITURE =
  /^(首页[\s\u00a0]*[>\uff1e»]|当前位置|发布时间|发布日期|浏览次数|访问量|字号[:\uff1a]|【?字体[:\uff1a]|来源[:\uff1a]|【?打印|【?关闭|分享到|扫一扫|网站地图|联系我们|Copyright|©|(?:索引号|发文机关|发布机构|成文日期|发文日期|主题分类|公文种类|文号|标题|有效性|生效日期|信息来源)[:\uff1a])/i;
/** Once one of these appears after the body, the rest of the text is the web site's footer. */
const SITE_FOOTER = /(版权所有|主办单位[:\uff1a]|网站标识码|ICP备|公网安备|技术支持[:\uff1a])/;
/** 版记: `泰顺县水利局办公室 2024年6月26日印发`. */
const ISSUED_LINE = /印发[\s\u00a0\u3000]*$/;
const OPENING = /收悉|(?:答复|函复|复函|回复|函告|意见|说明|报告)如下/;
const THANKS =
  /感谢|谢谢|专此(?:答复|函复|复函)?|特此(?:答复|函复|复函|说明)?|^此复|以上(?:答复|函复|意见)|此(?:复函|答复|函|件|答复函)已经|希望.{0,30}(?:意见|建议|关注|支持)|欢迎.{0,30}(?:意见|建议|关注|支持)/;
const PUBLICITY_LINE =
  /^[(\uff08][\s\u00a0\u3000]*((?:此件|本件)?[\s\u00a0\u3000]*(?:公开发布|依申请公开|不予公开|主动公开|不公开|免予公开|予以公开|删减后公开))[\s\u00a0\u3000]*[)\uff09]?$/;
const DOC_NUMBER =
  /^([\u4e00-\u9fff]{1,15}[〔\[【(\uff08]\s*[0-9\uff10-\uff19]{4}\s*[〕\]】)\uff09]\s*第?\s*[0-9\uff10-\uff19]+\s*号)[\s\u00a0\u3000]*(?:[(\uff08]?([A-DＡ-Ｄ]类?)[)\uff09]?)?$/;
const CLASS_LINE = /^[(\uff08]?([A-DＡ-Ｄ]类)[)\uff09]?$/;
const LOOSE_DATE_LINE = /^([0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}|[0-9]{6,8})$/;
const SIGNED_IN_BODY =
  /(?:此|本)(?:复函|答复|函|件|答复函|办理答复)?已经(.{2,14}?)(?:同志)?(?:审签|签发|审定|审核|签批)/;
const TITLES = '(?:常务)?(?:副)?(?:局长|书记|主任|区长|县长|市长|镇长|乡长|主席|部长|厅长|处长|院长|校长|总经理|秘书长|组长|调研员|巡视员|主任委员|领导)';
const OFFICE_TITLE = new RegExp(`^${TITLES}|${TITLES}$`, 'g');
const PROPOSAL_NUMBER = /第[\s\u00a0]*[0-9\uff10-\uff19]+[\s\u00a0]*号/;
const KIND_IN_TITLE = /第[\s\u00a0]*[^第号\s]{1,8}?[\s\u00a0]*号[\s\u00a0]*(?:委员|代表)?[\s\u00a0]*(提案|建议)|(提案|建议)(?:的)?(?:答复|复函|办理|会办|协办|函)/;
const ORGAN_LIKE =
  /(局|委员会|委|政府|办公室|办|中心|街道|厅|院|处|部|会|所|站|公司|镇|乡|管委会|集团|大学|学校|医院|分局|支队|大队)$/;
const ORGAN_THEN_DATE = new RegExp(
  `^([^。!?;:,\\uff01\\uff1f\\uff1b\\uff1a\\uff0c\\d]{2,40}?)[\\s\\u00a0\\u3000]+(${DATE_PATTERN.source})$`,
);
const SENTENCE_MARK = /[。!\uff01?\uff1f;\uff1b:\uff1a,\uff0c]/;

interface LineInfo {
  index: number;
  text: string;
  start: number;
  end: number;
  content: string;
  labels: LabelOccurrence[];
  labelLine: boolean;
  footer: boolean;
}

export function parse(input: string): ReplyModel {
  const split = splitText(input);
  const lines = split.lines.map((text, i): LineInfo => {
    const [start, end] = contentSpan(text);
    const labels = findLabels(text, i);
    return { index: i, text, start, end, content: text.slice(start, end), labels, labelLine: isLabelLine(text, labels), footer: false };
  });
  markFooter(lines);
  const live = lines.filter((l) => l.content && !l.footer);

  const model: ReplyModel = {
    text: split.text, lines: split.lines, lineOffsets: split.lineOffsets, hasBom: split.hasBom, eol: split.eol,
    kind: null, resultStatus: null, signer: null, salutation: null, addressees: [], addresseesEtAl: false,
    opening: null, title: null, organ: null, date: null, publicity: null,
    contact: { name: null, phone: null, address: null, postcode: null },
    docNumber: null, proposalNumber: null, blocks: [], labels: allLabels(lines),
  };
  const types = new Map<number, BlockType>();
  const contentRange = (l: LineInfo): Range => lineRange(l.index, l.start, l.end);
  const field = (l: LineInfo, from: number, to: number, value = l.text.slice(from, to)): Field => ({ value, range: lineRange(l.index, from, to) });

  // Opening and salutation divide the header from the body.
  const opening = live.find((l) => !l.labelLine && OPENING.test(l.content));
  let salutation: LineInfo | undefined;
  if (opening) {
    const before = live.filter((l) => l.index < opening.index);
    const candidate = before[before.length - 1];
    if (candidate && !candidate.labelLine && (/[:\uff1a]$/.test(candidate.content) || /(委员|代表)(?:同志|们)?$/.test(candidate.content)) && !OPENING.test(candidate.content)) {
      salutation = candidate;
    }
  } else {
    salutation = live.slice(0, 15).find((l) => !l.labelLine && /^(尊敬的)?[^。,\uff0c]{1,60}(委员|代表)(?:同志|们)?[:\uff1a]?$/.test(l.content));
  }
  const bodyStart = (opening ?? salutation)?.index ?? -1;

  if (salutation) {
    types.set(salutation.index, 'salutation');
    model.salutation = { value: salutation.content, range: contentRange(salutation) };
    const read = readSalutation(salutation.text, salutation.index, salutation.start, salutation.end);
    model.addressees = read.addressees;
    model.addresseesEtAl = read.etAl;
  }
  let kind: Field<Kind> | null = null;
  if (opening) {
    types.set(opening.index, 'opening');
    model.opening = { value: opening.content, range: contentRange(opening) };
    const title = readTitle(opening.text);
    if (title) {
      model.title = field(opening, title.start, title.end, title.title);
      if (title.kind) kind = { value: title.kind, range: lineRange(opening.index, title.kindAt, title.kindAt + 2) };
    }
  }

  // Header: everything above the salutation (or the opening).
  const header = live.filter((l) => bodyStart < 0 ? false : l.index < (salutation?.index ?? bodyStart));
  let headerKind: Field<Kind> | null = null;
  for (const l of header) {
    if (l.labelLine) {
      types.set(l.index, l.labels.every((x) => x.field?.startsWith('contact')) ? 'contact' : 'header');
      continue;
    }
    const docNumber = DOC_NUMBER.exec(l.content);
    if (docNumber) {
      types.set(l.index, 'docNumber');
      model.docNumber ??= field(l, l.start, l.start + docNumber[1].length, docNumber[1]);
      if (docNumber[2] && !model.resultStatus) {
        const at = l.start + l.content.lastIndexOf(docNumber[2]);
        model.resultStatus = field(l, at, at + docNumber[2].length);
      }
      continue;
    }
    const classLine = CLASS_LINE.exec(l.content);
    if (classLine && !model.resultStatus) {
      const at = l.start + l.content.indexOf(classLine[1]);
      model.resultStatus = field(l, at, at + classLine[1].length);
      types.set(l.index, 'header');
      continue;
    }
    types.set(l.index, 'docTitle');
    const kindMatch = KIND_IN_TITLE.exec(l.content);
    if (kindMatch && !headerKind) {
      const word = (kindMatch[1] ?? kindMatch[2]) as Kind;
      const at = l.start + kindMatch.index + kindMatch[0].indexOf(word);
      headerKind = { value: word, range: lineRange(l.index, at, at + 2) };
    }
    const number = PROPOSAL_NUMBER.exec(l.content);
    if (number && !model.proposalNumber) model.proposalNumber = field(l, l.start + number.index, l.start + number.index + number[0].length);
  }
  if (!model.proposalNumber && opening) {
    const number = PROPOSAL_NUMBER.exec(opening.text);
    if (number) model.proposalNumber = field(opening, number.index, number.index + number[0].length);
  }
  const roleKind: Field<Kind> | null = model.addressees[0]?.role && salutation
    ? { value: model.addressees[0].role === '委员' ? '提案' : '建议', range: contentRange(salutation) }
    : null;
  model.kind = headerKind ?? kind ?? roleKind;

  // Signature block: the last date line after the opening, and the organ above it.
  const afterOpening = live.filter((l) => l.index > bodyStart);
  const dateLine = findLast(afterOpening, (l) => !l.labelLine && (DATE_LINE.test(l.content) || LOOSE_DATE_LINE.test(l.content)));
  let organ: LineInfo | undefined;
  if (dateLine) {
    types.set(dateLine.index, 'date');
    model.date = readDateField(dateLine, dateLine.start, dateLine.end);
    organ = findOrgan(afterOpening, dateLine);
    if (organ) {
      types.set(organ.index, 'organ');
      model.organ = { value: organ.content, range: contentRange(organ) };
    }
  } else {
    // Some offices print the organ and the date on one line.
    const shared = findLast(afterOpening, (l) => !l.labelLine && ORGAN_THEN_DATE.test(l.content));
    const parts = shared && ORGAN_THEN_DATE.exec(shared.content);
    if (shared && parts) {
      types.set(shared.index, 'date');
      const dateStart = shared.start + shared.content.length - parts[2].length;
      model.date = readDateField(shared, dateStart, shared.end);
      model.organ = field(shared, shared.start, shared.start + parts[1].length);
      organ = shared;
    } else {
      organ = findOrgan(afterOpening, undefined);
      if (organ) {
        types.set(organ.index, 'organ');
        model.organ = { value: organ.content, range: contentRange(organ) };
      }
    }
  }
  const signatureStart = Math.min(organ?.index ?? Infinity, dateLine?.index ?? Infinity);

  // Labelled lines anywhere (but the footer) feed the contact block, signer, result and publicity.
  for (const l of live) {
    if (types.has(l.index)) continue;
    const publicity = PUBLICITY_LINE.exec(l.content);
    if (publicity && l.index > bodyStart) {
      types.set(l.index, 'publicity');
      model.publicity ??= field(l, l.start + l.content.indexOf(publicity[1]), l.start + l.content.indexOf(publicity[1]) + publicity[1].length);
      continue;
    }
    if (!l.labelLine) continue;
    const fields = l.labels.map((x) => x.field);
    types.set(l.index, fields.includes('copyTo') ? 'copyTo'
      : fields.every((f) => !f || f.startsWith('contact')) ? 'contact'
      : fields.includes('signer') && l.index > bodyStart ? 'signer'
      : fields.includes('publicity') && l.index > bodyStart ? 'publicity'
      : 'header');
  }
  for (const l of live) {
    if (!l.labelLine) continue;
    for (const label of l.labels) readLabelled(model, l, label, field);
  }
  if (!model.signer) {
    for (const l of afterOpening) {
      const signed = SIGNED_IN_BODY.exec(l.text);
      if (!signed) continue;
      const name = signed[1].replace(OFFICE_TITLE, '');
      const at = signed.index + signed[0].indexOf(signed[1]);
      model.signer = field(l, at, at + name.length, name);
      break;
    }
  }

  // Body: headings, paragraphs and the closing thanks.
  const body = afterOpening.filter((l) => !types.has(l.index) && l.index < signatureStart);
  let thanksFrom = body.length;
  while (thanksFrom > 0 && THANKS.test(body[thanksFrom - 1].content) && !readHeading(body[thanksFrom - 1].text, 0, body[thanksFrom - 1].start)) thanksFrom--;
  body.forEach((l, i) => {
    const heading = readHeading(l.text, l.index, l.start);
    if (heading) {
      types.set(l.index, 'heading');
      model.blocks.push({ type: 'heading', range: contentRange(l), line: l.index, text: l.content, heading });
      return;
    }
    types.set(l.index, i >= thanksFrom ? 'thanks' : 'paragraph');
  });

  for (const l of lines) {
    if (!l.content) continue;
    const type: BlockType = l.footer ? 'footer' : types.get(l.index) ?? (l.index < bodyStart ? 'docTitle' : 'paragraph');
    if (type === 'heading') continue;
    model.blocks.push({ type, range: contentRange(l), line: l.index, text: l.content });
  }
  model.blocks.sort((a, b) => a.line - b.line);
  return model;
}

function findLast<T>(items: T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return items[i];
  return undefined;
}

/** Every line's labels in order (a loop: flatMap allocates an array per line). */
function allLabels(lines: LineInfo[]): LabelOccurrence[] {
  const labels: LabelOccurrence[] = [];
  for (const l of lines) for (const label of l.labels) labels.push(label);
  return labels;
}

function markFooter(lines: LineInfo[]): void {
  let siteFooter = false;
  let sawText = 0;
  for (const l of lines) {
    if (!l.content) continue;
    sawText++;
    if (siteFooter || (sawText > 3 && SITE_FOOTER.test(l.content) && !l.labels.some((x) => x.field?.startsWith('contact')))) {
      siteFooter = true;
      l.footer = true;
    } else if (PAGE_FURNITURE.test(l.content) || ISSUED_LINE.test(l.content)) {
      l.footer = true;
    }
  }
}

function readDateField(l: LineInfo, from: number, to: number): DateField {
  const text = l.text.slice(from, to);
  const range = lineRange(l.index, from, to);
  const match = DATE_LINE.exec(text);
  const loose = match ? null : /^([0-9]{4})[-./]([0-9]{1,2})[-./]([0-9]{1,2})$/.exec(text);
  const read = match ? readDate(match) : loose && { year: +loose[1], month: +loose[2], day: +loose[3], numerals: 'arabic' as const };
  // Properties written out, not spread: spreading a non-literal object takes V8's slow path.
  if (read) return { year: read.year, month: read.month, day: read.day, numerals: read.numerals, value: isoDate(read), raw: text, range };
  return { year: null, month: null, day: null, numerals: 'unknown', value: null, raw: text, range };
}

function findOrgan(afterOpening: LineInfo[], dateLine: LineInfo | undefined): LineInfo | undefined {
  const looksLikeOrgan = (l: LineInfo) =>
    !l.labelLine && l.content.length <= 40 && /[\u4e00-\u9fff]/.test(l.content) && !SENTENCE_MARK.test(l.content) &&
    !PUBLICITY_LINE.test(l.content) && !readHeading(l.text, 0, l.start);
  if (dateLine) {
    const before = afterOpening.filter((l) => l.index < dateLine.index);
    const candidate = before[before.length - 1];
    return candidate && looksLikeOrgan(candidate) && !THANKS.test(candidate.content) ? candidate : undefined;
  }
  for (let i = afterOpening.length - 1; i >= 0; i--) {
    const l = afterOpening[i];
    if (l.labelLine || PUBLICITY_LINE.test(l.content)) continue;
    return looksLikeOrgan(l) && ORGAN_LIKE.test(l.content) ? l : undefined;
  }
  return undefined;
}

type FieldMaker = (l: LineInfo, from: number, to: number, value?: string) => Field;

function readLabelled(model: ReplyModel, l: LineInfo, label: LabelOccurrence, field: FieldMaker): void {
  const at = label.valueRange.start.character;
  const labelled = (value: string, from = at): Field => ({
    value,
    range: lineRange(l.index, from, from + value.length),
    label: { text: label.name, range: label.labelRange },
  });
  if (!label.value) return;
  switch (label.field) {
    case 'resultStatus': {
      if (model.resultStatus) return;
      const inner = /^[(\uff08](.*)[)\uff09]$/.exec(label.value);
      model.resultStatus = inner ? labelled(inner[1], at + 1) : labelled(label.value);
      return;
    }
    case 'signer':
      model.signer ??= labelled(label.value);
      return;
    case 'contact.name':
      model.contact.name ??= labelled(label.value);
      return;
    case 'contact.phone':
      model.contact.phone ??= labelled(label.value);
      return;
    case 'contact.address':
      model.contact.address ??= labelled(label.value);
      return;
    case 'contact.postcode':
      model.contact.postcode ??= labelled(label.value);
      return;
    case 'contact.nameAndPhone': {
      const parts = /^([\u4e00-\u9fff·]{2,6})[\s\u00a0\u3000,\uff0c:\uff1a、;\uff1b]*(.*)$/.exec(label.value);
      if (!parts) {
        model.contact.phone ??= labelled(label.value);
        return;
      }
      model.contact.name ??= labelled(parts[1]);
      if (parts[2]) model.contact.phone ??= labelled(parts[2], at + label.value.length - parts[2].length);
      return;
    }
    case 'publicity':
      model.publicity ??= { ...field(l, l.start, l.end, l.content.replace(/^[(\uff08]|[)\uff09]$/g, '')) };
      return;
    default:
      return;
  }
}
