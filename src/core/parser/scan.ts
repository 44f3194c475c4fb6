/** The first stage: facts about each line on its own, no decisions. */
import type { LabelOccurrence } from '../model';
import { findLabels, isLabelLine } from './labels';
import { contentSpan, SPACE } from './lines';

export interface Cell {
  start: number;
  end: number;
  text: string;
}

export interface ScannedLine {
  index: number;
  text: string;
  /** The content's columns, surrounding spaces excluded. */
  start: number;
  end: number;
  content: string;
  labels: LabelOccurrence[];
  /** Nothing but labelled fields on the line. */
  labelLine: boolean;
  /** Two or more cells, when the line is a table row flattened to text (cells split by `|`, tabs or wide gaps). */
  cells: Cell[] | null;
}

/** A cell boundary: a bar, a tab, or a gap of three or more spaces (a name may hold two: `李  颖`). */
const CELL_GAP = new RegExp(`${SPACE}*[|\\uff5c\\t]${SPACE}*|(?:[ \\u00a0\\u3000]){3,}`, 'gu');

/** Longer than any header row: a paragraph, whatever gaps it has. */
const MAX_ROW = 160;

function cellsOf(text: string, start: number, end: number): Cell[] | null {
  if (end - start > MAX_ROW) return null;
  const content = text.slice(start, end);
  if (!/[|\uff5c\t]| {3}|[\u00a0\u3000]{3}/.test(content)) return null;
  const cells: Cell[] = [];
  let from = 0;
  CELL_GAP.lastIndex = 0;
  for (let gap = CELL_GAP.exec(content); gap; gap = CELL_GAP.exec(content)) {
    if (gap[0].length === 0) {
      CELL_GAP.lastIndex++;
      continue;
    }
    if (gap.index > from) cells.push({ start: start + from, end: start + gap.index, text: content.slice(from, gap.index) });
    from = gap.index + gap[0].length;
  }
  if (from < content.length) cells.push({ start: start + from, end, text: content.slice(from) });
  return cells.length >= 2 ? cells : null;
}

export function scanLine(text: string, index: number): ScannedLine {
  const [start, end] = contentSpan(text);
  const labels = findLabels(text, index);
  return {
    index,
    text,
    start,
    end,
    content: text.slice(start, end),
    labels,
    labelLine: isLabelLine(text, labels),
    cells: start === end ? null : cellsOf(text, start, end),
  };
}
