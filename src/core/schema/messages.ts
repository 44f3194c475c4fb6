import type { Message } from '../i18n';

export const schemaMessages = {
  missing: {
    zh: '缺少必填字段“{title}”',
    en: 'Missing required field “{title}” ({titleEn})',
  },
  notAllowed: {
    zh: '“{title}”的值“{value}”不在允许的值中：{allowed}',
    en: 'The value “{value}” of “{title}” ({titleEn}) is not among the allowed values: {allowed}',
  },
  invalid: {
    zh: '“{title}”：{problem}',
    en: '“{title}” ({titleEn}): {problem}',
  },
} satisfies Record<string, Message>;

/** How a list of values is written in each locale. */
export const listSeparator: Message = { zh: '、', en: ', ' };
