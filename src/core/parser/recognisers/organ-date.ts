import { ORGAN_THEN_DATE } from '../patterns';
import { contentField, dateField, fieldAt, offer } from './support';
import type { Recogniser } from './types';

/** The date of the signature block, and the organ when it shares the date's line. */
export const signatureDate: Recogniser = {
  id: 'date',
  regions: ['signature'],
  pretest: (line, { layout }) => line.index === layout.anchors.date,
  claim(line, { layout }) {
    if (!layout.anchors.organOnDateLine) return { type: 'date', offers: [offer('date', dateField(line, line.start, line.end))] };
    const parts = ORGAN_THEN_DATE.exec(line.content)!;
    const dateStart = line.start + line.content.length - parts[2].length;
    return {
      type: 'date',
      offers: [offer('date', dateField(line, dateStart, line.end)), offer('organ', fieldAt(line, line.start, line.start + parts[1].length), 'date-line')],
    };
  },
};

/** The issuing organ: the line above the date (a contact line or the publication attribute may stand between). */
export const signatureOrgan: Recogniser = {
  id: 'organ',
  regions: ['signature'],
  pretest: (line, { layout }) => line.index === layout.anchors.organ,
  claim: (line) => ({ type: 'organ', offers: [offer('organ', contentField(line))] }),
};
