import type { ErrorObject, ValidateFunction } from 'ajv';
import { format, type Locale } from '../i18n';
import { createAjv, genericMessage } from '../schema/ajv';
import { configSchema, type SchemaNode } from '../schema/schemas';
import { alternatives, configMessages, listSeparator, typeNames } from './messages';
import type { ReplyConfig } from './types';

export const CONFIG_FILE_NAME = '.proposal-reply.json';

/** A problem in a configuration file; `path` is a JSON pointer inside the file ('' for the whole file). */
export interface ConfigProblem {
  source: string;
  path: string;
  message: string;
}

let configValidator: ValidateFunction | undefined;

/** Reads `.proposal-reply.json` text. Never throws: every problem is returned, in the locale. */
export function parseConfigText(
  text: string,
  source: string,
  locale: Locale,
): { config?: ReplyConfig; problems: ConfigProblem[] } {
  const problem = (path: string, message: string) => ({ problems: [{ source, path, message }] });
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return problem('', format(configMessages.empty, locale));
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return problem('', syntaxMessage(body, error instanceof Error ? error.message : String(error), locale));
  }
  configValidator ??= createAjv().compile(configSchema);
  if (configValidator(data)) return { config: data as ReplyConfig, problems: [] };
  return { problems: configProblems(configValidator.errors ?? [], source, locale) };
}

/** The nearest configuration file from `startDir` upwards; the file system is injected. */
export function findConfigFile(
  startDir: string,
  exists: (path: string) => boolean,
  join: (...parts: string[]) => string,
  dirname: (path: string) => string,
): string | undefined {
  for (let dir = startDir; ; ) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (exists(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function syntaxMessage(text: string, engineMessage: string, locale: Locale): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(engineMessage);
  const position = /position (\d+)/.exec(engineMessage);
  const at = lineColumn
    ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
    : lineAndColumn(text, position ? Number(position[1]) : text.length);
  const where = format(configMessages.syntaxAt, locale, at);
  const reason = engineMessage.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '');
  return format(configMessages.syntax, locale, { detail: locale === 'en' ? `${where}: ${reason}` : where });
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

function configProblems(errors: ErrorObject[], source: string, locale: Locale): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const seenPaths = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    const { path, message } = describeError(error, locale);
    // One problem per place: a value of the wrong type also fails the branches that check its contents.
    if (seenPaths.has(path)) continue;
    seenPaths.add(path);
    problems.push({ source, path, message });
  }
  return problems;
}

function describeError(error: ErrorObject, locale: Locale): { path: string; message: string } {
  const path = error.instancePath;
  const list = (values: string[]) => values.join(listSeparator[locale]);
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(error.params.additionalProperty);
      const known = Object.keys((error.parentSchema as SchemaNode | undefined)?.properties ?? {});
      const message = path === '/rules' ? configMessages.unknownRule : configMessages.unknownSetting;
      return { path: `${path}/${escapePointer(name)}`, message: format(message, locale, { name, known: list(known) }) };
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value));
      const value = JSON.stringify(error.data);
      return { path, message: format(configMessages.notAllowed, locale, { value, allowed: list(allowed) }) };
    }
    case 'type': {
      const expected = String(error.params.type)
        .split(',')
        .map((type) => typeNames[type]?.[locale] ?? type)
        .join(alternatives[locale]);
      const actual = typeNames[jsonType(error.data)][locale];
      return { path, message: format(configMessages.wrongType, locale, { expected, actual }) };
    }
    case 'required':
      return { path, message: format(configMessages.missing, locale, { name: String(error.params.missingProperty) }) };
    case 'minItems':
      return { path, message: format(configMessages.tooFew, locale, { limit: Number(error.params.limit) }) };
    case 'minLength':
      return { path, message: format(configMessages.emptyString, locale) };
    case 'uniqueItems': {
      const [i, j] = [Number(error.params.i), Number(error.params.j)].sort((a, b) => a - b);
      return { path, message: format(configMessages.duplicate, locale, { i: i + 1, j: j + 1 }) };
    }
    default:
      return { path, message: genericMessage(error, locale) };
  }
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
