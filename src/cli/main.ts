import { parseArgs, type ParseArgsConfig } from 'node:util';
import { format, type Locale } from '../core/i18n';
import { EXIT_OK, EXIT_TROUBLE, UsageError, type Command, type CommandContext, type OptionSpec } from './command';
import { commands } from './commands/index';
import { commandHelp, commonOptions, programHelp } from './help';
import { processIO, type CliIO } from './io';
import { environmentLocale, localeArgument, LOCALES } from './locale';
import { cliMessages } from './messages';
import { packageInfo } from './package-info';

/** Runs `proposal-reply` with the given arguments; resolves to the exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const requested = localeArgument(argv);
  const locale: Locale = requested === 'en' || requested === 'zh' ? requested : environmentLocale(io.env);
  try {
    if (requested !== undefined && !LOCALES.includes(requested as Locale)) {
      throw new UsageError(badChoice('locale', requested, LOCALES, locale));
    }
    return await dispatch(argv, locale, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const hint = format(cliMessages.helpHint, locale, { command: error.command ? `${error.command} ` : '' });
    io.stderr(`proposal-reply: ${error.message}\n${hint}\n`);
    return EXIT_TROUBLE;
  }
}

async function dispatch(argv: string[], locale: Locale, io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(programHelp(commands, locale));
    return EXIT_TROUBLE;
  }
  if (name === '--help' || name === '-h') {
    io.stdout(programHelp(commands, locale));
    return EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${packageInfo().version}\n`);
    return EXIT_OK;
  }
  // `--locale` may also stand before the command; it was read already.
  if (name === '--locale') return dispatch(rest.slice(1), locale, io);
  if (name.startsWith('--locale=')) return dispatch(rest, locale, io);
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    if (name.startsWith('-')) throw new UsageError(format(cliMessages.unknownOption, locale, { option: name }));
    throw new UsageError(format(cliMessages.unknownCommand, locale, { name }));
  }
  const options: Record<string, OptionSpec> = { ...command.options, ...commonOptions };
  const { values, positionals } = parseCommandLine(command, options, rest, locale);
  if (values.help) {
    io.stdout(commandHelp(command, locale));
    return EXIT_OK;
  }
  for (const [option, spec] of Object.entries(options)) {
    const value = values[option];
    if (spec.choices && typeof value === 'string' && !spec.choices.includes(value)) {
      throw new UsageError(badChoice(option, value, spec.choices, locale), command.name);
    }
  }
  return command.run({ values, positionals, locale, io });
}

function parseCommandLine(command: Command, options: Record<string, OptionSpec>, args: string[], locale: Locale) {
  const config: ParseArgsConfig['options'] = {};
  for (const [option, spec] of Object.entries(options)) {
    config[option] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  }
  try {
    const { values, positionals } = parseArgs({ args, options: config, allowPositionals: true, strict: true });
    return { values: values as CommandContext['values'], positionals };
  } catch (error) {
    throw new UsageError(argumentProblem(error, locale), command.name);
  }
}

/** node:util's parseArgs speaks English only; its errors are reworded in the locale. */
function argumentProblem(error: unknown, locale: Locale): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]*)/.exec(message ?? '')?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return format(cliMessages.unknownOption, locale, { option });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return format(/does not take/.test(message ?? '') ? cliMessages.unexpectedValue : cliMessages.missingValue, locale, { option });
    default:
      return format(cliMessages.badArguments, locale, { detail: message ?? String(error) });
  }
}

function badChoice(option: string, value: string, choices: readonly string[], locale: Locale): string {
  return format(cliMessages.badChoice, locale, { option, value, choices: choices.join(locale === 'zh' ? '、' : ', ') });
}
