import { fieldAt, offer, PERSON_NAME } from './support';
import type { Recogniser } from './types';

const TITLES =
  '(?:常务)?(?:副)?(?:局长|书记|主任|区长|县长|市长|镇长|乡长|主席|部长|厅长|处长|院长|校长|总经理|秘书长|组长|调研员|巡视员|主任委员|领导)';
/** `此复函已经霍小燕副书记审签`, `本答复已经局长王五签发`. */
const SIGNED_BY = new RegExp(
  `(?:此|本)(?:复函|答复|函|件|答复函|办理答复)?已经(?:${TITLES})?([\\u4e00-\\u9fff·]{2,8}?)(?:${TITLES})?(?:同志)?(?:审签|签发|审定|审核|签批)`,
);
/** `经局长王五签发`. */
const SIGNED_AFTER_TITLE = new RegExp(`经${TITLES}([\\u4e00-\\u9fff·]{2,4}?)(?:同志)?(?:审签|签发|签批)`);

const SIGNING_WORD = /[签审]/;

/** A signer named in a sentence of the body or the tail; the line keeps its own type. */
export const signerSentence: Recogniser = {
  id: 'signer-sentence',
  regions: ['body', 'signature', 'tail'],
  pretest: (line) => SIGNING_WORD.test(line.content),
  claim(line) {
    const match = SIGNED_BY.exec(line.text) ?? SIGNED_AFTER_TITLE.exec(line.text);
    if (!match || !PERSON_NAME.test(match[1])) return undefined;
    const at = match.index + match[0].indexOf(match[1]);
    return { offers: [offer('signer', fieldAt(line, at, at + match[1].length))] };
  },
};
