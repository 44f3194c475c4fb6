/** Splits text into lines, remembering where each starts and which line ending the file uses. */
export interface SplitText {
  text: string;
  hasBom: boolean;
  lines: string[];
  lineOffsets: number[];
  eol: '\n' | '\r\n' | '\r';
}

export function splitText(input: string): SplitText {
  const hasBom = input.charCodeAt(0) === 0xfeff;
  const text = hasBom ? input.slice(1) : input;
  const lines: string[] = [];
  const lineOffsets: number[] = [];
  const counts = { '\n': 0, '\r\n': 0, '\r': 0 };
  // indexOf scans natively, far faster than a loop over every character of a long text.
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  let start = 0;
  while (nextLf !== -1 || nextCr !== -1) {
    const cut = nextCr === -1 || (nextLf !== -1 && nextLf < nextCr) ? nextLf : nextCr;
    lines.push(text.slice(start, cut));
    lineOffsets.push(start);
    if (cut === nextCr && nextLf === cut + 1) {
      counts['\r\n']++;
      start = cut + 2;
    } else {
      counts[cut === nextCr ? '\r' : '\n']++;
      start = cut + 1;
    }
    if (nextLf !== -1 && nextLf < start) nextLf = text.indexOf('\n', start);
    if (nextCr !== -1 && nextCr < start) nextCr = text.indexOf('\r', start);
  }
  lines.push(text.slice(start));
  lineOffsets.push(start);
  const eol = counts['\r\n'] >= counts['\n'] && counts['\r\n'] >= counts['\r'] && counts['\r\n'] > 0
    ? '\r\n'
    : counts['\r'] > counts['\n'] ? '\r' : '\n';
  return { text, hasBom, lines, lineOffsets, eol };
}

/** Spaces that real documents use between and around fields, including no-break and ideographic spaces. */
export const SPACE = '[\\s\\u00a0\\u3000\\u200b\\ufeff]';
const LEADING = new RegExp(`^${SPACE}+`);
const ONE_SPACE = new RegExp(`^${SPACE}$`);

/** The [start, end) columns of a line's content without surrounding spaces. */
export function contentSpan(line: string): [number, number] {
  const lead = LEADING.exec(line)?.[0].length ?? 0;
  if (lead === line.length) return [lead, lead];
  // Scanned from the end: a `\s+$` pattern retries from every space of an inner run, quadratic on long runs.
  let end = line.length;
  while (ONE_SPACE.test(line[end - 1])) end--;
  return [lead, end];
}

export function isBlank(line: string): boolean {
  const [start, end] = contentSpan(line);
  return start === end;
}
