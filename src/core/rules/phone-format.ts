/** phone-format: the contact telephone numbers look like real numbers. */
import { contactValues } from './support/contact';
import { ModelText } from './support/text';
import type { Rule } from './types';

const JOIN = '[-—─–]';
const LOCAL = '\\d{8}';
const WITH_AREA = `(?:0\\d{2,3}${JOIN}|[(\\uff08]0\\d{2,3}[)\\uff09])\\d{7,8}`;
const MOBILE = '1\\d{10}';
const SERVICE = `[48]00${JOIN}?\\d{3}${JOIN}?\\d{4}`;
const EXTENSION = `(?:${JOIN}|转)\\d{1,6}`;
const VALID = new RegExp(`^(?:(?:${LOCAL}|${WITH_AREA})(?:${EXTENSION})?|${MOBILE}|${SERVICE})$`);

/** A run of digits and joining marks that reads as one number. */
const CANDIDATE = /(?:[(\uff08]0\d{2,3}[)\uff09])?\d(?:\d|[-—─–转](?=\d))*/g;

export interface PhoneProblem {
  start: number;
  end: number;
  number: string;
  messageId: 'sevenDigits' | 'invalid';
}

/** The numbers in a phone value (several may be separated by 、 or ,) that are not valid phone numbers. */
export function phoneProblems(value: string): PhoneProblem[] {
  const problems: PhoneProblem[] = [];
  for (const match of value.matchAll(CANDIDATE)) {
    const number = match[0];
    if (VALID.test(number)) continue;
    problems.push({
      start: match.index,
      end: match.index + number.length,
      number,
      messageId: /^\d{7}$/.test(number) ? 'sevenDigits' : 'invalid',
    });
  }
  return problems;
}

export const phoneFormat = {
  id: 'phone-format',
  defaultSeverity: 'warning',
  description: {
    zh: '联系电话是有效的电话号码',
    en: 'Contact telephone numbers are valid numbers',
  },
  docs: {
    zh: '联系电话应能直接拨通。接受：8位本地号码（52388272）；带3至4位区号的号码，区号与号码用“-”“—”或“─”连接（0917—4936343、021-52388272）；以1开头的11位手机号（13887859117）；分机号（52564588-7817、52564588转7817）；400/800号码。几个号码之间可用“、”或逗号分隔。7位本地号码默认不接受（现在的本地号码多为8位，7位号码通常漏了一位或缺区号）。',
    en: 'A contact number should be one that can be dialled. Accepted: an 8-digit local number (52388272); a number with a 3- or 4-digit area code joined by `-`, `—` or `─` (0917—4936343, 021-52388272); an 11-digit mobile starting with 1 (13887859117); extensions (52564588-7817, 52564588转7817); 400/800 numbers. Several numbers may be separated by `、` or commas. A 7-digit local number is not accepted by default: local numbers now have 8 digits, so a 7-digit one usually lacks a digit or its area code.',
  },
  fixable: false,
  messages: {
    sevenDigits: {
      zh: '电话号码“{number}”只有7位：本地号码应为8位，或在前面加上区号（区号-{number}）',
      en: 'The phone number “{number}” has only 7 digits: local numbers have 8, or put the area code in front (area code-{number})',
    },
    invalid: {
      zh: '“{number}”不是有效的电话号码：应为8位本地号码、带区号的号码（如021-52388272）或以1开头的11位手机号',
      en: '“{number}” is not a valid phone number: use an 8-digit local number, a number with its area code (e.g. 021-52388272) or an 11-digit mobile starting with 1',
    },
  },
  check({ model }, report) {
    const text = new ModelText(model);
    for (const { value, range } of contactValues(model, ['contact.phone', 'contact.nameAndPhone'], model.contact.phone)) {
      const [offset] = text.offsets(range);
      const source = model.text.slice(offset, offset + value.length) === value ? value : undefined;
      for (const problem of phoneProblems(value)) {
        report({
          messageId: problem.messageId,
          args: { number: problem.number },
          range: source ? text.rangeOf(offset + problem.start, offset + problem.end) : range,
        });
      }
    }
  },
} satisfies Rule;
