/** Character classes and offset helpers shared by the rules. */
import type { Range, ReplyModel } from '../../model';
import { LineIndex } from '../../parser/positions';

/** Han ideographs and full-width CJK punctuation: what makes a neighbourhood "Chinese". */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2026\u2014]/;

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
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
