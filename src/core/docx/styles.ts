/**
 * Run and paragraph properties with Word's inheritance resolved: direct formatting, then the
 * character style, the paragraph style (each with its basedOn chain), then the document defaults.
 * Each attribute inherits on its own (a run may set only w:eastAsia and keep the style's size).
 */
import type { DocxPackage } from './package';
import { type Element, elements, isW, wAttr, wChild, wNumber, wToggle } from './xml';

export interface RunProps {
  eastAsia?: string;
  ascii?: string;
  eastAsiaTheme?: string;
  asciiTheme?: string;
  /** Half-points, as stored (`w:sz`). */
  halfPoints?: number;
  bold?: boolean;
}

export interface ParagraphProps {
  jc?: string;
  /** Indents in twips; `*Chars` in hundredths of a character. */
  indLeft?: number;
  indRight?: number;
  indFirstLine?: number;
  indHanging?: number;
  indLeftChars?: number;
  indRightChars?: number;
  indFirstLineChars?: number;
  indHangingChars?: number;
  spacingLine?: number;
  spacingLineRule?: string;
  spacingBefore?: number;
  spacingAfter?: number;
  numId?: string;
  ilvl?: number;
}

interface Style {
  type: string;
  name: string;
  basedOn?: string;
  run: RunProps;
  paragraph: ParagraphProps;
}

const defined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

export function readRunProps(rPr: Element | undefined): RunProps {
  if (!rPr) return {};
  const fonts = wChild(rPr, 'rFonts');
  return defined({
    eastAsia: wAttr(fonts, 'eastAsia'),
    ascii: wAttr(fonts, 'ascii'),
    eastAsiaTheme: wAttr(fonts, 'eastAsiaTheme'),
    asciiTheme: wAttr(fonts, 'asciiTheme'),
    halfPoints: wNumber(wChild(rPr, 'sz'), 'val'),
    bold: wToggle(wChild(rPr, 'b')),
  });
}

export function readParagraphProps(pPr: Element | undefined): ParagraphProps {
  if (!pPr) return {};
  const ind = wChild(pPr, 'ind');
  const spacing = wChild(pPr, 'spacing');
  const numPr = wChild(pPr, 'numPr');
  return defined({
    jc: wAttr(wChild(pPr, 'jc'), 'val'),
    indLeft: wNumber(ind, 'left') ?? wNumber(ind, 'start'),
    indRight: wNumber(ind, 'right') ?? wNumber(ind, 'end'),
    indFirstLine: wNumber(ind, 'firstLine'),
    indHanging: wNumber(ind, 'hanging'),
    indLeftChars: wNumber(ind, 'leftChars') ?? wNumber(ind, 'startChars'),
    indRightChars: wNumber(ind, 'rightChars') ?? wNumber(ind, 'endChars'),
    indFirstLineChars: wNumber(ind, 'firstLineChars'),
    indHangingChars: wNumber(ind, 'hangingChars'),
    spacingLine: wNumber(spacing, 'line'),
    spacingLineRule: wAttr(spacing, 'lineRule'),
    spacingBefore: wNumber(spacing, 'before'),
    spacingAfter: wNumber(spacing, 'after'),
    numId: wAttr(wChild(numPr, 'numId'), 'val'),
    ilvl: wNumber(wChild(numPr, 'ilvl'), 'val'),
  });
}

/** Theme font slots (`minorEastAsia`) to typefaces. */
function readThemeFonts(pkg: DocxPackage, documentPart: string): Map<string, string> {
  const fonts = new Map<string, string>();
  const themePart = pkg.related(documentPart, 'theme');
  const root = themePart ? pkg.xml(themePart) : undefined;
  if (!root) return fonts;
  const visit = (element: Element, slot?: 'major' | 'minor') => {
    for (const child of elements(element)) {
      const name = child.localName;
      if (name === 'majorFont' || name === 'minorFont') visit(child, name === 'majorFont' ? 'major' : 'minor');
      else if (slot && (name === 'ea' || name === 'latin')) {
        const typeface = child.getAttribute('typeface');
        if (typeface) fonts.set(`${slot}${name === 'ea' ? 'EastAsia' : 'HAnsi'}`, typeface);
      } else if (slot && name === 'font' && child.getAttribute('script') === 'Hans') {
        const typeface = child.getAttribute('typeface');
        if (typeface) fonts.set(`${slot}Hans`, typeface);
      } else if (!slot) visit(child);
    }
  };
  visit(root);
  return fonts;
}

export class StyleSheet {
  private readonly styles = new Map<string, Style>();
  private defaultRun: RunProps = {};
  private defaultParagraph: ParagraphProps = {};
  private defaultParagraphStyle?: string;
  private readonly themeFonts: Map<string, string>;

  constructor(pkg: DocxPackage, documentPart: string) {
    this.themeFonts = readThemeFonts(pkg, documentPart);
    const stylesPart = pkg.related(documentPart, 'styles');
    const root = stylesPart ? pkg.xml(stylesPart) : undefined;
    if (!root) return;
    const defaults = wChild(root, 'docDefaults');
    this.defaultRun = readRunProps(wChild(wChild(defaults, 'rPrDefault'), 'rPr'));
    this.defaultParagraph = readParagraphProps(wChild(wChild(defaults, 'pPrDefault'), 'pPr'));
    for (const element of elements(root)) {
      if (!isW(element, 'style')) continue;
      const id = wAttr(element, 'styleId');
      if (!id) continue;
      const type = wAttr(element, 'type') ?? 'paragraph';
      this.styles.set(id, {
        type,
        name: wAttr(wChild(element, 'name'), 'val') ?? id,
        basedOn: wAttr(wChild(element, 'basedOn'), 'val'),
        run: readRunProps(wChild(element, 'rPr')),
        paragraph: readParagraphProps(wChild(element, 'pPr')),
      });
      if (type === 'paragraph' && /^(1|true|on)$/i.test(wAttr(element, 'default') ?? '')) this.defaultParagraphStyle ??= id;
    }
    if (!this.defaultParagraphStyle && this.styles.get('Normal')?.type === 'paragraph') this.defaultParagraphStyle = 'Normal';
  }

  /** The style and its ancestors, nearest first; guards against basedOn cycles. */
  private chain(id: string | undefined): Style[] {
    const result: Style[] = [];
    const seen = new Set<string>();
    for (let current = id; current && !seen.has(current); ) {
      seen.add(current);
      const style = this.styles.get(current);
      if (!style) break;
      result.push(style);
      current = style.basedOn;
    }
    return result;
  }

  paragraphStyleId(direct: string | undefined): string | undefined {
    return direct && this.styles.has(direct) ? direct : this.defaultParagraphStyle;
  }

  styleName(id: string | undefined): string | undefined {
    return id ? this.styles.get(id)?.name : undefined;
  }

  paragraphProps(direct: ParagraphProps, styleId: string | undefined): ParagraphProps {
    const layers = [this.defaultParagraph, ...this.chain(styleId).map((s) => s.paragraph).reverse(), direct];
    return Object.assign({}, ...layers.map(defined));
  }

  /** Run properties in force, theme fonts replaced by their typefaces. */
  runProps(direct: RunProps, characterStyleId: string | undefined, paragraphStyleId: string | undefined, extra: RunProps = {}): RunProps {
    const layers = [
      this.defaultRun,
      ...this.chain(paragraphStyleId).map((s) => s.run).reverse(),
      extra,
      ...this.chain(characterStyleId).map((s) => s.run).reverse(),
      direct,
    ];
    const merged: RunProps = {};
    for (const layer of layers) {
      // An explicit font name overrides a theme slot inherited from below, and the other way round.
      if (layer.eastAsia !== undefined || layer.eastAsiaTheme !== undefined) {
        merged.eastAsia = layer.eastAsia;
        merged.eastAsiaTheme = layer.eastAsiaTheme;
      }
      if (layer.ascii !== undefined || layer.asciiTheme !== undefined) {
        merged.ascii = layer.ascii;
        merged.asciiTheme = layer.asciiTheme;
      }
      if (layer.halfPoints !== undefined) merged.halfPoints = layer.halfPoints;
      if (layer.bold !== undefined) merged.bold = layer.bold;
    }
    if (merged.eastAsiaTheme) merged.eastAsia = this.themeFont(merged.eastAsiaTheme) ?? merged.eastAsia;
    if (merged.asciiTheme) merged.ascii = this.themeFont(merged.asciiTheme) ?? merged.ascii;
    return merged;
  }

  private themeFont(slot: string): string | undefined {
    const major = slot.startsWith('major') ? 'major' : 'minor';
    if (/EastAsia$/.test(slot)) return this.themeFonts.get(`${major}EastAsia`) || this.themeFonts.get(`${major}Hans`);
    return this.themeFonts.get(`${major}HAnsi`);
  }
}
