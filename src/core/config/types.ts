import type { Severity } from '../diagnostic';
import type { DocxLayoutConfig } from '../docx/layout/settings';

export type RuleSetting = 'off' | Severity | { severity: 'off' | Severity };

export interface OrganizationDefaults {
  organ?: string;
  signer?: string;
  contact?: { name?: string; phone?: string; address?: string; postcode?: string };
}

/** The contents of `.proposal-reply.json`, as validated by schemas/config.schema.json. */
export interface ReplyConfig {
  rules?: Record<string, RuleSetting>;
  /** Replaces the allowed 办理结果 values. */
  resultValues?: string[];
  /** Replaces the allowed publication attributes. */
  publicityValues?: string[];
  /** Fields required beyond the schema's own, as dotted paths (`contact.address`). */
  requiredFields?: string[];
  organization?: OrganizationDefaults;
  /** Layout numbers the .docx layout rules check against. */
  docx?: DocxLayoutConfig;
}

/** A configuration with every default filled in. */
export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  resultValues: string[];
  publicityValues: string[];
  requiredFields: string[];
  organization: OrganizationDefaults;
  docx?: DocxLayoutConfig;
}
