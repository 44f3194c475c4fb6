/**
 * Page layout numbers and font stacks shared by the preview, the HTML export and the .docx export.
 * Defaults follow GB/T 9704-2012: A4, margins 37/35/28/26 mm, a 156 x 225 mm text block of 22 lines of
 * 28 characters. Offices with local variants (a 27 mm bottom margin, a 29 pt line) change them in settings.
 */

export type FontRole = 'fangsong' | 'heiti' | 'kaiti' | 'xiaobiaosong' | 'songti';

export const FONT_ROLES: readonly FontRole[] = ['fangsong', 'heiti', 'kaiti', 'xiaobiaosong', 'songti'];

/** Font families per role, most wanted first: Windows names, then macOS, then Linux fallbacks. */
export type FontStacks = Record<FontRole, string[]>;

export const DEFAULT_FONT_STACKS: FontStacks = {
  fangsong: ['仿宋_GB2312', '仿宋', 'FangSong', 'FangSong_GB2312', 'STFangsong', '华文仿宋', 'Noto Serif CJK SC', 'AR PL UKai CN'],
  heiti: ['黑体', 'SimHei', 'STHeiti', 'Heiti SC', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei'],
  kaiti: ['楷体_GB2312', '楷体', 'KaiTi', 'KaiTi_GB2312', 'STKaiti', '华文楷体', 'AR PL UKai CN', 'Noto Serif CJK SC'],
  xiaobiaosong: ['方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong', 'Noto Serif CJK SC', 'AR PL UMing CN'],
  songti: ['宋体', 'SimSun', 'STSong', 'Songti SC', 'Noto Serif CJK SC', 'AR PL UMing CN'],
};

/** The generic CSS family that ends each stack. */
export const GENERIC_FAMILY: Record<FontRole, 'serif' | 'sans-serif'> = {
  fangsong: 'serif',
  heiti: 'sans-serif',
  kaiti: 'serif',
  xiaobiaosong: 'serif',
  songti: 'serif',
};

export interface PageLayout {
  pageWidthMm: number;
  pageHeightMm: number;
  marginTopMm: number;
  marginBottomMm: number;
  /** The binding side. */
  marginLeftMm: number;
  marginRightMm: number;
  linesPerPage: number;
  charsPerLine: number;
  /** Distance from the text block's foot to the top of the page number. */
  pageNumberGapMm: number;
}

export const DEFAULT_LAYOUT: PageLayout = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  marginTopMm: 37,
  marginBottomMm: 35,
  marginLeftMm: 28,
  marginRightMm: 26,
  linesPerPage: 22,
  charsPerLine: 28,
  pageNumberGapMm: 7,
};

/** Point sizes of the Chinese size names used by the standard. */
export const FONT_SIZE_PT = { title: 22, body: 16, small: 14 } as const; // 2号, 3号, 4号

export interface RenderSettings {
  layout: PageLayout;
  fonts: FontStacks;
}

export interface RenderSettingsInput {
  layout?: Partial<PageLayout>;
  fonts?: Partial<Record<FontRole, readonly string[] | string>>;
}

/** Page geometry derived from the layout numbers. */
export interface PageMetrics {
  textWidthMm: number;
  textHeightMm: number;
  linePitchMm: number;
  charPitchMm: number;
}

export const MM_PER_PT = 25.4 / 72;

export function pageMetrics(layout: PageLayout): PageMetrics {
  const textWidthMm = layout.pageWidthMm - layout.marginLeftMm - layout.marginRightMm;
  const textHeightMm = layout.pageHeightMm - layout.marginTopMm - layout.marginBottomMm;
  return {
    textWidthMm,
    textHeightMm,
    linePitchMm: textHeightMm / layout.linesPerPage,
    charPitchMm: textWidthMm / layout.charsPerLine,
  };
}

const LIMITS: Record<keyof PageLayout, [number, number]> = {
  pageWidthMm: [50, 1000],
  pageHeightMm: [50, 1000],
  marginTopMm: [0, 200],
  marginBottomMm: [0, 200],
  marginLeftMm: [0, 200],
  marginRightMm: [0, 200],
  linesPerPage: [1, 100],
  charsPerLine: [1, 100],
  pageNumberGapMm: [0, 100],
};

/**
 * Keeps only what can be a font family name: letters, digits, spaces, `_`, `-` and `.`. The names end up
 * inside CSS and XML, so anything that could close a string or a tag is dropped.
 */
export function cleanFontName(name: string): string {
  return name.replace(/[^\p{L}\p{N} _\-.]/gu, '').replace(/\s+/g, ' ').trim();
}

function cleanStack(value: readonly string[] | string | undefined, fallback: string[]): string[] {
  const names = typeof value === 'string' ? value.split(',') : value ?? [];
  const cleaned = names.map(cleanFontName).filter((name) => name.length > 0);
  return cleaned.length > 0 ? [...new Set(cleaned)] : fallback;
}

/** Fills in defaults and ignores numbers out of range, so bad settings never break a render. */
export function resolveRenderSettings(input: RenderSettingsInput = {}): RenderSettings {
  const layout = { ...DEFAULT_LAYOUT };
  for (const key of Object.keys(LIMITS) as (keyof PageLayout)[]) {
    const value = input.layout?.[key];
    const [min, max] = LIMITS[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) {
      layout[key] = key === 'linesPerPage' || key === 'charsPerLine' ? Math.round(value) : value;
    }
  }
  if (layout.marginLeftMm + layout.marginRightMm >= layout.pageWidthMm - 10) {
    layout.marginLeftMm = DEFAULT_LAYOUT.marginLeftMm;
    layout.marginRightMm = DEFAULT_LAYOUT.marginRightMm;
  }
  if (layout.marginTopMm + layout.marginBottomMm >= layout.pageHeightMm - 10) {
    layout.marginTopMm = DEFAULT_LAYOUT.marginTopMm;
    layout.marginBottomMm = DEFAULT_LAYOUT.marginBottomMm;
  }
  const fonts = {} as FontStacks;
  for (const role of FONT_ROLES) fonts[role] = cleanStack(input.fonts?.[role], DEFAULT_FONT_STACKS[role]);
  return { layout, fonts };
}
