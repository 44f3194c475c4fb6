/** The sections of a document with the paragraph each one starts at, for page-setting diagnostics. */
import type { Locale } from '../../i18n';
import type { DocxParagraph, DocxSection } from '../types';
import type { LayoutContext } from './types';

export interface PlacedSection {
  section: DocxSection;
  /** 0-based. */
  number: number;
  firstParagraph: DocxParagraph;
}

export function placedSections(context: LayoutContext): PlacedSection[] {
  const { paragraphs, sections } = context.document;
  const placed: PlacedSection[] = [];
  sections.forEach((section, number) => {
    const first = paragraphs.find((p) => p.section === number);
    if (first) placed.push({ section, number, firstParagraph: first });
  });
  return placed;
}

/** `，第 2 节` appended to a page-setting message when the document has more than one section. */
export function sectionNote(number: number, count: number, locale: Locale): string {
  if (count <= 1) return '';
  return locale === 'en' ? `, section ${number + 1}` : `，第 ${number + 1} 节`;
}
