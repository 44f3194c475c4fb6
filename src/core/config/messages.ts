import type { Message } from '../i18n';

export const configMessages = {
  empty: { zh: '文件为空', en: 'the file is empty' },
  syntax: { zh: '不是有效的 JSON：{detail}', en: 'not valid JSON: {detail}' },
  syntaxAt: { zh: '第 {line} 行第 {column} 列', en: 'line {line}, column {column}' },
  unknownRule: { zh: '未知的规则“{name}”；可用的规则：{known}', en: 'unknown rule “{name}”; known rules: {known}' },
  unknownSetting: { zh: '未知的设置项“{name}”；可用的设置项：{known}', en: 'unknown setting “{name}”; known settings: {known}' },
  notAllowed: { zh: '值 {value} 无效，应为以下之一：{allowed}', en: 'invalid value {value}; expected one of: {allowed}' },
  wrongType: { zh: '应为{expected}，实际为{actual}', en: 'must be {expected}, not {actual}' },
  missing: { zh: '缺少“{name}”', en: 'missing “{name}”' },
  tooFew: { zh: '至少需要 {limit} 项', en: 'must have at least {limit} item(s)' },
  emptyString: { zh: '不能为空字符串', en: 'must not be an empty string' },
  duplicate: { zh: '第 {i} 项与第 {j} 项重复', en: 'items {i} and {j} are the same' },
} satisfies Record<string, Message>;

export const typeNames: Record<string, Message> = {
  string: { zh: '字符串', en: 'a string' },
  object: { zh: '对象', en: 'an object' },
  array: { zh: '数组', en: 'an array' },
  boolean: { zh: '布尔值', en: 'a boolean' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  null: { zh: 'null', en: 'null' },
};

export const alternatives: Message = { zh: '或', en: ' or ' };
export const listSeparator: Message = { zh: '、', en: ', ' };
