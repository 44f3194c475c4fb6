import type { DateField, Field, LabelOccurrence } from '../../model';
import { DATE_LINE, isoDate, readDate } from '../dates';
import { lineRange } from '../positions';
import type { ScannedLine } from '../scan';
import type { Offer, OfferedField } from './types';

/** A value standing at columns [from, to) of a line (the text there, unless given). */
export function fieldAt(l: ScannedLine, from: number, to: number, value = l.text.slice(from, to)): Field {
  return { value, range: lineRange(l.index, from, to) };
}

export function contentField(l: ScannedLine): Field {
  return fieldAt(l, l.start, l.end, l.content);
}

export function offer(field: OfferedField, value: unknown, how?: string): Offer {
  return how ? { field, value, how } : { field, value };
}

/** A labelled value, keeping the label it stood behind. */
export function labelledField(l: ScannedLine, label: LabelOccurrence, value: string, from: number): Field {
  return { value, range: lineRange(l.index, from, from + value.length), label: { text: label.name, range: label.labelRange } };
}

/** A date printed at columns [from, to), read whatever its numerals; unreadable dates keep their text. */
export function dateField(l: ScannedLine, from: number, to: number): DateField {
  const text = l.text.slice(from, to);
  const range = lineRange(l.index, from, to);
  const match = DATE_LINE.exec(text);
  const loose = match ? null : /^([0-9]{4})[-./]([0-9]{1,2})[-./]([0-9]{1,2})$/.exec(text);
  const read = match ? readDate(match) : loose && { year: +loose[1], month: +loose[2], day: +loose[3], numerals: 'arabic' as const };
  // Properties written out, not spread: spreading a non-literal object takes V8's slow path.
  if (read) return { year: read.year, month: read.month, day: read.day, numerals: read.numerals, value: isoDate(read), raw: text, range };
  return { year: null, month: null, day: null, numerals: 'unknown', value: null, raw: text, range };
}

/** A person's name as printed in a reply: two to five Chinese characters, or a masked name (`****`, `张某`). */
export const PERSON_NAME = /^(?:[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{1,3}·[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]?(?:[*\uff0a×某]{1,6}|[xX]{1,4})[\u4e00-\u9fff]?)$/;
