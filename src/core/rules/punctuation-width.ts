/** punctuation-width: half-width : , ; ( ) ! ? in Chinese text become full-width. */
import { isCjk, ModelText, nextNonSpace, previousNonSpace } from './support/text';
import type { Rule } from './types';

const FULL_WIDTH: Record<string, string> = {
  ':': '\uff1a',
  ',': '\uff0c',
  ';': '\uff1b',
  '(': '\uff08',
  ')': '\uff09',
  '!': '\uff01',
  '?': '\uff1f',
};
const OPEN = new Set(['(', '\uff08']);
const CLOSE = new Set([')', '\uff09']);

/** Column spans of URLs and e-mail addresses, whose marks are never touched. */
function protectedSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  const pattern = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
  for (const match of line.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && /[0-9]/.test(char);
}

/** Whether the mark at `index` stands in Chinese text (a CJK character on either side, spaces ignored). */
function chineseAround(line: string, index: number): boolean {
  return isCjk(previousNonSpace(line, index)) || isCjk(nextNonSpace(line, index));
}

/**
 * One reading of the line: a bracket pair is judged as a whole, so if either bracket
 * stands in Chinese text, or one of them is already full-width, both become full-width.
 */
function marksToConvert(line: string): number[] {
  const spans = protectedSpans(line);
  const inSpan = (i: number) => spans.some(([s, e]) => i >= s && i < e);
  const found = new Set<number>();
  const stack: number[] = [];
  const pairs: [number, number][] = [];
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (inSpan(i)) continue;
    if (OPEN.has(char)) stack.push(i);
    else if (CLOSE.has(char)) {
      const open = stack.pop();
      if (open === undefined) {
        if (char === ')' && chineseAround(line, i)) found.add(i);
      } else pairs.push([open, i]);
    } else if (char in FULL_WIDTH) {
      const before = previousNonSpace(line, i);
      const after = nextNonSpace(line, i);
      if (isDigit(before) && isDigit(after)) continue;
      if (isCjk(before) || isCjk(after)) found.add(i);
    }
  }
  for (const open of stack) if (line[open] === '(' && chineseAround(line, open)) found.add(open);
  for (const [open, close] of pairs) {
    const alreadyFullWidth = line[open] === '\uff08' || line[close] === '\uff09';
    const chinese = alreadyFullWidth || chineseAround(line, open) || chineseAround(line, close);
    if (!chinese) continue;
    if (line[open] === '(') found.add(open);
    if (line[close] === ')') found.add(close);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * The columns of the half-width marks on one line that should be full-width. A converted
 * mark is Chinese context for its neighbours (`办理结果:(C)`), so the reading repeats until it
 * settles; one fix-all pass then does all that later passes would.
 */
export function halfWidthMarks(line: string): number[] {
  let current = line;
  for (;;) {
    const chars = current.split('');
    for (const column of marksToConvert(current)) chars[column] = FULL_WIDTH[chars[column]];
    const next = chars.join('');
    if (next === current) break;
    current = next;
  }
  const columns: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] !== current[i]) columns.push(i);
  return columns;
}

export const punctuationWidth = {
  id: 'punctuation-width',
  defaultSeverity: 'warning',
  description: {
    zh: '中文语境中的冒号、逗号、分号、括号、叹号、问号用全角',
    en: 'Colons, commas, semicolons, brackets, exclamation and question marks in Chinese text are full-width',
  },
  docs: {
    zh: '中文行文使用全角标点（GB/T 15834-2011）。当半角的 : , ; ( ) ! ? 左边或右边（不计空格）是汉字或全角标点时，本规则把它改为全角。网址、电子邮箱、时间（10:30）、数字（1,000）和纯英文文字中的标点不动；一对括号作为整体判断，只要一侧处在中文语境中，两个括号都改为全角，如“AIGC(AI generated content)与元宇宙”改为“AIGC（AI generated content）与元宇宙”。每处标点单独报告、单独修复。',
    en: 'Chinese text uses full-width punctuation (GB/T 15834-2011). A half-width `:` `,` `;` `(` `)` `!` `?` with a Chinese character or full-width mark on either side (spaces ignored) is made full-width. Marks in URLs, e-mail addresses, times (10:30), numbers (1,000) and purely Latin text are left alone. A bracket pair is judged as a whole: when either bracket stands in Chinese text, both become full-width, so `AIGC(AI generated content)与元宇宙` becomes `AIGC（AI generated content）与元宇宙`. Each mark is reported and fixed on its own.',
  },
  fixable: true,
  messages: {
    halfWidth: {
      zh: '中文语境中应使用全角“{expected}”，而不是半角“{found}”',
      en: 'Use the full-width “{expected}” in Chinese text, not the half-width “{found}”',
    },
  },
  check({ model }, report) {
    const text = new ModelText(model);
    model.lines.forEach((line, lineNumber) => {
      for (const column of halfWidthMarks(line)) {
        const found = line[column];
        const expected = FULL_WIDTH[found];
        report({
          messageId: 'halfWidth',
          args: { expected, found },
          range: text.lineRange(lineNumber, column, column + 1),
          fix: text.lineFix(lineNumber, column, column + 1, expected),
        });
      }
    });
  },
} satisfies Rule;
