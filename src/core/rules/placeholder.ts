/** placeholder: no template or fill-in marker is left in the text. */
import { isCjk, ModelText } from './support/text';
import type { Rule } from './types';

interface Pattern {
  pattern: RegExp;
  /** Extra condition on the match within its line. */
  accept?: (line: string, start: number, end: number) => boolean;
}

const CHINESE_DIGIT = /[〇○零一二三四五六七八九十]/;

const PATTERNS: Pattern[] = [
  { pattern: /\{\{[^{}]*\}\}/g },
  { pattern: /【[^【】]{0,20}】/g },
  { pattern: /(?<![0-9A-Za-z])(?:19|20)(?:[0-9][Xx]|[Xx]{2})(?![0-9A-Za-z])/g },
  { pattern: /(?<![A-Za-z])(?:X{3,}|x{3,})(?![A-Za-z])/g },
  { pattern: /×{2,}/g },
  {
    pattern: /(?<![A-Za-z0-9])(?:XX|xx)(?![A-Za-z0-9])/g,
    accept: (line, start, end) => isCjk(line[start - 1]) || isCjk(line[end]),
  },
  {
    pattern: /(?<![A-Za-z0-9])[Xx×](?=[年月日号])/g,
  },
  {
    // ○ also stands for zero in dates written in Chinese numerals (二○○九年).
    pattern: /○{2,}/g,
    accept: (line, start, end) => !CHINESE_DIGIT.test(line[start - 1] ?? '') && !/^[〇○零一二三四五六七八九十]*年/.test(line.slice(end)),
  },
];

/** Every pattern above needs one of these characters, so most lines skip the scans. */
const HINT = /[{【Xx×○]/;

/** The [start, end) columns of the placeholders on one line, without overlaps. */
export function placeholdersIn(line: string): [number, number][] {
  const found: [number, number][] = [];
  if (!HINT.test(line)) return found;
  /** Columns already taken by a placeholder, so an overlap is seen without comparing every pair. */
  const taken = new Uint8Array(line.length);
  for (const { pattern, accept } of PATTERNS) {
    for (const match of line.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (accept && !accept(line, start, end)) continue;
      if (taken.subarray(start, end).includes(1)) continue;
      taken.fill(1, start, end);
      found.push([start, end]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

export const placeholder = {
  id: 'placeholder',
  defaultSeverity: 'error',
  description: {
    zh: '正文中没有遗留的占位符',
    en: 'No placeholder is left in the text',
  },
  docs: {
    zh: '起草时常用“XXX”“××”“20XX年”“{{姓名}}”“【待填】”“○○”等占位符，发出前必须换成实际内容。本规则报告：3个以上连写的 X 或 x；中文语境中的“XX”“xx”和“××”；“20XX”“202X”这样的年份；“X月”“X日”；模板变量“{{…}}”；“【…】”填写标记；“○○”（以中文数字写的年份中的“○”除外）。',
    en: 'Drafts use placeholders such as `XXX`, `××`, `20XX年`, `{{姓名}}`, `【待填】` or `○○`, which must be replaced before the reply goes out. The rule reports three or more Xs in a row; `XX`, `xx` and `××` next to Chinese text; years such as `20XX` and `202X`; `X月` and `X日`; template variables `{{…}}`; fill-in markers `【…】`; and `○○` (except as zeros in a year written in Chinese numerals).',
  },
  fixable: false,
  messages: {
    placeholder: {
      zh: '“{found}”是未替换的占位符，应填写实际内容',
      en: '“{found}” is a placeholder: replace it with the real text',
    },
  },
  check({ model }, report) {
    const text = new ModelText(model);
    model.lines.forEach((line, lineNumber) => {
      for (const [start, end] of placeholdersIn(line)) {
        report({
          messageId: 'placeholder',
          args: { found: line.slice(start, end) },
          range: text.lineRange(lineNumber, start, end),
        });
      }
    });
  },
} satisfies Rule;
