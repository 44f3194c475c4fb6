/**
 * The reply as a Word file, built with the `docx` package from the same layout as the preview: A4, the
 * standard's margins, a line grid of 22 lines, 28 characters a line (3号 text condensed by the fraction of a
 * point that 28 characters need in 156 mm), fonts per role set for East Asian text, and page numbers
 * `— N —` in different odd (right) and even (left) footers. Pure: returns the bytes, writes nothing.
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IParagraphOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ReplyModel } from '../model';
import { layoutReply, type LaidOutBlock, type Run, type SizeName } from './layout';
import { FONT_SIZE_PT, MM_PER_PT, type FontRole, type RenderSettings } from './settings';

const TWIPS_PER_PT = 20;

function twipsFromMm(mm: number): number {
  return Math.round((mm / MM_PER_PT) * TWIPS_PER_PT);
}

/** The numbers the .docx is built with, exposed so tests can check the file against them. */
export interface DocxGeometry {
  pageWidth: number;
  pageHeight: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
  /** w:docGrid w:linePitch, in twips: the text block's height over the lines a page. */
  linePitch: number;
  /** w:spacing on body runs, in twentieths of a point, so that the characters a line fit the text width. */
  bodyCharacterSpacing: number;
  /** One body character's advance, in twips. */
  bodyCharWidth: number;
  /** Distance from the page's foot to the footer's foot, in twips. */
  footerDistance: number;
  /** Exact line height of the page number's line, in twips. */
  footerLineHeight: number;
}

export function docxGeometry(settings: RenderSettings): DocxGeometry {
  const { layout } = settings;
  const pageWidth = twipsFromMm(layout.pageWidthMm);
  const pageHeight = twipsFromMm(layout.pageHeightMm);
  const marginTop = twipsFromMm(layout.marginTopMm);
  const marginBottom = twipsFromMm(layout.marginBottomMm);
  const marginLeft = twipsFromMm(layout.marginLeftMm);
  const marginRight = twipsFromMm(layout.marginRightMm);
  const textWidth = pageWidth - marginLeft - marginRight;
  const linePitch = Math.floor((pageHeight - marginTop - marginBottom) / layout.linesPerPage);
  const bodyTwips = FONT_SIZE_PT.body * TWIPS_PER_PT;
  // Whole twentieths of a point, rounded down so the line's characters always fit.
  const bodyCharacterSpacing = Math.floor(textWidth / layout.charsPerLine - bodyTwips);
  const footerLineHeight = Math.round(FONT_SIZE_PT.small * 1.3 * TWIPS_PER_PT);
  const footerDistance = Math.max(0, marginBottom - twipsFromMm(layout.pageNumberGapMm) - footerLineHeight);
  return {
    pageWidth,
    pageHeight,
    marginTop,
    marginBottom,
    marginLeft,
    marginRight,
    linePitch,
    bodyCharacterSpacing,
    bodyCharWidth: bodyTwips + bodyCharacterSpacing,
    footerDistance,
    footerLineHeight,
  };
}

const SIZE_PT: Record<SizeName, number> = FONT_SIZE_PT;

const ALIGNMENT = {
  justify: AlignmentType.BOTH,
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  spread: AlignmentType.LEFT,
} as const;

export async function renderDocx(model: ReplyModel, settings: RenderSettings): Promise<Uint8Array> {
  const geometry = docxGeometry(settings);
  const document = layoutReply(model, { charsPerLine: settings.layout.charsPerLine });
  const font = (role: FontRole) => {
    const name = settings.fonts[role][0];
    return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
  };
  const charWidth = (size: SizeName) => (size === 'body' ? geometry.bodyCharWidth : SIZE_PT[size] * TWIPS_PER_PT);
  const run = (r: Run, size: SizeName) =>
    new TextRun({
      text: r.text,
      font: font(r.font),
      size: SIZE_PT[size] * 2,
      characterSpacing: size === 'body' ? geometry.bodyCharacterSpacing : undefined,
    });

  const paragraph = (block: LaidOutBlock): Paragraph => {
    const width = charWidth(block.size);
    const options: IParagraphOptions = {
      alignment: ALIGNMENT[block.align],
      outlineLevel: block.headingLevel ? block.headingLevel - 1 : undefined,
      indent: {
        firstLine: block.firstLineChars > 0 ? Math.round(block.firstLineChars * width) : undefined,
        left: block.leftChars > 0 ? Math.round(block.leftChars * width) : undefined,
        right: block.rightChars > 0 ? Math.round(block.rightChars * width) : undefined,
      },
      // Text bigger than 3号 would take two grid lines; an exact pitch keeps it on one, as in the preview.
      spacing: block.size === 'title' ? { line: geometry.linePitch, lineRule: LineRuleType.EXACT } : undefined,
    };
    const runs = block.runs.map((r) => run(r, block.size));
    if (block.kind === 'blank') {
      return new Paragraph({ ...options, run: { size: SIZE_PT.body * 2, font: font('fangsong') }, children: [] });
    }
    if (block.align === 'spread') {
      const textWidth = geometry.pageWidth - geometry.marginLeft - geometry.marginRight;
      return new Paragraph({
        ...options,
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth - Math.round(block.rightChars * width) }],
        children: [...runs, new TextRun({ children: [new Tab()], size: SIZE_PT.body * 2 }), ...(block.endRuns ?? []).map((r) => run(r, block.size))],
      });
    }
    return new Paragraph({ ...options, children: runs });
  };

  const folio = (side: 'odd' | 'even') =>
    new Footer({
      children: [
        new Paragraph({
          alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          indent: side === 'odd' ? { right: SIZE_PT.small * TWIPS_PER_PT } : { left: SIZE_PT.small * TWIPS_PER_PT },
          spacing: { line: geometry.footerLineHeight, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('songti'), size: SIZE_PT.small * 2 })],
        }),
      ],
    });

  const doc = new Document({
    title: document.title,
    creator: 'proposal-reply',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font('fangsong'), size: SIZE_PT.body * 2, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: geometry.pageWidth, height: geometry.pageHeight },
            margin: {
              top: geometry.marginTop,
              bottom: geometry.marginBottom,
              left: geometry.marginLeft,
              right: geometry.marginRight,
              footer: geometry.footerDistance,
              gutter: 0,
            },
          },
          grid: { type: 'lines', linePitch: geometry.linePitch },
        },
        footers: { default: folio('odd'), even: folio('even') },
        // An empty reply still gets one (empty) paragraph, as Word writes it.
        children: document.blocks.length > 0 ? document.blocks.map(paragraph) : [new Paragraph({ children: [] })],
      },
    ],
  });
  return withParagraphDefaults(new Uint8Array(await Packer.toArrayBuffer(doc)));
}

/**
 * Paragraph defaults the `docx` package cannot set: no widow/orphan control (every page holds its full grid of
 * lines), Latin words may break anywhere (as the preview breaks them), and no automatic space between Chinese
 * and Latin text or numbers, so Word, WPS and LibreOffice keep 28 characters a line like the preview.
 */
const PARAGRAPH_DEFAULTS =
  '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:wordWrap w:val="0"/><w:autoSpaceDE w:val="0"/>' +
  '<w:autoSpaceDN w:val="0"/><w:spacing w:before="0" w:after="0"/></w:pPr></w:pPrDefault>';

function withParagraphDefaults(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const styles = strFromU8(files['word/styles.xml']);
  const patched = styles.replace(/<w:pPrDefault\/>|<w:pPrDefault>.*?<\/w:pPrDefault>/, PARAGRAPH_DEFAULTS);
  if (patched === styles) throw new Error('docx: no w:pPrDefault in styles.xml');
  files['word/styles.xml'] = strToU8(patched);
  return zipSync(files);
}
