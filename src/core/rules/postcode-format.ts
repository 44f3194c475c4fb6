/** postcode-format: a postcode has six digits. */
import { contactValues } from './support/contact';
import type { Rule } from './types';

export const postcodeFormat = {
  id: 'postcode-format',
  defaultSeverity: 'warning',
  description: {
    zh: '邮政编码是6位数字',
    en: 'The postcode has six digits',
  },
  docs: {
    zh: '中国的邮政编码是6位数字（如200050）。本规则检查联系信息中的邮政编码，多一位、少一位或混入其他字符都会报告。',
    en: 'Chinese postcodes have six digits (such as 200050). The rule checks the postcode in the contact block and reports one with a digit too many or too few, or with other characters in it.',
  },
  fixable: false,
  messages: {
    invalid: {
      zh: '邮政编码应为6位数字，而不是“{found}”',
      en: 'A postcode has six digits, not “{found}”',
    },
  },
  check({ model }, report) {
    for (const { value, range } of contactValues(model, ['contact.postcode'], model.contact.postcode)) {
      if (/^\d{6}$/.test(value)) continue;
      report({ messageId: 'invalid', args: { found: value }, range });
    }
  },
} satisfies Rule;
