import type { Addressee, Role } from '../model';
import { lineRange } from './positions';
import { PERSON_NAME } from './recognisers/support';

export interface ReadSalutation {
  addressees: Addressee[];
  etAl: boolean;
}

const ROLE_AT_END = /(委员|代表)(?:同志|们)?$/;
const BODY_QUALIFIER = /(?:全国|省|市|区|县|镇|乡|州|旗)?(?:人大|政协)$/;
/** `等`, `等七位`, `等23位`, `等代表`-style tails, and a bare count (`二位`). */
const ET_AL = /等(?:[0-9\uff10-\uff19]+|[一二两三四五六七八九十]+)?(?:名|位)?$/;
const COUNT = /(?:[0-9\uff10-\uff19]+|[一二两三四五六七八九十]+)(?:名|位)$/;
const HONORIFIC = /^尊敬的?/;
/** The body the members sit in, printed before the names (`市政协张三委员`). */
const LEADING_BODY = /^(?:全国|省|市|区|县|镇|乡|州|旗)?(?:人大|政协)(?:常委会)?/;
/** A greeting after the colon (`张三委员:您好!`). */
const GREETING_AFTER = /[:\uff1a][\s\u00a0\u3000]*(?:您|你|您们|你们)好[!\uff01。,\uff0c]?$/;
/** Addressed to all, with no name: nothing to read. */
const NO_NAME = /^(?:各位|诸位|全体|广大)$/;
/** An institution addressed without a role (`区林业局:`, `真如镇街道:`): short, no sentence in it. */
const INSTITUTION = /^[\u4e00-\u9fff()\uff08\uff09]{2,30}$/;

const SPACE = /[\s\u00a0\u3000]/;

/** The text without trailing spaces; scanned, as a `\s+$` pattern retries from each space of an inner run. */
function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * Reads the addressees of a salutation (`郭胜利、陈爱珍委员:`, `尊敬袁大金代表:`, `庞益平等七位代表:`, `区林业局:`).
 * Undefined when a name does not read as one: a wrong name in the register is worse than none.
 */
export function readSalutation(text: string, line: number, start: number, end: number): ReadSalutation | undefined {
  let content = text.slice(start, end);
  let offset = start;
  const polite = HONORIFIC.exec(content);
  if (polite) {
    content = content.slice(polite[0].length);
    offset += polite[0].length;
  }
  content = trimSpacesEnd(trimSpacesEnd(content).replace(GREETING_AFTER, ':').replace(/[:\uff1a]$/, '')).replace(/同志$/, '');
  const roleMatch = ROLE_AT_END.exec(content);
  const role: Role | null = roleMatch ? (roleMatch[1] as Role) : null;
  let names = trimSpacesEnd(roleMatch ? content.slice(0, roleMatch.index) : content);
  names = trimSpacesEnd(names.replace(BODY_QUALIFIER, ''));
  const body = role ? LEADING_BODY.exec(names) : null;
  if (body) {
    names = names.slice(body[0].length);
    offset += body[0].length;
  }
  const etAl = ET_AL.test(names);
  names = trimSpacesEnd(etAl ? names.replace(ET_AL, '') : names.replace(COUNT, ''));
  if (!role) {
    const name = names.trim();
    if (!INSTITUTION.test(name)) return undefined;
    return { addressees: [{ name, role: null, range: lineRange(line, offset, offset + names.length) }], etAl };
  }
  const addressees: Addressee[] = [];
  const splitter = /[^、,\uff0c\s\u00a0\u3000]+/g;
  for (let match = splitter.exec(names); match; match = splitter.exec(names)) {
    const name = match[0].replace(/(委员|代表)$/, '');
    if (!PERSON_NAME.test(name) || NO_NAME.test(name)) return undefined;
    addressees.push({ name, role, range: lineRange(line, offset + match.index, offset + match.index + name.length) });
  }
  return addressees.length > 0 ? { addressees, etAl } : undefined;
}
