/** Lints and fixes repeatedly until nothing is left to fix (ESLint's verifyAndFix is the model). */
import { resolveConfig } from '../config/resolve';
import type { Diagnostic } from '../diagnostic';
import { lint, type LintOptions } from '../lint';
import { applyFixes } from './applyFixes';

/** Fixes can enable other fixes (a skipped overlap, a renumbering); a few passes always suffice in practice. */
export const MAX_FIX_PASSES = 10;

export interface FixAllResult {
  output: string;
  /** The passes that changed the text. */
  passes: number;
  /** How many fixes were applied in all. */
  fixed: number;
}

export function fixAll(text: string, options: LintOptions = {}): FixAllResult {
  // One configuration and one "today" for every pass.
  const fixed: LintOptions = { ...options, config: options.config ?? resolveConfig(), now: options.now ?? new Date() };
  return fixUntilStable(text, (current) => lint(current, fixed));
}

/** The loop of fixAll over any linter. */
export function fixUntilStable(text: string, lintText: (text: string) => Diagnostic[]): FixAllResult {
  const seen = new Set<string>([text]);
  let output = text;
  let passes = 0;
  let fixed = 0;
  while (passes < MAX_FIX_PASSES) {
    const result = applyFixes(output, lintText(output));
    // Stop when nothing changes, or when the fixes lead back to a text already seen (A → B → A).
    if (result.applied.length === 0 || seen.has(result.output)) break;
    seen.add(result.output);
    output = result.output;
    passes++;
    fixed += result.applied.length;
  }
  return { output, passes, fixed };
}
