import type { Kind } from '../../model';
import { lineRange } from '../positions';
import { fieldAt, offer } from './support';
import type { Offer, Recogniser } from './types';

/** `第155号`; `1号建议` without 第 when a kind follows. */
export const PROPOSAL_NUMBER = /第[\s\u00a0]*[0-9\uff10-\uff19]+[\s\u00a0]*号/;
const BARE_NUMBER = /(?<![0-9\uff10-\uff19〔\]】)\uff09])[0-9\uff10-\uff19]+[\s\u00a0]*号(?=[\s\u00a0]*(?:委员|代表)?[\s\u00a0]*(?:提案|建议|议案))/;
const KIND_IN_TITLE =
  /第[\s\u00a0]*[^第号\s]{1,8}?[\s\u00a0]*号[\s\u00a0]*(?:委员|代表)?[\s\u00a0]*(提案|建议)|(提案|建议)(?:的)?(?:答复|复函|回复|办理|会办|协办|函)/;
/** What the document's own title says of itself: a reply, an opinion, about a proposal or a suggestion. */
const TITLE_LIKE = /答复|复函|回复|办理(?:情况|意见)|会办意见|协办意见|^关于.*(?:提案|建议|议案)|(?:提案|建议|议案)的?$/;
/** The first half of a title set on two centred lines (`关于对政协子洲县第十届委员会第二次会议`). */
const TITLE_START = /^(?:关于|对)[^。,\uff0c;\uff1b:\uff1a!\uff01?\uff1f]{2,40}$/;
/** A label with its colon at the line start: a table cell, not a title (`建议人: 庞益平等`). */
const LEADING_LABEL = /^[^:\uff1a]{1,8}[:\uff1a]/;

/** The document's own title above the salutation (`关于…第155号提案的答复`): the kind and the number it names. */
export const docTitle: Recogniser = {
  id: 'doc-title',
  regions: ['header'],
  pretest: (line) => !line.labelLine,
  claim(line) {
    // Titles are often spaced out (`答    复`).
    const compact = line.content.replace(/[\s\u00a0\u3000]+/g, '');
    if (!(TITLE_LIKE.test(compact) || TITLE_START.test(compact)) || LEADING_LABEL.test(compact)) return undefined;
    const offers: Offer[] = [];
    const kind = KIND_IN_TITLE.exec(line.text);
    if (kind) {
      const word = (kind[1] ?? kind[2]) as Kind;
      const at = kind.index + kind[0].indexOf(word);
      offers.push(offer('kind', { value: word, range: lineRange(line.index, at, at + 2) }));
    }
    const number = PROPOSAL_NUMBER.exec(line.text) ?? BARE_NUMBER.exec(line.text);
    if (number) offers.push(offer('proposalNumber', fieldAt(line, number.index, number.index + number[0].length)));
    return { type: 'docTitle', offers };
  },
};
