import type { Kind } from '../../model';
import { readTitle } from '../opening';
import { lineRange } from '../positions';
import { PROPOSAL_NUMBER } from './doc-title';
import { contentField, fieldAt, offer } from './support';
import type { Offer, Recogniser } from './types';

/** `代表提出的…`: the proposer's role names the kind when nothing else does. */
const PROPOSER = /(委员|代表)(?:们)?(?:所)?提出的/;

/** The opening (`您提出的关于“…”的提案收悉，现将办理情况答复如下：`): the title, the kind, the number. */
export const opening: Recogniser = {
  id: 'opening',
  regions: ['body'],
  pretest: (line, { layout }) => line.index === layout.anchors.opening,
  claim(line) {
    const offers: Offer[] = [offer('opening', contentField(line))];
    const title = readTitle(line.text);
    if (title) {
      offers.push(offer('title', fieldAt(line, title.start, title.end, title.title)));
      if (title.kind) offers.push(offer('kind', { value: title.kind, range: lineRange(line.index, title.kindAt, title.kindAt + 2) }));
    }
    const proposer = PROPOSER.exec(line.text);
    if (proposer) {
      const kind: Kind = proposer[1] === '委员' ? '提案' : '建议';
      offers.push(offer('kind', { value: kind, range: lineRange(line.index, proposer.index, proposer.index + 2) }, 'proposer'));
    }
    const number = PROPOSAL_NUMBER.exec(line.text);
    if (number) offers.push(offer('proposalNumber', fieldAt(line, number.index, number.index + number[0].length)));
    return { type: 'opening', offers };
  },
};
