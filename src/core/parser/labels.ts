import { LABEL_FEEDS } from '../fieldRegistry';
import type { LabelOccurrence } from '../model';
import { lineRange } from './positions';
import { SPACE } from './lines';

/** Every label this parser knows, as users would type it (for completion and tests). */
export const KNOWN_LABELS = Object.keys(LABEL_FEEDS);

const COLON = '[:\uff1a∶]';
/** A label may be printed with spaces between its characters (`类 别`, `联 系 人`), so each is matched loosely. */
const loose = (label: string) => [...label].join(`${SPACE}*`);
const alternatives = KNOWN_LABELS.slice()
  .sort((a, b) => b.length - a.length)
  .map(loose)
  .join('|');
/**
 * A label stands at the line start (maybe after a bracket) or after a separator, and ends in a colon. No two
 * space runs stand side by side, and a label in mid-line needs one space before it, not a run: it is found at
 * the same place, but a long run of spaces is not retried from each of its spaces (quadratic).
 */
const LABEL_AT = new RegExp(
  `(^${SPACE}*(?:[(\uff08]${SPACE}*)?|${SPACE}|[;\uff1b,\uff0c、]${SPACE}*)(${alternatives})${SPACE}*(${COLON})`,
  'gu',
);
/** Every label ends in a colon: a line without one skips the label scan. */
const ANY_COLON = new RegExp(COLON);
const EDGE = new RegExp(`^(?:${SPACE}|[,\uff0c;\uff1b、])$`, 'u');

/** The value without spaces and separators at either end; scanned, as a `(…)+$` pattern is quadratic. */
function trimEdges(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && EDGE.test(raw[start])) start++;
  while (end > start && EDGE.test(raw[end - 1])) end--;
  return raw.slice(start, end);
}

/**
 * Where a value ends before the next label: a cell separator of a table row flattened to text, or a label
 * this parser does not know after a gap (`签发人:詹镭   编号:12`).
 */
const VALUE_END = new RegExp(`[|\\uff5c\\t]|${SPACE}{2,}[\\u4e00-\\u9fff]{2,8}${SPACE}*${COLON}`, 'u');

/** The raw value up to where it ends, looked for after its first character. */
function untilCellEnd(raw: string): string {
  const lead = /^[\s\u00a0\u3000|\uff5c]*/.exec(raw)![0].length;
  const cut = raw.slice(lead).search(VALUE_END);
  return cut < 0 ? raw : raw.slice(0, lead + cut);
}

export function normaliseLabel(text: string): string {
  return text.replace(new RegExp(`${SPACE}`, 'gu'), '');
}

/** Finds the labelled fields on one line, each with the value up to the next label. */
export function findLabels(text: string, line: number): LabelOccurrence[] {
  const found: { labelStart: number; labelEnd: number; colonStart: number; name: string }[] = [];
  if (!ANY_COLON.test(text)) return [];
  LABEL_AT.lastIndex = 0;
  for (let match = LABEL_AT.exec(text); match; match = LABEL_AT.exec(text)) {
    const labelStart = match.index + match[1].length;
    const colonStart = match.index + match[0].length - match[3].length;
    const name = normaliseLabel(match[2]);
    found.push({ labelStart, labelEnd: labelStart + match[2].length, colonStart, name });
  }
  const openedWithBracket = /^[\s\u00a0\u3000]*[(\uff08]/.test(text);
  return found.map((label, index) => {
    const valueStart = label.colonStart + 1;
    const valueEnd = index + 1 < found.length ? found[index + 1].labelStart : text.length;
    let raw = untilCellEnd(text.slice(valueStart, valueEnd));
    if (openedWithBracket && index === found.length - 1) raw = raw.replace(/[)\uff09][\s\u00a0\u3000]*$/, '');
    const lead = raw.length - raw.replace(/^[\s\u00a0\u3000,\uff0c;\uff1b、]+/, '').length;
    const value = trimEdges(raw);
    const start = valueStart + (value ? lead : 0);
    return {
      name: label.name,
      field: LABEL_FEEDS[label.name] ?? null,
      labelRange: lineRange(line, label.labelStart, label.labelEnd),
      colonRange: lineRange(line, label.colonStart, label.colonStart + 1),
      value,
      valueRange: lineRange(line, start, start + value.length),
    };
  });
}

/** True when a line's content is nothing but labelled fields. */
export function isLabelLine(text: string, labels: LabelOccurrence[]): boolean {
  if (labels.length === 0) return false;
  const firstLabel = labels[0].labelRange.start.character;
  // Only spaces and at most one opening bracket before the first label (tested in steps: two adjacent
  // `\s*` around an optional bracket backtrack quadratically on a long run of spaces).
  const before = text.slice(0, firstLabel).replace(/^[\s\u00a0\u3000]+/, '').replace(/^[(\uff08]/, '');
  return !/[^\s\u00a0\u3000]/.test(before);
}
