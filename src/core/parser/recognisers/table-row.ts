import { LABEL_FEEDS } from '../../fieldRegistry';
import type { LabelOccurrence } from '../../model';
import { normaliseLabel } from '../labels';
import { lineRange } from '../positions';
import { labelLineType, labelOffers } from './label-line';
import type { Recogniser } from './types';

/**
 * A header flattened from a Word table with the label in one cell and its value in the next, no colon
 * (`办理结果 | 解决或采纳 | 签发人 | 詹镭`).
 */
export const tableRow: Recogniser = {
  id: 'table-row',
  regions: ['header', 'body', 'signature', 'tail'],
  pretest: (line) => line.cells !== null && !line.labelLine,
  claim(line, { region }) {
    const cells = line.cells!;
    const labels: LabelOccurrence[] = [];
    for (let i = 0; i + 1 < cells.length; i++) {
      const name = normaliseLabel(cells[i].text);
      const field = LABEL_FEEDS[name];
      const next = cells[i + 1];
      if (!field || LABEL_FEEDS[normaliseLabel(next.text)] !== undefined) continue;
      labels.push({
        name, field,
        labelRange: lineRange(line.index, cells[i].start, cells[i].end),
        colonRange: lineRange(line.index, cells[i].end, cells[i].end),
        value: next.text,
        valueRange: lineRange(line.index, next.start, next.end),
      });
      i++;
    }
    // Every cell must be a label or its value: a sentence with wide gaps is no table row.
    if (labels.length === 0 || labels.length * 2 !== cells.length) return undefined;
    return { type: labelLineType({ ...line, labels }, region), offers: labelOffers(line, labels) };
  },
};
