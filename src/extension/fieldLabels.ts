/** The labelled fields a user types: which schema field each label feeds, and how to find one before the cursor. */
import type { OrganizationDefaults } from '../core/config/types';
import { LABEL_PATHS, TYPED_PATHS } from '../core/fieldRegistry';

/** Label (without inner spaces) → schema path, from the field registry: every spelling is understood before the cursor. */
export const LABEL_FIELDS: ReadonlyArray<readonly [label: string, path: string]> = LABEL_PATHS;

/** The label offered at a line start for each field the layout labels: its first spelling. */
export const LINE_START_LABELS: ReadonlyArray<readonly [label: string, path: string]> = LABEL_PATHS.filter(
  ([, path], i) => TYPED_PATHS.has(path) && LABEL_PATHS.findIndex(([, other]) => other === path) === i,
);

const LABEL_BEFORE_CURSOR = /([\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff])*)[ \u3000\u00a0]*[:\uff1a][ \u3000\u00a0]*([^\s\u3000:\uff1a]*)$/;

export interface LabelBeforeCursor {
  path: string;
  /** What has been typed of the value so far. */
  typed: string;
}

/** The field whose value is being typed at the end of `prefix` (the line up to the cursor). */
export function labelBeforeCursor(prefix: string): LabelBeforeCursor | undefined {
  const match = LABEL_BEFORE_CURSOR.exec(prefix);
  if (!match) return undefined;
  const written = match[1].replace(/[ \u3000]/g, '');
  // `…承办单位通讯地址` or a label after other text on the line: take the longest known label it ends with.
  const known = LABEL_FIELDS.filter(([label]) => written.endsWith(label)).sort((a, b) => b[0].length - a[0].length)[0];
  return known && { path: known[1], typed: match[2] };
}

/** The organisation's default for a field, from the configuration. */
export function organizationDefault(organization: OrganizationDefaults, path: string): string | undefined {
  switch (path) {
    case 'signer':
      return organization.signer;
    case 'contact.name':
      return organization.contact?.name;
    case 'contact.phone':
      return organization.contact?.phone;
    case 'contact.address':
      return organization.contact?.address;
    case 'contact.postcode':
      return organization.contact?.postcode;
    default:
      return undefined;
  }
}
