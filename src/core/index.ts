/** The public API of the core: everything the CLI and the extension use. */
export * from './model';
export * from './diagnostic';
export * from './i18n';
export { parse } from './parser/parse';
export { toFields } from './fields';
