import type { OrganizationDefaults } from '../config/types';
import type { Kind, Role } from '../model';
import { formatReplyDate } from './date';

/** Every variable a reply template may use. Templates run in strict mode: any other name is an error. */
export interface TemplateData {
  kind: Kind;
  /** `委员` for a proposal (提案), `代表` for a suggestion (建议). */
  role: Role;
  addressee: string;
  /** The title of the proposal or suggestion being answered. */
  title: string;
  result: string;
  signer: string;
  organ: string;
  /** Today, as `2024年4月30日`. */
  date: string;
  publicity: string;
  contact: { name: string; phone: string; address: string; postcode: string };
}

export interface TemplateInput {
  kind: Kind;
  addressee?: string;
  title?: string;
  result?: string;
  publicity?: string;
  organization?: OrganizationDefaults;
  now?: Date;
}

export const ROLE_OF_KIND: Record<Kind, Role> = { 提案: '委员', 建议: '代表' };

/** Fills every template variable; what the user did not give comes from the organisation defaults or stays empty. */
export function templateData(input: TemplateInput): TemplateData {
  const org = input.organization ?? {};
  return {
    kind: input.kind,
    role: ROLE_OF_KIND[input.kind],
    addressee: input.addressee ?? '',
    title: input.title ?? '',
    result: input.result ?? '',
    signer: org.signer ?? '',
    organ: org.organ ?? '',
    date: formatReplyDate(input.now ?? new Date()),
    publicity: input.publicity ?? '',
    contact: {
      name: org.contact?.name ?? '',
      phone: org.contact?.phone ?? '',
      address: org.contact?.address ?? '',
      postcode: org.contact?.postcode ?? '',
    },
  };
}
