import { schemaEnum } from '../schema/describe';
import type { ReplyConfig, ResolvedConfig } from './types';

/** Fills in every default: the allowed values are the reply schema's own enums. */
export function resolveConfig(raw: ReplyConfig = {}): ResolvedConfig {
  return {
    rules: { ...raw.rules },
    resultValues: raw.resultValues ?? schemaEnum('resultStatus'),
    publicityValues: raw.publicityValues ?? schemaEnum('publicity'),
    requiredFields: raw.requiredFields ?? [],
    organization: raw.organization ?? {},
    ...(raw.docx ? { docx: raw.docx } : {}),
  };
}
