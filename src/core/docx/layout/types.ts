import type { Locale } from '../../i18n';
import type { Block, ReplyModel } from '../../model';
import type { RuleInfo } from '../../rules/types';
import type { DocxDocument, DocxParagraph } from '../types';
import type { DocxLayoutSettings } from './settings';

export interface LayoutContext {
  document: DocxDocument;
  /** The document's text as parsed: tells which paragraph is the title, a heading, the organ, the date. */
  model: ReplyModel;
  settings: DocxLayoutSettings;
  locale: Locale;
  /** The paragraph a block of the model stands in. */
  paragraphOf(block: Block): DocxParagraph;
}

export interface LayoutReport {
  messageId: string;
  args?: Record<string, string | number>;
  /** The paragraph the problem is in, or for a page setting the first paragraph it applies to. */
  paragraph: DocxParagraph;
  /** Further paragraphs with the same problem, listed in the message. */
  others?: DocxParagraph[];
}

/** A check of a .docx's layout; like a text rule, but it reads the Word file's formatting. */
export interface LayoutRule extends RuleInfo {
  /** Starts with `docx-`. */
  id: string;
  check(context: LayoutContext, report: (report: LayoutReport) => void): void;
}
