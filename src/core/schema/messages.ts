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
  notAReply: {
    zh: '这段文本看起来不是答复件：既没有称谓，也没有“……收悉”“现答复如下”之类的开头语，因此不检查必填字段',
    en: 'This text does not look like a reply: it has neither a salutation nor an opening such as “……收悉” or “现答复如下”, so its required fields are not checked',
  },
  invalid: {
    zh: '“{title}”：{problem}',
    en: '“{title}” ({titleEn}): {problem}',
  },
} satisfies Record<string, Message>;

/** How a list of values is written in each locale. */
export const listSeparator: Message = { zh: '、', en: ', ' };
