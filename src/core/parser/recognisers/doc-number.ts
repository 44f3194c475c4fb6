import { DOC_NUMBER } from '../patterns';
import { labelOffers } from './label-line';
import { fieldAt, offer } from './support';
import type { Offer, Recogniser } from './types';

/**
 * The document number (`长科委〔2024〕12号`), maybe with the class glued after it (`…〔2016〕2号(B)类`) or the
 * signer's label on the same line (`宁交函〔2011〕25号 签发人:廖德谦`).
 */
export const docNumber: Recogniser = {
  id: 'doc-number',
  regions: ['header'],
  pretest: (line) => line.content.includes('号'),
  claim(line) {
    const firstLabel = line.labels[0]?.labelRange.start.character;
    const lead = firstLabel === undefined ? line.content : line.text.slice(line.start, firstLabel).trimEnd();
    const match = DOC_NUMBER.exec(lead);
    if (!match) return undefined;
    const offers: Offer[] = [offer('docNumber', fieldAt(line, line.start, line.start + match[1].length, match[1]))];
    if (match[2]) {
      const printed = match[2] + (match[3] ?? '');
      const at = line.start + lead.lastIndexOf(match[2]);
      offers.push(offer('resultStatus', fieldAt(line, at, at + printed.length, printed)));
    }
    offers.push(...labelOffers(line));
    return { type: 'docNumber', offers };
  },
};
