/**
 * The class (A, B, C) a handling result belongs to, whatever wording the office uses:
 * A = solved or adopted, B = being solved or planned, C = kept for reference or not possible now.
 */
export type ResultClass = 'A' | 'B' | 'C';

const WORDINGS: Record<string, ResultClass> = {
  解决或采纳: 'A',
  解决采纳: 'A',
  正在解决或列入计划解决: 'B',
  列入计划拟解决: 'B',
  计划解决: 'B',
  正在解决: 'B',
  留作参考: 'C',
  因条件限制或其他原因无法解决: 'C',
};

/** `B类`, `(C)`, `解决或采纳` → the class; null for a missing or unknown result. */
export function resultClass(status: string | null | undefined): ResultClass | null {
  if (!status) return null;
  const bare = status.replace(/[\s()\uff08\uff09]/g, '');
  const letter = /^([ABCabc])类?$/.exec(bare);
  if (letter) return letter[1].toUpperCase() as ResultClass;
  return WORDINGS[bare] ?? null;
}
