/** The .docx layout rules, in the order they run and are documented. */
import { docxBodyFont } from './docx-body-font';
import { docxHeadingFonts } from './docx-heading-fonts';
import { docxLineGrid } from './docx-line-grid';
import { docxMargins } from './docx-margins';
import { docxPageNumber } from './docx-page-number';
import { docxPageSize } from './docx-page-size';
import { docxSignatureAlign } from './docx-signature-align';
import { docxTitleFont } from './docx-title-font';
import type { LayoutRule } from './types';

export const layoutRules: readonly LayoutRule[] = [
  docxPageSize,
  docxMargins,
  docxLineGrid,
  docxPageNumber,
  docxTitleFont,
  docxBodyFont,
  docxHeadingFonts,
  docxSignatureAlign,
];

const byId = new Map(layoutRules.map((rule) => [rule.id, rule]));

export function layoutRuleById(id: string): LayoutRule | undefined {
  return byId.get(id);
}
