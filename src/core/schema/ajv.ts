import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import localizeZh from 'ajv-i18n/localize/zh';
import type { Locale } from '../i18n';
import { ENGLISH_KEYWORDS } from './schemas';

/** One ajv instance for the project's schemas: draft 2020-12, every error reported, with the data that failed. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true, strict: true });
  ajv.addVocabulary(ENGLISH_KEYWORDS);
  addFormats(ajv, ['date']);
  return ajv;
}

/** ajv's own message for an error, in the locale (ajv writes English; ajv-i18n supplies Chinese). */
export function genericMessage(error: ErrorObject, locale: Locale): string {
  if (locale === 'en') return error.message ?? error.keyword;
  const copy = { ...error };
  localizeZh([copy]);
  return copy.message ?? error.keyword;
}
