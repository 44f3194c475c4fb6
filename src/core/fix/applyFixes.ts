/** Applies the fixes of a set of diagnostics in one pass, skipping any that overlap an earlier one. */
import type { Diagnostic } from '../diagnostic';

export interface ApplyFixesResult {
  output: string;
  applied: Diagnostic[];
  /** Diagnostics without a fix, and those whose fix was skipped; their fix may apply on a later pass. */
  remaining: Diagnostic[];
}

/**
 * Fix offsets count from the first character after a byte order mark, as the parser's do;
 * a BOM at the start of `text` is kept in the output.
 */
export function applyFixes(input: string, diagnostics: Diagnostic[]): ApplyFixesResult {
  const bom = input.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const text = bom ? input.slice(1) : input;
  const withFix = diagnostics
    .map((diagnostic, order) => ({ diagnostic, order }))
    .filter(({ diagnostic }) => diagnostic.fix)
    .sort(
      (a, b) =>
        a.diagnostic.fix!.range[0] - b.diagnostic.fix!.range[0] ||
        a.diagnostic.fix!.range[1] - b.diagnostic.fix!.range[1] ||
        a.order - b.order,
    );
  const applied = new Set<Diagnostic>();
  let output = '';
  let lastEnd = 0;
  /** Where the last applied fix was a pure insertion, so a second one at the same place is ambiguous. */
  let lastInsertAt = -1;
  for (const { diagnostic } of withFix) {
    const [start, end] = diagnostic.fix!.range;
    const invalid = start > end || start < 0 || end > text.length;
    const overlaps = start < lastEnd || (start === end && start === lastInsertAt);
    if (invalid || overlaps) continue;
    output += text.slice(lastEnd, start) + diagnostic.fix!.text;
    lastEnd = end;
    lastInsertAt = start === end ? start : -1;
    applied.add(diagnostic);
  }
  output += text.slice(lastEnd);
  return {
    output: bom + output,
    applied: diagnostics.filter((diagnostic) => applied.has(diagnostic)),
    remaining: diagnostics.filter((diagnostic) => !applied.has(diagnostic)),
  };
}
