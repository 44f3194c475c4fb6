/** Building the register (办理台账) of replies. The .xlsx writer is in ./xlsx, imported only where Node runs. */
export * from './resultClass';
export * from './row';
export * from './sort';
export * from './columns';
export * from './csv';
export * from './json';
