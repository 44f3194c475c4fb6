/** The public API of the core: everything the CLI and the extension use. */
export * from './model';
export * from './diagnostic';
export * from './i18n';
export { parse } from './parser/parse';
export { toFields } from './fields';
export { validateModel, SCHEMA_RULE_ID, schemaRuleDescription } from './schema/validate';
export { fieldInfo, allowedResultValues, allowedPublicityValues, type FieldInfo } from './schema/describe';
export { resolveConfig } from './config/resolve';
export { parseConfigText, findConfigFile, CONFIG_FILE_NAME, type ConfigProblem } from './config/load';
export type { ReplyConfig, ResolvedConfig, RuleSetting, OrganizationDefaults } from './config/types';
export * from './templates';
