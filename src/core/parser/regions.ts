/**
 * The second stage: where the header, body, signature and tail lie, found from anchors (the opening, the
 * salutation, the thanks, the organ and the date) and the page furniture around a published copy.
 */
import { readHeading } from './headings';
import {
  GREETING, ISSUED_LINE, OPENING, ORGAN_LIKE, ORGAN_THEN_DATE, PAGE_FURNITURE, SENTENCE_MARK,
  SITE_FOOTER, THANKS, isDateLine, readPublicityLine,
} from './patterns';
import type { ScannedLine } from './scan';

export type Region = 'header' | 'body' | 'signature' | 'tail' | 'furniture';

export interface Anchors {
  opening?: number;
  salutation?: number;
  /** The salutation stands at the start of the opening's line (`罗元代表:你提出的…`). */
  salutationInOpening: boolean;
  date?: number;
  /** The organ and the date share the date's line. */
  organOnDateLine: boolean;
  organ?: number;
  /** The first line of the closing thanks run at the end of the body. */
  thanksFrom: number;
  /** The first line of the signature block (organ or date), Infinity when there is none. */
  signatureStart: number;
}

export interface Layout {
  lines: ScannedLine[];
  /** Lines with content that are not page furniture, in order. */
  live: ScannedLine[];
  furniture: Set<number>;
  anchors: Anchors;
  looksLikeReply: boolean;
  regionOf(line: number): Region;
  /** The live line before this one. */
  previousLive(line: ScannedLine): ScannedLine | undefined;
}

const SALUTATION_END = /(?:[:\uff1a]|(?:委员|代表)(?:同志|们)?)(?:[\s\u00a0\u3000]*(?:您|你|您们|你们)好[!\uff01。,\uff0c]?)?$/;
const ROLE_SALUTATION = /^(尊敬的?)?[^。,\uff0c]{1,60}(委员|代表)(?:同志|们)?[:\uff1a]?$/;
/** A salutation at the start of the opening's line: names, a role or an institution, a colon, then the text. */
export const SALUTATION_PREFIX = /^((?:尊敬的?)?[^。,\uff0c:\uff1a“”《》]{1,40}?(?:委员|代表)(?:同志|们)?)[:\uff1a](?=.)/;

function markFurniture(lines: ScannedLine[]): Set<number> {
  const furniture = new Set<number>();
  let siteFooter = false;
  // The site's footer follows the reply: before the opening, 主办单位: is a cell of the page's metadata table.
  let sawOpening = false;
  for (const l of lines) {
    if (!l.content) continue;
    if (siteFooter || (sawOpening && SITE_FOOTER.test(l.content) && !l.labels.some((x) => x.field?.startsWith('contact')))) {
      siteFooter = true;
      furniture.add(l.index);
    } else if (PAGE_FURNITURE.test(l.content) || ISSUED_LINE.test(l.content)) {
      furniture.add(l.index);
    } else if (!l.labelLine && OPENING.test(l.content)) {
      sawOpening = true;
    }
  }
  return furniture;
}

function findSalutation(live: ScannedLine[], opening: ScannedLine | undefined): { line?: ScannedLine; inOpening: boolean } {
  if (!opening) {
    return { line: live.slice(0, 15).find((l) => !l.labelLine && ROLE_SALUTATION.test(l.content)), inOpening: false };
  }
  if (SALUTATION_PREFIX.test(opening.content)) return { line: opening, inOpening: true };
  let i = live.indexOf(opening) - 1;
  while (i >= 0 && GREETING.test(live[i].content)) i--;
  const candidate = live[i];
  const fits = candidate && !candidate.labelLine && SALUTATION_END.test(candidate.content) && !OPENING.test(candidate.content);
  return { line: fits ? candidate : undefined, inOpening: false };
}

function looksLikeOrgan(l: ScannedLine): boolean {
  return !l.labelLine && l.content.length <= 40 && /[\u4e00-\u9fff]/.test(l.content) && !SENTENCE_MARK.test(l.content) &&
    !readPublicityLine(l.content) !== undefined && !readHeading(l.text, 0, l.start) && !THANKS.test(l.content);
}

/** A line that may stand between the organ and the date: a contact line, a bracketed contact block, a publication attribute. */
function between(l: ScannedLine): boolean {
  return (l.labelLine && l.labels.every((x) => x.field?.startsWith('contact') || x.field === null)) || readPublicityLine(l.content) !== undefined;
}

function findLast<T>(items: T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return items[i];
  return undefined;
}

export function findLayout(lines: ScannedLine[]): Layout {
  const furniture = markFurniture(lines);
  const live = lines.filter((l) => l.content && !furniture.has(l.index));
  const opening = live.find((l) => !l.labelLine && OPENING.test(l.content));
  const salutation = findSalutation(live, opening);
  const bodyStart = (opening ?? salutation.line)?.index ?? -1;
  const afterOpening = bodyStart < 0 ? [] : live.filter((l) => l.index > bodyStart);

  const anchors: Anchors = {
    opening: opening?.index, salutation: salutation.line?.index, salutationInOpening: salutation.inOpening,
    organOnDateLine: false, thanksFrom: Infinity, signatureStart: Infinity,
  };
  const dateLine = findLast(afterOpening, (l) => !l.labelLine && isDateLine(l.content));
  if (dateLine) {
    anchors.date = dateLine.index;
    const above = afterOpening.filter((l) => l.index < dateLine.index);
    let i = above.length - 1;
    while (i >= 0 && between(above[i])) i--;
    if (i >= 0 && looksLikeOrgan(above[i])) anchors.organ = above[i].index;
  } else {
    const shared = findLast(afterOpening, (l) => !l.labelLine && ORGAN_THEN_DATE.test(l.content));
    if (shared) {
      anchors.date = shared.index;
      anchors.organOnDateLine = true;
    } else {
      const last = findLast(afterOpening, (l) => !between(l));
      if (last && looksLikeOrgan(last) && ORGAN_LIKE.test(last.content)) anchors.organ = last.index;
    }
  }
  anchors.signatureStart = Math.min(anchors.organ ?? Infinity, anchors.date ?? Infinity);

  // The thanks: the run of closing sentences right above the signature (label lines may stand among them).
  const body = afterOpening.filter((l) => l.index < anchors.signatureStart);
  let thanksFrom = Infinity;
  for (let i = body.length - 1; i >= 0; i--) {
    const l = body[i];
    if (l.labelLine || between(l)) continue;
    if (!THANKS.test(l.content) || readHeading(l.text, 0, l.start)) break;
    thanksFrom = l.index;
  }
  anchors.thanksFrom = thanksFrom;

  // The header runs to the salutation, inclusive; a greeting after it is the body's first line.
  const headerEnd = anchors.salutation !== undefined && !anchors.salutationInOpening ? anchors.salutation + 1 : bodyStart;
  const regionOf = (line: number): Region => {
    if (furniture.has(line)) return 'furniture';
    // Without an opening or a salutation there are no anchors: a draft's body, or no reply at all.
    if (bodyStart < 0) return 'body';
    if (line < headerEnd) return 'header';
    if (line < anchors.signatureStart) return 'body';
    if (anchors.date === undefined || line <= anchors.date) return 'signature';
    return 'tail';
  };
  // Each line's live predecessor, looked up by index: asked of nearly every line.
  const previous: (ScannedLine | undefined)[] = new Array(lines.length);
  for (let i = 1; i < live.length; i++) previous[live[i].index] = live[i - 1];
  const previousLive = (line: ScannedLine) => previous[line.index];
  // A draft begun at its header is a reply too: the result class or the signer is labelled.
  const labelledHeader = live.some((l) => l.labels.some((x) => x.field === 'resultStatus' || x.field === 'signer'));
  return { lines, live, furniture, anchors, looksLikeReply: bodyStart >= 0 || labelledHeader, regionOf, previousLive };
}
