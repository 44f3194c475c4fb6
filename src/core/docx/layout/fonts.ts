/** Font and size checks shared by the body, title and heading rules. */
import type { Locale } from '../../i18n';
import type { DocxParagraph, DocxRun } from '../types';
import { hasHan, show, visibleRuns } from './measure';
import { inFamily, type ResolvedFont } from './settings';
import type { LayoutReport } from './types';

/** The first run with Chinese characters whose font is not in the families, if any. */
export function wrongFont(runs: readonly DocxRun[], families: readonly string[]): DocxRun | undefined {
  return runs.find((run) => hasHan(run.text) && !inFamily(run.eastAsiaFont, families));
}

export function wrongSize(runs: readonly DocxRun[], font: ResolvedFont): DocxRun | undefined {
  return runs.find((run) => run.text.trim() !== '' && Math.abs(run.sizePt - font.sizePt) > font.tolerancePt);
}

export function fontName(run: DocxRun, locale: Locale): string {
  return run.eastAsiaFont ?? (locale === 'en' ? 'not set' : '未设置');
}

/** The family a message names: the first accepted one (`仿宋`). */
export function familyName(families: readonly string[]): string {
  return families[0] ?? '';
}

/**
 * Collects problems so that each is reported once, on the first paragraph that has it, listing the
 * others: a style set wrongly gives one diagnostic, not one per paragraph.
 */
export class ProblemGroups {
  private readonly groups = new Map<string, { first: Omit<LayoutReport, 'others'>; others: DocxParagraph[] }>();

  add(key: string, paragraph: DocxParagraph, make: () => Omit<LayoutReport, 'others' | 'paragraph'>): void {
    const group = this.groups.get(key);
    if (group) group.others.push(paragraph);
    else this.groups.set(key, { first: { ...make(), paragraph }, others: [] });
  }

  reportTo(report: (report: LayoutReport) => void): void {
    for (const { first, others } of this.groups.values()) report({ ...first, others });
  }
}

/** Checks the fonts and sizes of the paragraphs' runs; each wrong font and each wrong size is reported once. */
export function reportGrouped(
  paragraphs: readonly DocxParagraph[],
  font: ResolvedFont,
  locale: Locale,
  report: (report: LayoutReport) => void,
): void {
  const groups = new ProblemGroups();
  for (const paragraph of paragraphs) {
    const runs = visibleRuns(paragraph);
    const badFont = wrongFont(runs, font.families);
    if (badFont) {
      const name = fontName(badFont, locale);
      groups.add(`font:${name}`, paragraph, () => ({ messageId: 'font', args: { font: name, expected: familyName(font.families) } }));
    }
    const badSize = wrongSize(runs, font);
    if (badSize) {
      groups.add(`size:${badSize.sizePt}`, paragraph, () => ({ messageId: 'size', args: { size: show(badSize.sizePt), expected: show(font.sizePt) } }));
    }
  }
  groups.reportTo(report);
}
