/**
 * Reads a .docx: the text in reading order (paragraphs, table cells and text boxes, one paragraph
 * a line, Word's automatic numbering written out) and the layout the layout rules check.
 * Pure: takes the file's bytes, so it runs in the CLI, the extension and the web extension alike.
 */
import { DocxPackage } from './package';
// Re-exported for callers that load this module on demand: a bundle chunk has its own copy of the class.
export { DocxReadError } from './errors';
import { Numbering } from './numbering';
import { readParagraphProps, readRunProps, type RunProps, StyleSheet } from './styles';
import type { DocxAlign, DocxDocument, DocxFooter, DocxLine, DocxParagraph, DocxRun, DocxSection } from './types';
import { type Element, descendants, elements, isW, wAttr, wChild, wChildren, wNumber, wToggle } from './xml';

/** Word's size when neither the file's defaults nor its styles give one. */
const DEFAULT_HALF_POINTS = 20;
/** Inline content that is not text: properties, deleted text, field codes, ruby annotations, notes. */
const SKIPPED = new Set(['pPr', 'rPr', 'del', 'moveFrom', 'delText', 'delInstrText', 'rt', 'footnoteReference', 'endnoteReference', 'commentReference']);

interface OpenField {
  instruction: string;
  inResult: boolean;
  /** Whether any text of the field's result was read. */
  shown: boolean;
}

const isPage = (field: OpenField) => /^\s*PAGE\b/i.test(field.instruction);

class Reader {
  readonly paragraphs: DocxParagraph[] = [];
  readonly sectionElements: Element[] = [];
  private readonly styles: StyleSheet;
  private readonly numbering: Numbering;

  constructor(
    private readonly pkg: DocxPackage,
    private readonly part: string,
  ) {
    this.styles = new StyleSheet(pkg, pkg.mainPart);
    this.numbering = new Numbering(pkg, pkg.mainPart);
  }

  readBlocks(container: Element, where: DocxParagraph['where'], out: DocxParagraph[] = this.paragraphs): DocxParagraph[] {
    for (const element of elements(container)) {
      if (isW(element, 'p')) this.readParagraph(element, where, out);
      else if (isW(element, 'tbl') || isW(element, 'tr') || isW(element, 'tc')) this.readBlocks(element, where === 'body' ? 'table' : where, out);
      else if (isW(element, 'sdt')) {
        const content = wChild(element, 'sdtContent');
        if (content) this.readBlocks(content, where, out);
      } else if (isW(element, 'customXml') || isW(element, 'ins') || isW(element, 'moveTo')) this.readBlocks(element, where, out);
      else if (isW(element, 'sectPr') && where === 'body') this.sectionElements.push(element);
    }
    return out;
  }

  private readParagraph(p: Element, where: DocxParagraph['where'], out: DocxParagraph[]): void {
    const pPr = wChild(p, 'pPr');
    const styleId = this.styles.paragraphStyleId(wAttr(wChild(pPr, 'pStyle'), 'val'));
    const props = this.styles.paragraphProps(readParagraphProps(pPr), styleId);
    const runs: DocxRun[] = [];
    const label = where === 'footer' ? undefined : this.numbering.next(props.numId, props.ilvl ?? 0);
    if (label) runs.push(this.run(label.text, label.run, undefined, styleId));
    const textBoxes: Element[] = [];
    const fields: OpenField[] = [];

    const inPageField = () => fields.some((f) => f.inResult && isPage(f));
    const readRun = (r: Element) => {
      const rPr = wChild(r, 'rPr');
      const direct = readRunProps(rPr);
      const characterStyle = wAttr(wChild(rPr, 'rStyle'), 'val');
      let text = '';
      const flush = () => {
        if (!text) return;
        runs.push({ ...this.run(text, direct, characterStyle, styleId), ...(inPageField() ? { pageField: true } : {}) });
        for (const field of fields) if (field.inResult) field.shown = true;
        text = '';
      };
      for (const child of elements(r)) {
        if (isW(child, 't')) text += child.textContent ?? '';
        else if (isW(child, 'tab') || isW(child, 'ptab')) text += '\t';
        else if (isW(child, 'br') || isW(child, 'cr')) text += '\n';
        else if (isW(child, 'noBreakHyphen')) text += '-';
        else if (isW(child, 'sym')) text += symbol(child);
        else if (isW(child, 'instrText')) {
          const open = fields[fields.length - 1];
          if (open && !open.inResult) open.instruction += child.textContent ?? '';
        } else if (isW(child, 'fldChar')) {
          flush();
          const type = wAttr(child, 'fldCharType');
          if (type === 'begin') fields.push({ instruction: '', inResult: false, shown: false });
          else if (type === 'separate' && fields.length) fields[fields.length - 1].inResult = true;
          else if (type === 'end') {
            const closed = fields.pop();
            // A page number field saved without a result still shows a number in Word.
            if (closed && !closed.shown && isPage(closed)) {
              runs.push({ ...this.run('', direct, characterStyle, styleId), pageField: true });
            }
          }
        } else if (!isW(child, 'rPr')) {
          descendants(child, (e) => {
            if (!isW(e, 'txbxContent')) return true;
            textBoxes.push(e);
            return false;
          });
        }
      }
      flush();
    };

    const walk = (node: Element) => {
      for (const element of elements(node)) {
        if (isW(element, 'r')) readRun(element);
        else if (isW(element, 'fldSimple')) {
          const field: OpenField = { instruction: wAttr(element, 'instr') ?? '', inResult: true, shown: false };
          fields.push(field);
          walk(element);
          fields.pop();
          if (!field.shown && isPage(field)) {
            runs.push({ ...this.run('', {}, undefined, styleId), pageField: true });
          }
        } else if (!(element.localName && SKIPPED.has(element.localName) && isW(element, element.localName))) walk(element);
      }
    };
    walk(p);

    const sectPr = wChild(pPr, 'sectPr');
    out.push({
      index: out.length,
      text: runs.map((r) => r.text).join(''),
      where,
      style: this.styles.styleName(styleId) ?? null,
      align: alignment(props.jc),
      indent: {
        left: props.indLeft ?? 0,
        right: props.indRight ?? 0,
        firstLine: props.indHanging !== undefined ? -props.indHanging : (props.indFirstLine ?? 0),
      },
      indentChars: {
        ...(props.indLeftChars !== undefined ? { left: props.indLeftChars } : {}),
        ...(props.indRightChars !== undefined ? { right: props.indRightChars } : {}),
        ...(props.indHangingChars !== undefined
          ? { firstLine: -props.indHangingChars }
          : props.indFirstLineChars !== undefined ? { firstLine: props.indFirstLineChars } : {}),
      },
      spacing: {
        line: props.spacingLine ?? null,
        lineRule: props.spacingLineRule === 'exact' ? 'exact' : props.spacingLineRule === 'atLeast' ? 'atLeast' : 'auto',
        before: props.spacingBefore ?? 0,
        after: props.spacingAfter ?? 0,
      },
      runs,
      section: this.sectionElements.length,
    });
    for (const box of textBoxes) this.readBlocks(box, where === 'footer' ? 'footer' : 'textbox', out);
    if (sectPr && where === 'body') this.sectionElements.push(sectPr);
  }

  private run(text: string, direct: RunProps, characterStyle: string | undefined, paragraphStyle: string | undefined): DocxRun {
    const props = this.styles.runProps(direct, characterStyle, paragraphStyle);
    return {
      text,
      eastAsiaFont: props.eastAsia ?? null,
      asciiFont: props.ascii ?? null,
      sizePt: (props.halfPoints ?? DEFAULT_HALF_POINTS) / 2,
      bold: props.bold ?? false,
    };
  }

  readFooter(part: string, kind: DocxFooter['kind']): DocxFooter {
    const root = this.pkg.xml(part);
    const reader = new Reader(this.pkg, part);
    return { kind, part, paragraphs: root ? reader.readBlocks(root, 'footer', []) : [] };
  }

  readSections(): DocxSection[] {
    const footerCache = new Map<string, DocxFooter>();
    const relationships = this.pkg.relationships(this.part);
    let inherited: DocxFooter[] = [];
    const elementsOrDefault = this.sectionElements.length ? this.sectionElements : [undefined];
    return elementsOrDefault.map((sectPr): DocxSection => {
      const size = wChild(sectPr, 'pgSz');
      const margin = wChild(sectPr, 'pgMar');
      const grid = wChild(sectPr, 'docGrid');
      const footers = new Map(inherited.map((f) => [f.kind, f]));
      for (const reference of sectPr ? wChildren(sectPr, 'footerReference') : []) {
        const kind = (wAttr(reference, 'type') ?? 'default') as DocxFooter['kind'];
        const id = reference.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id')
          ?? reference.getAttribute('r:id');
        const target = relationships.find((r) => r.id === id)?.target;
        if (!target) continue;
        const key = `${kind}:${target}`;
        if (!footerCache.has(key)) footerCache.set(key, this.readFooter(target, kind));
        footers.set(kind, footerCache.get(key)!);
      }
      inherited = [...footers.values()];
      const gridType = wAttr(grid, 'type');
      return {
        pageWidth: wNumber(size, 'w') ?? null,
        pageHeight: wNumber(size, 'h') ?? null,
        orientation: wAttr(size, 'orient') === 'landscape' ? 'landscape' : 'portrait',
        margins: margin
          ? {
              top: Math.abs(wNumber(margin, 'top') ?? 0),
              bottom: Math.abs(wNumber(margin, 'bottom') ?? 0),
              left: wNumber(margin, 'left') ?? wNumber(margin, 'start') ?? 0,
              right: wNumber(margin, 'right') ?? wNumber(margin, 'end') ?? 0,
              header: wNumber(margin, 'header') ?? 0,
              footer: wNumber(margin, 'footer') ?? 0,
              gutter: wNumber(margin, 'gutter') ?? 0,
            }
          : null,
        grid: {
          type: gridType === 'lines' || gridType === 'linesAndChars' || gridType === 'snapToChars' ? gridType : 'default',
          linePitch: wNumber(grid, 'linePitch') ?? null,
          charSpace: wNumber(grid, 'charSpace') ?? null,
        },
        footers: inherited,
        titlePage: wToggle(wChild(sectPr, 'titlePg')) ?? false,
      };
    });
  }
}

function alignment(jc: string | undefined): DocxAlign {
  switch (jc) {
    case 'center':
      return 'center';
    case 'right':
    case 'end':
      return 'right';
    case 'both':
    case 'lowKashida':
    case 'mediumKashida':
    case 'highKashida':
    case 'thaiDistribute':
      return 'justify';
    case 'distribute':
      return 'distribute';
    default:
      return 'left';
  }
}

/** A w:sym character; symbol-font glyphs (U+F0xx) have no text meaning and are dropped. */
function symbol(element: Element): string {
  const code = parseInt(wAttr(element, 'char') ?? '', 16);
  return Number.isFinite(code) && !(code >= 0xf000 && code <= 0xf0ff) ? String.fromCharCode(code) : '';
}

/** Reads a .docx from its bytes. Throws DocxReadError (with a message in both languages) for a bad file. */
export function readDocx(bytes: Uint8Array): DocxDocument {
  const pkg = DocxPackage.open(bytes);
  const root = pkg.xml(pkg.mainPart);
  const body = wChild(root, 'body');
  const reader = new Reader(pkg, pkg.mainPart);
  if (body) reader.readBlocks(body, 'body');
  const settingsPart = pkg.related(pkg.mainPart, 'settings');
  const settings = settingsPart ? pkg.xml(settingsPart) : undefined;

  const lines: DocxLine[] = [];
  for (const paragraph of reader.paragraphs) {
    let offset = 0;
    for (const line of paragraph.text.split('\n')) {
      lines.push({ paragraph: paragraph.index, offset });
      offset += line.length + 1;
    }
  }
  const text = reader.paragraphs.map((p) => p.text).join('\n');
  return {
    text: reader.paragraphs.length ? `${text}\n` : '',
    paragraphs: reader.paragraphs,
    sections: reader.readSections(),
    evenAndOddFooters: wToggle(wChild(settings, 'evenAndOddHeaders')) ?? false,
    lines,
  };
}
