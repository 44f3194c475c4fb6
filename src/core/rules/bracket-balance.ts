/** bracket-balance: quotation marks, title marks and brackets are closed on the line that opens them. */
import { ModelText } from './support/text';
import type { Rule } from './types';

/** Each opening mark and the closing mark that balances it; `\uff08` and `\uff09` are the full-width brackets. */
const CLOSE_OF: Record<string, string> = { '“': '”', '《': '》', '(': ')', '\uff08': '\uff09', '〔': '〕' };
const OPEN_OF: Record<string, string> = { '”': '“', '》': '《', ')': '(', '\uff09': '\uff08', '〕': '〔' };
/** Marks of one family balance each other: half- and full-width brackets pair freely. */
const FAMILY: Record<string, string> = {
  '“': '“', '”': '“', '《': '《', '》': '《', '〔': '〔', '〕': '〔',
  '(': '(', ')': '(', '\uff08': '(', '\uff09': '(',
};

export interface Unmatched {
  column: number;
  mark: string;
  /** The mark that would balance it. */
  missing: string;
}

const MARKS = /[“”《》()\uff08\uff09〔〕]/g;

/** The marks on one line that have no partner, in column order. */
export function unmatchedMarks(line: string): Unmatched[] {
  const result: Unmatched[] = [];
  const stack: { column: number; mark: string }[] = [];
  /** Where each family's openers stand in `stack`, so the nearest one is found without a search. */
  const openers: Record<string, number[]> = { '“': [], '《': [], '(': [], '〔': [] };
  MARKS.lastIndex = 0;
  for (let found = MARKS.exec(line); found; found = MARKS.exec(line)) {
    const column = found.index;
    const mark = found[0];
    if (mark in CLOSE_OF) {
      openers[FAMILY[mark]].push(stack.length);
      stack.push({ column, mark });
      continue;
    }
    const family = openers[FAMILY[mark]];
    if (family.length === 0) {
      result.push({ column, mark, missing: OPEN_OF[mark] });
      continue;
    }
    const above = stack.splice(family[family.length - 1]);
    for (const open of above) openers[FAMILY[open.mark]].pop();
    // Openers above the match were never closed.
    for (const open of above.slice(1)) result.push({ ...open, missing: CLOSE_OF[open.mark] });
  }
  for (const open of stack) result.push({ ...open, missing: CLOSE_OF[open.mark] });
  return result.sort((a, b) => a.column - b.column);
}

export const bracketBalance = {
  id: 'bracket-balance',
  defaultSeverity: 'error',
  description: {
    zh: '引号、书名号、括号和六角括号成对出现',
    en: 'Quotation marks, title marks and brackets come in pairs',
  },
  docs: {
    zh: '检查每一行（每一段）中的“”、《》、()或（）、〔〕是否成对，在没有配对的那个标点处报告。全角和半角括号可以互相配对，宽度问题由 punctuation-width 规则处理。本规则不自动修复，因为缺少的标点该补在哪里只有作者知道。',
    en: 'Checks on each line (each paragraph) that `“”`, `《》`, `()` or `（）` and `〔〕` come in pairs, and reports the mark that has no partner. Half- and full-width brackets may pair with each other; their width is punctuation-width’s concern. There is no automatic fix: only the author knows where the missing mark belongs.',
  },
  fixable: false,
  messages: {
    unclosed: {
      zh: '“{found}”没有对应的“{missing}”',
      en: '“{found}” has no matching “{missing}”',
    },
    unopened: {
      zh: '“{found}”前面没有对应的“{missing}”',
      en: '“{found}” has no matching “{missing}” before it',
    },
  },
  check({ model }, report) {
    const text = new ModelText(model);
    model.lines.forEach((line, lineNumber) => {
      for (const { column, mark, missing } of unmatchedMarks(line)) {
        report({
          messageId: mark in CLOSE_OF ? 'unclosed' : 'unopened',
          args: { found: mark, missing },
          range: text.lineRange(lineNumber, column, column + 1),
        });
      }
    });
  },
} satisfies Rule;
