import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../core/diagnostic';
import { layoutRules } from '../../core/docx/layout/index';
import { rules } from '../../core/rules/index';
import { schemaRuleInfo } from '../../core/schema/validate';
import type { Formatter } from './types';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0: one run, the rules from the registry (schema first), results with 1-based regions. */
export const formatSarif: Formatter = (results, { cwd, locale, version, docsBase }) => {
  const descriptors = [schemaRuleInfo, ...rules, ...layoutRules.map((rule) => ({ ...rule, fixable: false }))].map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description[locale] },
    fullDescription: { text: rule.docs[locale] },
    helpUri: new URL(`${rule.id}.md`, docsBase).href,
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
    properties: { fixable: rule.fixable },
  }));
  const indexById = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]));
  const artifactUri = (filePath: string) => {
    const relative = path.relative(cwd, filePath);
    return relative.startsWith('..') || path.isAbsolute(relative)
      ? { uri: pathToFileURL(filePath).href }
      : { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  };
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'proposal-reply', version, rules: descriptors } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        artifacts: results.map(({ filePath }) => ({ location: artifactUri(filePath) })),
        results: results.flatMap(({ filePath, diagnostics }, artifactIndex) =>
          diagnostics.map((d) => ({
            ruleId: d.ruleId,
            ...(indexById.has(d.ruleId) ? { ruleIndex: indexById.get(d.ruleId) } : {}),
            level: LEVELS[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { ...artifactUri(filePath), index: artifactIndex },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
};
