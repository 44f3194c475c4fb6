/** The labelled fields a user types: which schema field each label feeds, and how to find one before the cursor. */
import type { OrganizationDefaults } from '../core/config/types';

/** Label (without inner spaces) → schema path. The first of each path is the one offered at a line start. */
export const LABEL_FIELDS: ReadonlyArray<readonly [label: string, path: string]> = [
  ['办理结果', 'resultStatus'],
  ['签发人', 'signer'],
  ['联系人姓名', 'contact.name'],
  ['联系人', 'contact.name'],
  ['联系电话', 'contact.phone'],
  ['承办单位通讯地址', 'contact.address'],
  ['通讯地址', 'contact.address'],
  ['邮政编码', 'contact.postcode'],
  ['邮编', 'contact.postcode'],
];

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
