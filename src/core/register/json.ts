import type { RegisterRow } from './row';

/** The register as JSON: an array of rows with the field names of RegisterRow. */
export function registerJson(rows: readonly RegisterRow[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}
