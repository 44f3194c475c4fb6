/**
 * The layout numbers the .docx layout rules check against, and how `.proposal-reply.json` retunes them
 * (its `docx` section). Defaults follow GB/T 9704-2012.
 */

/** The `docx` section of `.proposal-reply.json`; every key is optional. */
export interface DocxLayoutConfig {
  pageSize?: { widthMm?: number; heightMm?: number; toleranceMm?: number };
  margins?: { topMm?: number; bottomMm?: number; leftMm?: number; rightMm?: number; toleranceMm?: number };
  bodyFont?: FontConfig;
  titleFont?: FontConfig;
  headingFonts?: { level1?: string[]; level2?: string[]; level3?: string[]; level4?: string[] };
  linesPerPage?: { lines?: number; tolerance?: number };
}

export interface FontConfig {
  /** Accepted font names: a font matches when its name contains one of these (case ignored). */
  families?: string[];
  sizePt?: number;
  tolerancePt?: number;
}

export interface ResolvedFont {
  families: string[];
  sizePt: number;
  tolerancePt: number;
}

export interface DocxLayoutSettings {
  pageSize: { widthMm: number; heightMm: number; toleranceMm: number };
  margins: { topMm: number; bottomMm: number; leftMm: number; rightMm: number; toleranceMm: number };
  bodyFont: ResolvedFont;
  titleFont: ResolvedFont;
  headingFonts: Record<1 | 2 | 3 | 4, string[]>;
  linesPerPage: { lines: number; tolerance: number };
}

export const FANGSONG = ['仿宋', 'FangSong'];
export const HEITI = ['黑体', 'Hei'];
export const KAITI = ['楷体', 'Kai'];
export const XIAOBIAOSONG = ['小标宋', 'XiaoBiaoSong'];

export const DEFAULT_DOCX_LAYOUT: DocxLayoutSettings = {
  pageSize: { widthMm: 210, heightMm: 297, toleranceMm: 1 },
  margins: { topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26, toleranceMm: 1 },
  bodyFont: { families: FANGSONG, sizePt: 16, tolerancePt: 0.5 },
  titleFont: { families: XIAOBIAOSONG, sizePt: 22, tolerancePt: 0.5 },
  headingFonts: { 1: HEITI, 2: KAITI, 3: FANGSONG, 4: FANGSONG },
  linesPerPage: { lines: 22, tolerance: 1 },
};

export function resolveDocxLayout(config: DocxLayoutConfig = {}): DocxLayoutSettings {
  const d = DEFAULT_DOCX_LAYOUT;
  const font = (base: ResolvedFont, raw: FontConfig | undefined): ResolvedFont => ({
    families: raw?.families ?? base.families,
    sizePt: raw?.sizePt ?? base.sizePt,
    tolerancePt: raw?.tolerancePt ?? base.tolerancePt,
  });
  const headings = config.headingFonts ?? {};
  return {
    pageSize: { ...d.pageSize, ...config.pageSize },
    margins: { ...d.margins, ...config.margins },
    bodyFont: font(d.bodyFont, config.bodyFont),
    titleFont: font(d.titleFont, config.titleFont),
    headingFonts: {
      1: headings.level1 ?? d.headingFonts[1],
      2: headings.level2 ?? d.headingFonts[2],
      3: headings.level3 ?? d.headingFonts[3],
      4: headings.level4 ?? d.headingFonts[4],
    },
    linesPerPage: { ...d.linesPerPage, ...config.linesPerPage },
  };
}

/** Whether a font name belongs to one of the families (`仿宋_GB2312` is 仿宋). */
export function inFamily(font: string | null, families: readonly string[]): boolean {
  if (!font) return false;
  const name = font.toLowerCase();
  return families.some((family) => name.includes(family.toLowerCase()));
}
