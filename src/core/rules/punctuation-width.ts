/** punctuation-width: half-width : , ; ( ) ! ? in Chinese text become full-width. */
import { isCjkCode, ModelText } from './support/text';
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
/** The marks by code: a long line is scanned by character code, never by one-character strings. */
const IS_HALF_WIDTH_MARK = new Uint8Array(128);
for (const mark of Object.keys(FULL_WIDTH)) IS_HALF_WIDTH_MARK[mark.charCodeAt(0)] = 1;
const isHalfWidthMark = (code: number) => code < 128 && IS_HALF_WIDTH_MARK[code] === 1;
const FULL_WIDTH_OPEN = 0xff08;
const FULL_WIDTH_CLOSE = 0xff09;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Each of the URL and e-mail patterns below needs one of these, so most lines skip the scan. */
const PROTECTED_HINT = /:\/\/|www\.|@/i;

/** Column spans of URLs and e-mail addresses, whose marks are never touched. */
function protectedSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!PROTECTED_HINT.test(line)) return spans;
  // Schemes and the names before an @ are short; the caps keep a long run of letters from being rescanned
  // from each of its letters (quadratic). The marks a span protects do not depend on where it starts.
  const pattern = /(?:[a-z][a-z0-9+.-]{0,31}:\/\/|www\.)[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/gi;
  for (const match of line.matchAll(pattern)) spans.push([match.index, match.index + match[0].length]);
  return spans;
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;

function previousNonSpaceAt(line: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && isSpace(line.charCodeAt(i))) i--;
  return i;
}

function nextNonSpaceAt(line: string, index: number): number {
  let i = index + 1;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return i < line.length ? i : -1;
}

const SIMPLE = 1;
const OPENER = 2;
const CLOSER = 3;
const CONVERTED = 8;
const HALF_WIDTH_MARK = /[:,;()!?]/;
/** The marks and the full-width brackets, which pair with half-width ones. */
const ANY_MARK = /[:,;()!?\uff08\uff09]/g;

function markKind(code: number): number {
  if (code === 0x28 || code === FULL_WIDTH_OPEN) return OPENER;
  if (code === 0x29 || code === FULL_WIDTH_CLOSE) return CLOSER;
  return isHalfWidthMark(code) ? SIMPLE : 0;
}

/**
 * Scratch space for halfWidthMarks, indexed by column and shared between calls (it is synchronous) so that
 * a long document does not allocate and zero two arrays per line; each call clears the columns it set.
 * `state`: the kind of mark (0 for none or a protected one), plus CONVERTED once it is converted.
 * `partner`: the column of the bracket's partner plus one, or 0.
 */
let state = new Uint8Array(1024);
let partner = new Int32Array(1024);

function reserve(length: number): void {
  if (state.length >= length) return;
  const size = Math.max(length, state.length * 2);
  state = new Uint8Array(size);
  partner = new Int32Array(size);
}

const converted = (i: number) => (state[i] & CONVERTED) !== 0;
const partnerOf = (i: number) => partner[i] - 1;
const chineseAt = (line: string, i: number) => i >= 0 && (converted(i) || isCjkCode(line.charCodeAt(i)));
const chineseAround = (line: string, i: number) =>
  chineseAt(line, previousNonSpaceAt(line, i)) || chineseAt(line, nextNonSpaceAt(line, i));
const fullWidthAt = (line: string, i: number) => converted(i) || !isHalfWidthMark(line.charCodeAt(i));

function shouldConvert(line: string, i: number): boolean {
  if (state[i] === SIMPLE) {
    const before = previousNonSpaceAt(line, i);
    const after = nextNonSpaceAt(line, i);
    if (before >= 0 && after >= 0 && isDigit(line.charCodeAt(before)) && isDigit(line.charCodeAt(after))) return false;
    return chineseAt(line, before) || chineseAt(line, after);
  }
  const other = partnerOf(i);
  if (other < 0) return chineseAround(line, i);
  return fullWidthAt(line, other) || chineseAround(line, i) || chineseAround(line, other);
}

/**
 * The columns of the half-width marks on one line that should be full-width.
 *
 * A mark converts when a CJK character stands next to it (spaces ignored), unless it sits between two
 * digits; a bracket pair is judged as a whole, so if either bracket stands in Chinese text, or one of them
 * is already full-width, both become full-width. A converted mark is Chinese context for its neighbours
 * (`办理结果:(C)`), so conversions spread until they settle; one fix-all pass then does all that later
 * passes would. Only the marks next to a new conversion are looked at again, which keeps a long run of
 * marks linear.
 */
export function halfWidthMarks(line: string): number[] {
  if (!HALF_WIDTH_MARK.test(line)) return [];
  const spans = protectedSpans(line);
  reserve(line.length);
  const marks: number[] = [];
  const queue: number[] = [];
  const stack: number[] = [];
  let span = 0;
  ANY_MARK.lastIndex = 0;
  // test() rather than exec(): no match object per mark; a mark is one character, so it ends at lastIndex.
  while (ANY_MARK.test(line)) {
    const i = ANY_MARK.lastIndex - 1;
    const code = line.charCodeAt(i);
    const kind = markKind(code);
    while (span < spans.length && spans[span][1] <= i) span++;
    if (span < spans.length && spans[span][0] <= i) continue;
    state[i] = kind;
    marks.push(i);
    if (kind === OPENER) stack.push(i);
    else if (kind === CLOSER) {
      const open = stack.pop();
      if (open !== undefined) {
        partner[open] = i + 1;
        partner[i] = open + 1;
      }
    }
    if (isHalfWidthMark(code)) queue.push(i);
  }

  const requeue = (i: number) => {
    if (i >= 0 && state[i] !== 0 && !converted(i) && isHalfWidthMark(line.charCodeAt(i))) queue.push(i);
  };
  while (queue.length > 0) {
    const i = queue.pop()!;
    if (converted(i) || !shouldConvert(line, i)) continue;
    state[i] |= CONVERTED;
    // The marks whose verdict reads this column: its neighbours either side and its bracket partner.
    requeue(previousNonSpaceAt(line, i));
    requeue(nextNonSpaceAt(line, i));
    requeue(partnerOf(i));
  }
  // The marks are in column order, so the converted ones come out sorted.
  const columns: number[] = [];
  for (const i of marks) {
    if (converted(i)) columns.push(i);
    state[i] = 0;
    partner[i] = 0;
  }
  return columns;
}

/** One message argument object per mark, so that runRule formats each message once by identity. */
const MESSAGE_ARGS: Record<string, { expected: string; found: string }> = Object.fromEntries(
  Object.entries(FULL_WIDTH).map(([found, expected]) => [found, { expected, found }]),
);

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
        const args = MESSAGE_ARGS[line[column]];
        report({
          messageId: 'halfWidth',
          args,
          range: text.lineRange(lineNumber, column, column + 1),
          fix: text.lineFix(lineNumber, column, column + 1, args.expected),
        });
      }
    });
  },
} satisfies Rule;
