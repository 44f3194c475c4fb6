/** Character classes and offset helpers shared by the rules. */
import type { Range, ReplyModel } from '../../model';
import { LineIndex } from '../../parser/positions';

/**
 * Han ideographs and full-width CJK punctuation, as inclusive UTF-16 code ranges: what makes a neighbourhood
 * "Chinese". Code units, not code points, so a lone surrogate is never Chinese.
 */
const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x2014, 0x2014], // —
  [0x2018, 0x2019], // ‘ ’
  [0x201c, 0x201d], // “ ”
  [0x2026, 0x2026], // …
  [0x3000, 0x303f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0xff01, 0xff0f],
  [0xff1a, 0xff20],
  [0xff3b, 0xff40],
  [0xff5b, 0xff65],
];

/** Whether a UTF-16 code unit is Chinese (see CJK_RANGES); rules scanning long lines test codes, not strings. */
export function isCjkCode(code: number): boolean {
  if (code < 0x2014) return false;
  if (code >= 0x4e00 && code <= 0x9fff) return true; // most of a Chinese text
  for (const [low, high] of CJK_RANGES) {
    if (code < low) return false;
    if (code <= high) return true;
  }
  return false;
}

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && char.length > 0 && isCjkCode(char.charCodeAt(0));
}

const SPACE = /[ \t\u00a0\u3000]/;

/** The nearest character before `index` on the line that is not a space. */
export function previousNonSpace(line: string, index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) if (!SPACE.test(line[i])) return line[i];
  return undefined;
}

/** The nearest character after `index` on the line that is not a space. */
export function nextNonSpace(line: string, index: number): string | undefined {
  for (let i = index + 1; i < line.length; i++) if (!SPACE.test(line[i])) return line[i];
  return undefined;
}

/** Offset <-> range conversions for one model, built once per rule run. */
export class ModelText {
  private readonly index: LineIndex;

  constructor(readonly model: ReplyModel) {
    this.index = new LineIndex(model.lineOffsets, model.text.length);
  }

  offsetAt(line: number, character: number): number {
    return this.model.lineOffsets[line] + character;
  }

  /** The range of columns [start, end) on one line. */
  lineRange(line: number, start: number, end: number): Range {
    return { start: { line, character: start }, end: { line, character: end } };
  }

  rangeOf(start: number, end: number): Range {
    return this.index.rangeOf(start, end);
  }

  offsets(range: Range): [number, number] {
    return [this.index.offsetAt(range.start), this.index.offsetAt(range.end)];
  }

  /** A fix replacing columns [start, end) of one line. */
  lineFix(line: number, start: number, end: number, text: string): { range: [number, number]; text: string } {
    return { range: [this.offsetAt(line, start), this.offsetAt(line, end)], text };
  }
}
