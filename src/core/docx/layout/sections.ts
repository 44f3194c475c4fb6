/** The sections of a document with the paragraph each one starts at, for page-setting diagnostics. */
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
