import type { Addressee, Role } from '../model';
import { lineRange } from './positions';

export interface ReadSalutation {
  addressees: Addressee[];
  etAl: boolean;
}

const ROLE_AT_END = /(委员|代表)(?:同志|们)?$/;
const BODY_QUALIFIER = /(?:全国|省|市|区|县|镇|乡|州|旗)?(?:人大|政协)$/;
const ET_AL = /等(?:[0-9\uff10-\uff19]+|[一二三四五六七八九十]+)?(?:名|位)?$/;

const SPACE = /[\s\u00a0\u3000]/;

/** The text without trailing spaces; scanned, as a `\s+$` pattern retries from each space of an inner run. */
function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/** Reads the addressees of a salutation line's content (`郭胜利、陈爱珍委员:`, `真如镇街道:`). */
export function readSalutation(text: string, line: number, start: number, end: number): ReadSalutation {
  let content = text.slice(start, end);
  let offset = start;
  const polite = /^尊敬的/.exec(content);
  if (polite) {
    content = content.slice(polite[0].length);
    offset += polite[0].length;
  }
  content = trimSpacesEnd(trimSpacesEnd(content).replace(/[:\uff1a]$/, '')).replace(/同志$/, '');
  const roleMatch = ROLE_AT_END.exec(content);
  const role: Role | null = roleMatch ? (roleMatch[1] as Role) : null;
  let names = roleMatch ? content.slice(0, roleMatch.index) : content;
  names = trimSpacesEnd(names).replace(BODY_QUALIFIER, '');
  const etAl = ET_AL.test(names);
  if (etAl) names = names.replace(ET_AL, '');
  if (!role) {
    const name = names.trim();
    return { addressees: name ? [{ name, role: null, range: lineRange(line, offset, offset + names.length) }] : [], etAl };
  }
  const addressees: Addressee[] = [];
  const splitter = /[^、,\uff0c\s\u00a0\u3000]+/g;
  for (let match = splitter.exec(names); match; match = splitter.exec(names)) {
    const name = match[0].replace(/(委员|代表)$/, '');
    if (name) addressees.push({ name, role, range: lineRange(line, offset + match.index, offset + match.index + name.length) });
  }
  return { addressees, etAl };
}
