/** Units and measurements shared by the layout rules. */
import type { Locale } from '../../i18n';
import type { DocxParagraph, DocxRun, DocxSection } from '../types';

export const TWIPS_PER_MM = 1440 / 25.4;
export const TWIPS_PER_PT = 20;

export const mm = (twips: number): number => twips / TWIPS_PER_MM;
/** A number for a message: one decimal, without a trailing `.0`. */
export const show = (value: number): string => String(Math.round(value * 10) / 10);

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export const hasCjk = (text: string): boolean => CJK.test(text);
export const hasHan = (text: string): boolean => HAN.test(text);
export const visibleRuns = (paragraph: DocxParagraph): DocxRun[] => paragraph.runs.filter((r) => r.text.trim() !== '');

/** The size most of the paragraph's characters are set in, or null for an empty paragraph. */
export function mainSize(paragraph: DocxParagraph): number | null {
  const weight = new Map<number, number>();
  for (const run of visibleRuns(paragraph)) weight.set(run.sizePt, (weight.get(run.sizePt) ?? 0) + run.text.trim().length);
  let best: number | null = null;
  for (const [size, count] of weight) if (best === null || count > (weight.get(best) ?? 0)) best = size;
  return best;
}

/** Width in characters of the paragraph's size: half-width characters count a half, a tab two. */
export function widthInChars(text: string): number {
  let width = 0;
  for (const char of text) {
    if (char === '\t') width += 2;
    else {
      const code = char.codePointAt(0) ?? 0;
      width += code < 0x2e80 || (code >= 0xff61 && code <= 0xffdc) ? 0.5 : 1;
    }
  }
  return width;
}

/** The text block's width in twips. */
export function textWidth(section: DocxSection | undefined): number | null {
  if (!section?.pageWidth || !section.margins) return null;
  const { left, right, gutter } = section.margins;
  return section.pageWidth - left - right - gutter;
}

/** Where the paragraph's first line starts, in characters from the left edge of the text block. */
export function startInChars(paragraph: DocxParagraph, sizePt: number): number {
  const charTwips = sizePt * TWIPS_PER_PT;
  const left = paragraph.indentChars.left !== undefined ? paragraph.indentChars.left / 100 : paragraph.indent.left / charTwips;
  const first = paragraph.indentChars.firstLine !== undefined ? paragraph.indentChars.firstLine / 100 : paragraph.indent.firstLine / charTwips;
  const leading = /^[\s\u00a0\u3000]*/.exec(paragraph.text)?.[0] ?? '';
  return left + first + widthInChars(leading);
}

export function rightIndentInChars(paragraph: DocxParagraph, sizePt: number): number {
  return paragraph.indentChars.right !== undefined ? paragraph.indentChars.right / 100 : paragraph.indent.right / (sizePt * TWIPS_PER_PT);
}

/** How a message names a paragraph, so that it can be found in Word: its number and first characters. */
export function nameParagraph(paragraph: DocxParagraph, locale: Locale): string {
  const number = paragraph.index + 1;
  const chars = [...paragraph.text.replace(/\s+/g, ' ').trim()];
  const start = chars.length > 12 ? `${chars.slice(0, 12).join('')}…` : chars.join('');
  const where = {
    body: { zh: '', en: '' },
    table: { zh: '表格内', en: 'in a table, ' },
    textbox: { zh: '文本框内', en: 'in a text box, ' },
    footer: { zh: '页脚', en: 'footer, ' },
  }[paragraph.where][locale];
  if (locale === 'en') return start ? `paragraph ${number}, ${where}“${start}”` : `paragraph ${number}, ${where}empty`;
  return start ? `第 ${number} 段${where}「${start}」` : `第 ${number} 段${where}（空段落）`;
}

/** ` (第 3 段「…」)` appended to a message; other paragraphs with the same problem are counted and listed. */
export function paragraphSuffix(paragraph: DocxParagraph, others: readonly DocxParagraph[], locale: Locale): string {
  const name = nameParagraph(paragraph, locale);
  if (others.length === 0) return locale === 'en' ? ` (${name})` : `（${name}）`;
  const listed = others.slice(0, 8).map((p) => p.index + 1).join(locale === 'en' ? ', ' : '、');
  const more = others.length > 8;
  return locale === 'en'
    ? ` (${name}; also ${others.length} more: ${listed}${more ? ', …' : ''})`
    : `（${name}；另有 ${others.length} 段：第 ${listed} 段${more ? '等' : ''}）`;
}
