/**
 * Renders a reply template. Each call gets its own Handlebars environment (no shared helpers or partials),
 * strict mode, no HTML escaping (the output is plain text) and no prototype access. Pure: no file access.
 */
import Handlebars from 'handlebars';
import type { Message } from '../i18n';
import { findUnknownNames, type UnknownName } from './check';
import type { TemplateData } from './data';

export type RenderResult =
  | { ok: true; text: string }
  | { ok: false; error: Message; line?: number; column?: number };

const MESSAGES = {
  variable: {
    zh: '模板使用了未知变量“{name}”（第{line}行第{column}列）。可用变量：{known}。',
    en: 'The template uses an unknown variable "{name}" (line {line}, column {column}). Known variables: {known}.',
  },
  helper: {
    zh: '模板使用了未知的辅助函数“{name}”（第{line}行第{column}列）。只能使用 if、unless、each、with、lookup。',
    en: 'The template uses an unknown helper "{name}" (line {line}, column {column}). Only if, unless, each, with and lookup are available.',
  },
  partial: {
    zh: '模板引用了子模板“{name}”（第{line}行第{column}列），回复模板不支持子模板。',
    en: 'The template includes the partial "{name}" (line {line}, column {column}); reply templates cannot use partials.',
  },
  syntax: {
    zh: '模板语法错误：{detail}',
    en: 'Template syntax error: {detail}',
  },
} satisfies Record<string, Message>;

function fill(message: Message, args: Record<string, string | number>): Message {
  const apply = (text: string) => text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in args ? String(args[key]) : whole));
  return { zh: apply(message.zh), en: apply(message.en) };
}

/** Dotted names of every leaf variable, for the error message. */
export function variableNames(data: object, prefix = ''): string[] {
  return Object.entries(data).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? variableNames(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function unknownNameError(unknown: UnknownName, data: TemplateData): RenderResult {
  const args = { name: unknown.name, line: unknown.line, column: unknown.column, known: variableNames(data).join(', ') };
  return { ok: false, error: fill(MESSAGES[unknown.kind], args), line: unknown.line, column: unknown.column };
}

function syntaxError(error: unknown): RenderResult {
  const detail = error instanceof Error ? error.message : String(error);
  const where = error as { lineNumber?: number; column?: number };
  // The parser's own errors carry their line only in the message (`Parse error on line 3:`).
  const parseErrorLine = /^Parse error on line (\d+):/.exec(detail);
  const line = where.lineNumber ?? (parseErrorLine ? Number(parseErrorLine[1]) : undefined);
  return { ok: false, error: fill(MESSAGES.syntax, { detail }), line, column: where.column };
}

export function renderTemplate(source: string, data: TemplateData): RenderResult {
  const handlebars = Handlebars.create();
  handlebars.unregisterHelper('log');
  let program: ReturnType<typeof handlebars.parse>;
  try {
    program = handlebars.parse(source);
  } catch (error) {
    return syntaxError(error);
  }
  const unknown = findUnknownNames(program as never, data);
  if (unknown.length > 0) return unknownNameError(unknown[0], data);
  try {
    const template = handlebars.compile(program, { strict: true, noEscape: true });
    const text = template(data, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    return { ok: true, text };
  } catch (error) {
    return syntaxError(error);
  }
}
