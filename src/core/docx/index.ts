/** Reading .docx replies: the text for the parser and rules, and the layout for the layout rules. */
export { readDocx } from './read';
export { lintDocx } from './lint';
export { DocxReadError, type DocxErrorCode } from './errors';
export type { DocxAlign, DocxDocument, DocxFooter, DocxLine, DocxParagraph, DocxRun, DocxSection } from './types';
export { layoutRules, layoutRuleById } from './layout/index';
export type { LayoutRule } from './layout/types';
export { DEFAULT_DOCX_LAYOUT, resolveDocxLayout, type DocxLayoutConfig, type DocxLayoutSettings } from './layout/settings';
