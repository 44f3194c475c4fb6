/** bracket-balance: quotation marks, title marks and brackets are closed on the line that opens them. */
import { ModelText } from './support/text';
import type { Rule } from './types';

/** Each opening mark and the closing mark that balances it; `\uff08` and `\uff09` are the full-width brackets. */
const CLOSE_OF: Record<string, string> = { '“': '”', '《': '》', '(': ')', '\uff08': '\uff09', '〔': '〕' };
const OPEN_OF: Record<string, string> = { '”': '“', '》': '《', ')': '(', '\uff09': '\uff08', '〕': '〔' };

export interface Unmatched {
  column: number;
  mark: string;
  /** The mark that would balance it. */
  missing: string;
}

const MARKS = /[“”《》()\uff08\uff09〔〕]/g;

/**
 * A mark's family (marks of one family balance each other: half- and full-width brackets pair freely)
 * and whether it closes, packed as `family * 2 + closing + 1`; 0 for any other character.
 */
function markOf(code: number): number {
  switch (code) {
    case 0x201c: return 1; // “
    case 0x201d: return 2; // ”
    case 0x300a: return 3; // 《
    case 0x300b: return 4; // 》
    case 0x3014: return 5; // 〔
    case 0x3015: return 6; // 〕
    case 0x28: case 0xff08: return 7; // ( and its full-width form
    case 0x29: case 0xff09: return 8;
    default: return 0;
  }
}
const familyOf = (mark: number) => (mark - 1) >> 1;
const closes = (mark: number) => ((mark - 1) & 1) === 1;

function unmatched(line: string, column: number): Unmatched {
  const mark = line[column];
  return { column, mark, missing: CLOSE_OF[mark] ?? OPEN_OF[mark] };
}

/** The marks on one line that have no partner, in column order. */
export function unmatchedMarks(line: string): Unmatched[] {
  const result: Unmatched[] = [];
  /** The columns of the openers not yet closed, innermost last. */
  const stack: number[] = [];
  /** Per family, where its openers stand in `stack`, so the nearest one is found without a search. */
  let openers: number[][] | undefined;
  MARKS.lastIndex = 0;
  // test() rather than exec(): no match object per mark; a mark is one character, so it ends at lastIndex.
  while (MARKS.test(line)) {
    const column = MARKS.lastIndex - 1;
    const mark = markOf(line.charCodeAt(column));
    openers ??= [[], [], [], []]; // one per family
    const family = openers[familyOf(mark)];
    if (!closes(mark)) {
      family.push(stack.length);
      stack.push(column);
      continue;
    }
    if (family.length === 0) {
      result.push(unmatched(line, column));
      continue;
    }
    // The match is the family's nearest opener; the openers above it were never closed.
    const match = family[family.length - 1];
    while (stack.length > match) {
      const open = stack.pop()!;
      openers[familyOf(markOf(line.charCodeAt(open)))].pop();
      if (stack.length > match) result.push(unmatched(line, open));
    }
  }
  for (const open of stack) result.push(unmatched(line, open));
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
