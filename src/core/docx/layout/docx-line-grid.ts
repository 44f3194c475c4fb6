import type { DocxParagraph, DocxSection } from '../types';
import { mm, show } from './measure';
import { placedSections, sectionNote } from './sections';
import type { LayoutRule } from './types';

/** Word's "single" line spacing, in 240ths of a line. */
const SINGLE = 240;

/**
 * The line pitch of a body paragraph in twips, or null when it depends on the font's own line height
 * (automatic spacing without a document grid), which differs between Word, WPS and LibreOffice.
 */
function linePitch(paragraph: DocxParagraph, section: DocxSection): number | null {
  const { line, lineRule } = paragraph.spacing;
  if (line !== null && lineRule !== 'auto') return line;
  const grid = section.grid;
  if ((grid.type === 'lines' || grid.type === 'linesAndChars') && grid.linePitch) {
    // On a grid, single spacing takes one grid line; a multiple takes that many.
    return grid.linePitch * Math.max(1, Math.round((line ?? SINGLE) / SINGLE));
  }
  return null;
}

export const docxLineGrid: LayoutRule = {
  id: 'docx-line-grid',
  defaultSeverity: 'warning',
  description: { zh: '每页 22 行', en: '22 lines a page' },
  docs: {
    zh: 'GB/T 9704-2012 规定版心每面排 22 行。本规则由正文段落的行距（固定值或最小值）或文档网格（“只指定行网格”时的行跨度）算出每页行数，与 22 行相比，默认允许相差 1 行；行距为“单倍”“多倍”且未设文档网格时，行数取决于字体本身的行高，Word、WPS 与 LibreOffice 各不相同，因此也予以提示。可在 .proposal-reply.json 的 docx.linesPerPage 中修改行数与误差。',
    en: 'GB/T 9704-2012 sets 22 lines on each page. This rule derives the lines a page from the body paragraphs’ line spacing (exact or at least) or from the document grid’s line pitch, and compares it with 22, within 1 line by default. Automatic (single or multiple) spacing without a document grid depends on the font’s own line height, which differs between Word, WPS and LibreOffice, so it is reported too. docx.linesPerPage in .proposal-reply.json changes the count and the tolerance.',
  },
  messages: {
    count: {
      zh: '行距 {pitch} 磅（约 {pitchMm} 毫米），每页约 {lines} 行，应为 {expected} 行{where}',
      en: 'Line spacing of {pitch} pt (about {pitchMm} mm) gives about {lines} lines a page; it should be {expected}{where}',
    },
    notFixed: {
      zh: '正文行距未固定（单倍或多倍行距，且未设文档网格），每页行数随字体而变；应设文档网格每页 {expected} 行，或固定行距约 {pitch} 磅{where}',
      en: 'The body’s line spacing is not fixed (single or multiple spacing without a document grid), so the lines a page depend on the font; set a document grid of {expected} lines a page or an exact spacing of about {pitch} pt{where}',
    },
  },
  check(context, report) {
    const { lines: expected, tolerance } = context.settings.linesPerPage;
    const body = new Set(context.model.blocks.filter((b) => b.type === 'paragraph' || b.type === 'opening').map((b) => context.paragraphOf(b)));
    const sections = placedSections(context);
    for (const { section, number } of sections) {
      const where = sectionNote(number, sections.length, context.locale);
      const paragraphs = [...body].filter((p) => p.section === number && p.where === 'body');
      if (paragraphs.length === 0 || !section.pageHeight || !section.margins) continue;
      const height = section.pageHeight - section.margins.top - section.margins.bottom;
      // The spacing most body paragraphs have; one odd paragraph does not change the page.
      const pitches = new Map<number | null, DocxParagraph[]>();
      for (const paragraph of paragraphs) {
        const pitch = linePitch(paragraph, section);
        pitches.set(pitch, [...(pitches.get(pitch) ?? []), paragraph]);
      }
      const [pitch, those] = [...pitches].sort((a, b) => b[1].length - a[1].length)[0];
      if (pitch === null) {
        const { pageSize, margins } = context.settings;
        const idealPt = ((pageSize.heightMm - margins.topMm - margins.bottomMm) / expected) * (72 / 25.4);
        report({ messageId: 'notFixed', args: { expected, pitch: show(idealPt), where }, paragraph: those[0] });
        continue;
      }
      // Lines fit while their total height stays within the text block (a hair of rounding allowed).
      const lines = Math.floor(height / pitch + 0.01);
      if (Math.abs(lines - expected) > tolerance) {
        report({ messageId: 'count', args: { pitch: show(pitch / 20), pitchMm: show(mm(pitch)), lines, expected, where }, paragraph: those[0] });
      }
    }
  },
};
