/** publicity-form: the publication attribute is written as allowed, in closed brackets, below the date. */
import { allowedPublicityValues } from '../schema/describe';
import { comparableValue } from '../schema/effective';
import { ModelText } from './support/text';
import type { Rule } from './types';

const SPACES = /[\s\u00a0\u3000]+/g;

export const publicityForm = {
  id: 'publicity-form',
  defaultSeverity: 'warning',
  description: {
    zh: '公开属性按规定写法，加括号，单独成行，位于成文日期之下',
    en: 'The publication attribute is written as allowed, in brackets, on its own line below the date',
  },
  docs: {
    zh: '公开属性（附注）写在成文日期下一行，加圆括号，单独成行，如“（此件公开发布）”“（此件依申请公开）”“（此件不予公开）”。取值是否在允许范围内由 schema 检查（可在配置文件的 publicityValues 中改为本单位的写法）；本规则检查写法：值中不应夹有空格，括号要闭合，位置在成文日期之后。“是否同意公开：是”这类标签写法不要求括号。括号的全角、半角由 punctuation-width 规则处理。',
    en: 'The publication attribute (附注) stands on a line of its own below the date, in round brackets, such as `（此件公开发布）`, `（此件依申请公开）` or `（此件不予公开）`. Whether the value is allowed is the schema’s check (`publicityValues` in the configuration replaces the allowed values); this rule checks how it is written: no spaces inside the value, a closing bracket, and a place after the date. A labelled form such as `是否同意公开:是` needs no brackets. Whether the brackets are full-width is left to punctuation-width.',
  },
  fixable: true,
  messages: {
    spaces: {
      zh: '公开属性应写作“{expected}”，中间不加空格（现为“{found}”）',
      en: 'Write the publication attribute as {expected}, without spaces (found “{found}”)',
    },
    unclosed: {
      zh: '公开属性“{found}”缺少右括号，应写作“{expected}”',
      en: 'The publication attribute “{found}” lacks its closing bracket: write {expected}',
    },
    beforeDate: {
      zh: '公开属性应写在成文日期“{date}”的下一行，而不是在它之前',
      en: 'The publication attribute belongs on the line below the date ({date}), not above it',
    },
  },
  check({ model, config }, report) {
    const publicity = model.publicity;
    if (!publicity) return;
    const allowed = allowedPublicityValues(config).map(comparableValue);
    // A value outside the allowed ones is the schema's diagnostic.
    if (!allowed.includes(comparableValue(publicity.value))) return;
    const text = new ModelText(model);
    const line = publicity.range.start.line;

    const expected = publicity.value.replace(SPACES, '');
    if (expected !== publicity.value) {
      const [start, end] = text.offsets(publicity.range);
      const exact = model.text.slice(start, end) === publicity.value;
      report({
        messageId: 'spaces',
        args: { expected, found: publicity.value },
        range: publicity.range,
        fix: exact ? { range: [start, end], text: expected } : undefined,
      });
    }

    const labelled = model.labels.some((label) => label.field === 'publicity' && label.labelRange.start.line === line);
    const content = model.lines[line].replace(/[\s\u00a0\u3000]+$/, '');
    const open = content.trimStart()[0];
    if (!labelled && (open === '(' || open === '\uff08') && !/[)\uff09]$/.test(content)) {
      const close = open === '(' ? ')' : '\uff09';
      const found = content.trim();
      report({
        messageId: 'unclosed',
        args: { found, expected: found + close },
        range: text.lineRange(line, content.length - 1, content.length),
        fix: text.lineFix(line, content.length, content.length, close),
      });
    }

    if (!labelled && model.date && line < model.date.range.start.line) {
      report({ messageId: 'beforeDate', args: { date: model.date.raw }, range: publicity.range });
    }
  },
} satisfies Rule;
