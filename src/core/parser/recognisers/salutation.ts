import type { Kind } from '../../model';
import { SALUTATION_PREFIX } from '../regions';
import { readSalutation, type ReadSalutation } from '../salutation';
import { fieldAt, offer } from './support';
import type { Offer, Recogniser } from './types';

export type SalutationRead = ReadSalutation;

/** The salutation (`郭胜利、陈爱珍委员:`), on its own line or at the start of the opening's. */
export const salutation: Recogniser = {
  id: 'salutation',
  // The header, or the body when the salutation opens the opening's line.
  regions: ['header', 'body'],
  pretest: (line, { layout }) => line.index === layout.anchors.salutation,
  claim(line, { layout }) {
    const inOpening = layout.anchors.salutationInOpening;
    const end = inOpening ? line.start + SALUTATION_PREFIX.exec(line.content)![1].length + 1 : line.end;
    const read = readSalutation(line.text, line.index, line.start, end);
    const offers: Offer[] = [offer('salutation', fieldAt(line, line.start, end))];
    if (read) {
      offers.push(offer('addressees', read satisfies SalutationRead));
      const role = read.addressees[0]?.role;
      if (role) offers.push(offer('kind', { value: (role === '委员' ? '提案' : '建议') as Kind, range: fieldAt(line, line.start, end).range }));
    }
    return { type: inOpening ? undefined : 'salutation', offers };
  },
};
