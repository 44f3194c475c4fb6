/**
 * Finds every variable and helper a template names that the data does not have. Strict mode alone misses
 * names used only as helper arguments (`{{#if x}}`) or inside a branch not taken, so the whole AST is walked.
 */

/** The parts of Handlebars' AST this check reads. */
interface Node {
  type: string;
  loc?: { start: { line: number; column: number } };
}
interface Path extends Node {
  type: 'PathExpression';
  original: string;
  data: boolean;
  depth: number;
  parts: string[];
}
interface Call extends Node {
  path: Node;
  params: Node[];
  hash?: { pairs: { value: Node }[] };
  program?: { body: Node[]; blockParams?: string[] } | null;
  inverse?: { body: Node[] } | null;
}

export interface UnknownName {
  kind: 'variable' | 'helper' | 'partial';
  name: string;
  line: number;
  column: number;
}

/** Handlebars' own helpers that a reply template may use; `log` is left out, as it writes to the host's console. */
const BUILTIN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup']);

/** A context in which paths are resolved; `undefined` when it cannot be known (inside `each`). */
type Scope = unknown;

export function findUnknownNames(program: { body: Node[] }, root: object): UnknownName[] {
  const found: UnknownName[] = [];
  const at = (node: Node) => ({ line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 });

  const resolve = (path: Path, scopes: Scope[]): { ok: boolean; value?: unknown } => {
    let value: unknown;
    if (path.data) {
      if (!path.original.startsWith('@root')) return { ok: true }; // @index, @key, @first…
      value = root;
    } else {
      if (path.depth >= scopes.length) return { ok: false };
      value = scopes[scopes.length - 1 - path.depth];
    }
    if (value === undefined) return { ok: true };
    const parts = path.data ? path.parts.slice(1) : path.parts;
    for (const part of parts) {
      if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, part)) {
        return { ok: false };
      }
      value = (value as Record<string, unknown>)[part];
    }
    return { ok: true, value };
  };

  const checkValue = (node: Node, scopes: Scope[]): unknown => {
    if (node.type === 'PathExpression') {
      const path = node as Path;
      const result = resolve(path, scopes);
      if (!result.ok) found.push({ kind: 'variable', name: path.original, ...at(node) });
      return result.value;
    }
    if (node.type === 'SubExpression') checkCall(node as Call, scopes);
    return undefined;
  };

  const checkCall = (call: Call, scopes: Scope[]): void => {
    const isHelperCall = call.params.length > 0 || (call.hash?.pairs.length ?? 0) > 0 || call.program != null;
    const head = call.path;
    let firstParam: unknown;
    if (isHelperCall && head.type === 'PathExpression') {
      const name = (head as Path).original;
      if (!BUILTIN_HELPERS.has(name)) found.push({ kind: 'helper', name, ...at(head) });
    } else {
      checkValue(head, scopes);
    }
    call.params.forEach((param, index) => {
      const value = checkValue(param, scopes);
      if (index === 0) firstParam = value;
    });
    call.hash?.pairs.forEach((pair) => checkValue(pair.value, scopes));

    if (!call.program) return;
    const helper = head.type === 'PathExpression' ? (head as Path).original : '';
    let inner: Scope = scopes[scopes.length - 1];
    if (helper === 'with') inner = firstParam;
    else if (helper === 'each' || (call.program.blockParams?.length ?? 0) > 0) inner = undefined;
    else if (!isHelperCall) inner = undefined; // a section over a value: {{#contact}}…{{/contact}}
    walk(call.program.body, helper === 'if' || helper === 'unless' ? scopes : [...scopes, inner]);
    if (call.inverse) walk(call.inverse.body, scopes);
  };

  const walk = (body: Node[], scopes: Scope[]): void => {
    for (const node of body) {
      switch (node.type) {
        case 'MustacheStatement':
        case 'BlockStatement':
          checkCall(node as Call, scopes);
          break;
        case 'PartialStatement':
        case 'PartialBlockStatement': {
          const name = (node as unknown as { name: Path }).name;
          found.push({ kind: 'partial', name: name.original ?? String(name), ...at(node) });
          break;
        }
        default:
          break;
      }
    }
  };

  walk(program.body, [root]);
  return found;
}
