import type { RegisterRow } from './row';

/** The number a `第155号` cites (full-width digits too); null when it has no digits. */
export function proposalNumberValue(text: string | null): number | null {
  if (!text) return null;
  const digits = /[0-9０-９]+/.exec(text);
  if (!digits) return null;
  return Number(digits[0].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** Missing values sort after present ones. */
function compareMissingLast<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

/** By the proposal's number, then by date, then by file, so the order is stable whatever the input order. */
export function compareRows(a: RegisterRow, b: RegisterRow): number {
  return (
    compareMissingLast(proposalNumberValue(a.proposalNumber), proposalNumberValue(b.proposalNumber), (x, y) => x - y) ||
    compareMissingLast(a.date, b.date, (x, y) => (x < y ? -1 : x > y ? 1 : 0)) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
  );
}

export function sortRegister(rows: readonly RegisterRow[]): RegisterRow[] {
  return [...rows].sort(compareRows);
}
