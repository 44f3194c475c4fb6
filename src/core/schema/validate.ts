import type Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ResolvedConfig } from '../config/types';
import type { Diagnostic } from '../diagnostic';
import { toFields } from '../fields';
import { format, type Locale } from '../i18n';
import type { ReplyFields, ReplyModel } from '../model';
import type { Rule } from '../rules/types';
import { lineRange } from '../parser/positions';
import { createAjv, genericMessage } from './ajv';
import { titleOf } from './describe';
import { comparableValue, effectiveReplySchema, effectiveSchemaKey } from './effective';
import { listSeparator, schemaMessages } from './messages';
import { rangeForMissing, rangeForValue } from './placement';
import { nodeAt, replySchema } from './schemas';

export const SCHEMA_RULE_ID = 'schema';

/** The `schema` check described like a rule, for rule lists (SARIF, docs). */
export const schemaRuleInfo = {
  id: SCHEMA_RULE_ID,
  defaultSeverity: 'error',
  fixable: false,
  description: {
    zh: '答复件须包含全部必填字段，且取值在允许的范围内',
    en: 'A reply has every required field, each with an allowed value',
  },
  docs: {
    zh: '字段及其允许的值由 schemas/reply.schema.json 规定：办理结果、签发人、主送、提案标题、发文机关、成文日期、公开属性、联系人和联系电话必须填写；办理结果和公开属性须为允许的值之一。配置中的 resultValues、publicityValues 替换允许的值，requiredFields 增加必填字段。缺少的字段标在它应在的位置。',
    en: 'schemas/reply.schema.json defines the fields and their allowed values: the handling result, signer, addressees, proposal title, issuing organ, date, publication attribute, contact name and contact phone are required; the handling result and the publication attribute must be allowed values. The configuration’s resultValues and publicityValues replace the allowed values, and requiredFields adds required fields. A missing field is marked where it belongs.',
  },
} satisfies Pick<Rule, 'id' | 'defaultSeverity' | 'fixable' | 'description' | 'docs'>;

const MAX_VALIDATORS = 16;
const validators = new Map<string, ValidateFunction>();
// Created on first use: compiling schemas is the costliest part of starting up.
let ajv: Ajv2020 | undefined;

export interface ValidateOptions {
  /**
   * date-valid is on: a date line that is there but unreadable or impossible is its to report, with a
   * message that says what is wrong, so the schema reports the date only when there is no date line.
   */
  dateCheckedByRule?: boolean;
}

/** The schema checks of a reply: ajv's errors on toFields(model), placed on the source. */
export function validateModel(model: ReplyModel, config: ResolvedConfig, locale: Locale, options: ValidateOptions = {}): Diagnostic[] {
  // One warning, not a missing-field error for every field of a reply the text never was.
  if (!model.looksLikeReply) {
    return [{ ruleId: SCHEMA_RULE_ID, severity: 'warning', message: format(schemaMessages.notAReply, locale), range: lineRange(0, 0, 0) }];
  }
  const fields = toFields(model);
  const validate = validatorFor(config);
  if (validate(comparableFields(fields))) return [];

  const byPath = new Map<string, ErrorObject>();
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'if') continue;
    const path = dataPath(error);
    const chosen = byPath.get(path);
    if (!chosen || rank(error) > rank(chosen)) byPath.set(path, error);
  }
  if (options.dateCheckedByRule && model.date) byPath.delete('date');
  return [...byPath].map(([path, error]) => toDiagnostic(model, fields, config, locale, path, error));
}

function validatorFor(config: ResolvedConfig): ValidateFunction {
  const key = effectiveSchemaKey(config);
  let validate = validators.get(key);
  if (!validate) {
    ajv ??= createAjv();
    if (validators.size >= MAX_VALIDATORS) {
      const [oldestKey, oldest] = validators.entries().next().value as [string, ValidateFunction];
      validators.delete(oldestKey);
      ajv.removeSchema(oldest.schema as object);
    }
    validate = ajv.compile(effectiveReplySchema(config));
    validators.set(key, validate);
  }
  return validate;
}

function comparableFields(fields: ReplyFields): ReplyFields {
  const comparable = (value: string | null) => (value === null ? null : comparableValue(value));
  return { ...fields, resultStatus: comparable(fields.resultStatus), publicity: comparable(fields.publicity) };
}

/** `/contact/phone` → `contact.phone`; a missing property is named in the path. */
function dataPath(error: ErrorObject): string {
  const segments = error.instancePath.split('/').slice(1);
  if (error.keyword === 'required') segments.push(String(error.params.missingProperty));
  return segments.map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
}

function isMissing(error: ErrorObject): boolean {
  const data: unknown = error.data;
  return (
    error.keyword === 'required' ||
    data === null ||
    data === undefined ||
    data === '' ||
    (Array.isArray(data) && data.length === 0)
  );
}

function rank(error: ErrorObject): number {
  return isMissing(error) ? 2 : error.keyword === 'enum' ? 1 : 0;
}

function toDiagnostic(
  model: ReplyModel,
  fields: ReplyFields,
  config: ResolvedConfig,
  locale: Locale,
  path: string,
  error: ErrorObject,
): Diagnostic {
  const node = nodeAt(replySchema, path.replace(/\.\d+/g, ''));
  const names = { title: node ? titleOf(node, 'zh') : path, titleEn: node ? titleOf(node, 'en') : path };
  if (isMissing(error)) {
    return schemaDiagnostic(format(schemaMessages.missing, locale, names), rangeForMissing(model, path));
  }
  const range = rangeForValue(model, path) ?? rangeForMissing(model, path);
  if (error.keyword === 'enum') {
    const allowed = allowedValues(config, path, error);
    const args = { ...names, value: String(valueAt(fields, path)), allowed: allowed.join(listSeparator[locale]) };
    return schemaDiagnostic(format(schemaMessages.notAllowed, locale, args), range);
  }
  const problem = genericMessage(error, locale);
  return schemaDiagnostic(format(schemaMessages.invalid, locale, { ...names, problem }), range);
}

function allowedValues(config: ResolvedConfig, path: string, error: ErrorObject): string[] {
  if (path === 'resultStatus') return config.resultValues;
  if (path === 'publicity') return config.publicityValues;
  const values: unknown[] = error.params.allowedValues ?? [];
  return values.filter((value): value is string => typeof value === 'string');
}

function valueAt(fields: ReplyFields, path: string): unknown {
  let value: unknown = fields;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | null)?.[key];
  return value;
}

function schemaDiagnostic(message: string, range: Diagnostic['range']): Diagnostic {
  return { ruleId: SCHEMA_RULE_ID, severity: 'error', message, range };
}
