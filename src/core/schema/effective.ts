import type { ResolvedConfig } from '../config/types';
import { replySchema, type SchemaNode } from './schemas';

/**
 * Values are compared without regard to spaces or to the width of a colon: a half-width
 * colon matches the full-width one. Punctuation width is the business of its own rule.
 */
export function comparableValue(value: string): string {
  return value.replace(/[\s\u00a0\u3000]+/g, '').replace(/:/g, '\uFF1A');
}

/** Keys by configuration object: a resolved configuration is not changed once made, and is linted with often. */
const keys = new WeakMap<ResolvedConfig, string>();

/** A key that is equal for configurations that yield the same effective schema. */
export function effectiveSchemaKey(config: ResolvedConfig): string {
  let key = keys.get(config);
  if (key === undefined) {
    key = JSON.stringify([config.resultValues, config.publicityValues, [...config.requiredFields].sort()]);
    keys.set(config, key);
  }
  return key;
}

/** The reply schema with the configuration's allowed values and additional required fields. */
export function effectiveReplySchema(config: ResolvedConfig): SchemaNode {
  const schema = structuredClone(replySchema);
  delete schema.$id;
  const properties = schema.properties ?? {};
  properties.resultStatus.enum = config.resultValues.map(comparableValue);
  properties.publicity.enum = config.publicityValues.map(comparableValue);
  for (const path of config.requiredFields) {
    const node = nodeForPath(schema, path);
    if (node) requireValue(node);
  }
  return schema;
}

function nodeForPath(schema: SchemaNode, path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const key of path.split('.')) node = node?.properties?.[key];
  return node;
}

/** Makes a field required: no null, no empty string, no empty list. */
function requireValue(node: SchemaNode): void {
  if (Array.isArray(node.type)) {
    const types = node.type.filter((type) => type !== 'null');
    node.type = types.length === 1 ? types[0] : types;
  }
  if (node.enum) node.enum = node.enum.filter((value) => value !== null);
  const types = Array.isArray(node.type) ? node.type : [node.type];
  if (types.includes('string')) node.minLength = Math.max(1, node.minLength ?? 0);
  if (types.includes('array')) node.minItems = Math.max(1, node.minItems ?? 0);
}
