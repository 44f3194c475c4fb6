import type { Position, Range } from '../model';

/** The one place that converts between offsets and 0-based line/character positions. */
export class LineIndex {
  constructor(readonly lineOffsets: number[], readonly textLength: number) {}

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.textLength));
    let low = 0;
    let high = this.lineOffsets.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineOffsets[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineOffsets[low] };
  }

  offsetAt(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.lineOffsets.length - 1));
    return Math.min(this.lineOffsets[line] + Math.max(0, position.character), this.textLength);
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

export function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}
