import type { ResolvedConfig } from '../config/types';
import type { Locale } from '../i18n';
import { nodeAt, replySchema, type SchemaNode } from './schemas';

export interface FieldInfo {
  title: string;
  description: string;
}

/** Title and description of a reply field (`signer`, `contact.phone`), from schemas/reply.schema.json. */
export function fieldInfo(path: string, locale: Locale): FieldInfo | undefined {
  const node = nodeAt(replySchema, path);
  if (!node?.title) return undefined;
  return { title: titleOf(node, locale), description: descriptionOf(node, locale) };
}

export function titleOf(node: SchemaNode, locale: Locale): string {
  return (locale === 'en' ? node['x-title-en'] : undefined) ?? node.title ?? '';
}

export function descriptionOf(node: SchemaNode, locale: Locale): string {
  return (locale === 'en' ? node['x-description-en'] : undefined) ?? node.description ?? '';
}

/** The schema's own allowed values of a field (its `enum`, nulls left out). */
export function schemaEnum(path: string): string[] {
  const values = nodeAt(replySchema, path)?.enum ?? [];
  return values.filter((value): value is string => typeof value === 'string');
}

export function allowedResultValues(config: ResolvedConfig): string[] {
  return config.resultValues;
}

export function allowedPublicityValues(config: ResolvedConfig): string[] {
  return config.publicityValues;
}
