import type { Command } from '../command';
import { fieldsCommand } from './fields';
import { lintCommand } from './lint';
import { registerCommand } from './register';
import { renderCommand } from './render';

/** Every subcommand, in the order the help lists them: one line each. */
export const commands: Command[] = [
  lintCommand,
  fieldsCommand,
  registerCommand,
  renderCommand,
];
