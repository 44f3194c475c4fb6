import type { Command } from '../command';
import { fieldsCommand } from './fields';
import { lintCommand } from './lint';
import { registerCommand } from './register';

/** Every subcommand, in the order the help lists them: one line each. */
export const commands: Command[] = [
  lintCommand,
  fieldsCommand,
  registerCommand,
];
