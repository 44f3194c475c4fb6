/** The public API of the core: everything the CLI and the extension use. */
export * from './model';
export * from './diagnostic';
export * from './i18n';
export { parse } from './parser/parse';
export { toFields } from './fields';
export { validateModel, SCHEMA_RULE_ID, schemaRuleInfo } from './schema/validate';
export { fieldInfo, allowedResultValues, allowedPublicityValues, type FieldInfo } from './schema/describe';
export { resolveConfig } from './config/resolve';
export { parseConfigText, findConfigFile, CONFIG_FILE_NAME, type ConfigProblem } from './config/load';
export type { ReplyConfig, ResolvedConfig, RuleSetting, OrganizationDefaults } from './config/types';
export * from './templates';
export { lint, type LintOptions } from './lint';
export { rules, ruleById } from './rules/index';
export type { Rule, RuleContext, RuleReport } from './rules/types';
export { applyFixes, type ApplyFixesResult } from './fix/applyFixes';
export { fixAll, MAX_FIX_PASSES, type FixAllResult } from './fix/fixAll';
export * from './register/index';
export * from './render';
