import type { Kind } from '../model';

export interface ReadTitle {
  title: string;
  start: number;
  end: number;
  /** The kind named right after the title (`…”的提案收悉`), if any. */
  kind: Kind | null;
  kindAt: number;
}

const PAIRS: Record<string, string> = { '“': '”', '《': '》', '「': '」', '『': '』', '"': '"' };

/** Finds the close of a quotation opened at `open`, allowing nested quotes of the same kind. */
function closeOf(text: string, open: number): number {
  const opener = text[open];
  const closer = PAIRS[opener];
  if (opener === closer) return text.indexOf(closer, open + 1);
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === opener) depth++;
    else if (text[i] === closer && --depth === 0) return i;
  }
  return -1;
}

// Each optional part carries the spaces after it, so no two `\s*` stand side by side (quadratic backtracking).
const KIND_AFTER = /^[\s\u00a0\u3000]*(?:[(\uff08]第?[\s\u00a0]*[0-9\uff10-\uff19]+[\s\u00a0]*号[)\uff09][\s\u00a0\u3000]*)?(?:的[\s\u00a0\u3000]*)?(提案|建议)/;
const BARE_END = /(的)?(提案|建议)(?=办理情况|收悉|已收悉|已交|已转|已由|[,\uff0c。;\uff1b])/;

/** The quotation marks that may open a title: the keys of PAIRS. */
const OPENER = /[“《「『"]/g;

/** Quotations the opening may hold besides the title (`在“两会”期间`): the title is the one that reads as one. */
const MAX_QUOTATIONS = 4;

/** Reads the proposal's title from the opening sentence: quoted, in 《》, or bare. */
export function readTitle(text: string): ReadTitle | undefined {
  const from = Math.max(0, text.search(/提出的|所提|您|你/));
  const quoted: ReadTitle[] = [];
  OPENER.lastIndex = from;
  while (quoted.length < MAX_QUOTATIONS && OPENER.test(text)) {
    const i = OPENER.lastIndex - 1;
    const close = closeOf(text, i);
    if (close < 0) break;
    quoted.push(quotedTitle(text, i, close));
    OPENER.lastIndex = close + 1;
  }
  return quoted.find((title) => readsAsTitle(text, title)) ?? quoted[0] ?? bareTitle(text);
}

/** A title says what it is about (`关于…`), or the kind or a 题为 stands right by it. */
function readsAsTitle(text: string, title: ReadTitle): boolean {
  return /^关于/.test(title.title) || title.kind !== null || /(?:题为|关于)$/.test(text.slice(0, title.start - 1));
}

function quotedTitle(text: string, i: number, close: number): ReadTitle {
  const after = KIND_AFTER.exec(text.slice(close + 1));
  return {
    title: text.slice(i + 1, close),
    start: i + 1,
    end: close,
    kind: after ? (after[1] as Kind) : null,
    kindAt: after ? close + 1 + after[0].length - 2 : -1,
  };
}

function bareTitle(text: string): ReadTitle | undefined {
  const lead = /提出的|所提(?:的)?/.exec(text);
  if (!lead) return undefined;
  const start = lead.index + lead[0].length;
  const rest = text.slice(start);
  const end = BARE_END.exec(rest);
  if (!end) return undefined;
  let title = rest.slice(0, end.index);
  // A bare title that reads as a whole title (关于…的提案) keeps its last words.
  if (/^关于/.test(title) && end[1]) title += end[0];
  // `您提出的第0123号提案收悉`: a number, not a title.
  if (!title || /^第?[\s\u00a0]*[0-9\uff10-\uff19]+[\s\u00a0]*号$/.test(title)) return undefined;
  return {
    title,
    start,
    end: start + title.length,
    kind: end[2] as Kind,
    kindAt: start + end.index + (end[1] ? 1 : 0),
  };
}
