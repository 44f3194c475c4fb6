import type { Locale, Message } from '../core/i18n';
import type { CliIO } from './io';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  description: Message;
  /** Shown as `<value>` in the help when the option takes no fixed choices. */
  valueName?: Message;
  choices?: readonly string[];
}

export interface CommandContext {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  locale: Locale;
  io: CliIO;
}

/** A subcommand; registered in commands/index.ts. */
export interface Command {
  name: string;
  /** One line for the program's help. */
  summary: Message;
  /** What follows `proposal-reply <name>` in the usage line. */
  usage: Message;
  /** Paragraphs after the option list (exit codes, formats). */
  details?: Message;
  options: Record<string, OptionSpec>;
  run(context: CommandContext): Promise<number>;
}

/** A mistake in how the program was called: reported in one line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
  }
}

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_TROUBLE = 2;
