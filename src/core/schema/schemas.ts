import replySchemaJson from '../../../schemas/reply.schema.json';
import configSchemaJson from '../../../schemas/config.schema.json';

/**
 * The part of JSON Schema the project's schemas use. Titles and descriptions are
 * Chinese in `title`/`description` and English in `x-title-en`/`x-description-en`.
 */
export interface SchemaNode {
  $id?: string;
  $ref?: string;
  title?: string;
  description?: string;
  'x-title-en'?: string;
  'x-description-en'?: string;
  type?: string | string[];
  enum?: unknown[];
  required?: string[];
  minLength?: number;
  minItems?: number;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  [keyword: string]: unknown;
}

/** The English annotation keywords, registered with ajv so that strict mode accepts them. */
export const ENGLISH_KEYWORDS = ['x-title-en', 'x-description-en'];

export const replySchema: SchemaNode = replySchemaJson as SchemaNode;
export const configSchema: SchemaNode = configSchemaJson as SchemaNode;

/** The schema node of a dotted field path (`contact.phone`, `addressees.role`), or undefined. */
export function nodeAt(root: SchemaNode, path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const key of path.split('.')) {
    if (!node) return undefined;
    if (node.items && !node.properties) node = node.items;
    node = node.properties?.[key];
  }
  return node;
}
