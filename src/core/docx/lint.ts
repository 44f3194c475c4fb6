/**
 * Lints a .docx: the same schema and rules as for text, run on the document's text, plus the layout
 * rules. Every diagnostic points at a paragraph (its line is the paragraph's index) and its message
 * names the paragraph, so the user can find it in Word. Fixes are dropped: a Word file is never rewritten.
 */
import { resolveConfig } from '../config/resolve';
import type { Diagnostic } from '../diagnostic';
import { lint, type LintOptions } from '../lint';
import type { Position } from '../model';
import { parse } from '../parser/parse';
import { lintLayout } from './layout/run';
import { paragraphSuffix } from './layout/measure';
import type { DocxDocument } from './types';

function toParagraph(document: DocxDocument, position: Position): Position {
  const line = document.lines[position.line];
  if (!line) {
    const last = document.paragraphs[document.paragraphs.length - 1];
    return { line: last?.index ?? 0, character: last?.text.length ?? 0 };
  }
  return { line: line.paragraph, character: line.offset + position.character };
}

export function lintDocx(document: DocxDocument, options: LintOptions = {}): Diagnostic[] {
  const config = options.config ?? resolveConfig();
  const locale = options.locale ?? 'zh';
  const model = parse(document.text);
  const content = lint(model, { ...options, config, locale }).map((diagnostic): Diagnostic => {
    const start = toParagraph(document, diagnostic.range.start);
    const end = toParagraph(document, diagnostic.range.end);
    const paragraph = document.paragraphs[start.line];
    return {
      ruleId: diagnostic.ruleId,
      severity: diagnostic.severity,
      message: paragraph ? diagnostic.message + paragraphSuffix(paragraph, [], locale) : diagnostic.message,
      range: { start, end },
    };
  });
  const layout = lintLayout(document, model, config, locale);
  return [...content, ...layout].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}
