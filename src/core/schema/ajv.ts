import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import localizeZh from 'ajv-i18n/localize/zh';
import type { Locale } from '../i18n';
import { ENGLISH_KEYWORDS } from './schemas';

/**
 * One ajv instance for the project's schemas: draft 2020-12, every error reported, with the data that failed.
 * The schemas are the project's own, checked against the meta-schema by the tests (`checkedAjv`); checking
 * them again on every start would compile the meta-schema, the costliest part of starting the CLI.
 */
export function createAjv(): Ajv2020 {
  return configure(new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true, strict: true, validateSchema: false }));
}

/** The same ajv, checking each schema against the 2020-12 meta-schema: for the tests of the schemas. */
export function checkedAjv(): Ajv2020 {
  return configure(new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true, strict: true }));
}

function configure(ajv: Ajv2020): Ajv2020 {
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
