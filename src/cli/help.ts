import { format, type Locale } from '../core/i18n';
import type { Command, OptionSpec } from './command';
import { cliMessages } from './messages';
import { displayWidth, padEnd } from './width';

/** Options every command accepts. */
export const commonOptions: Record<string, OptionSpec> = {
  locale: { type: 'string', description: cliMessages.localeOption, choices: ['zh', 'en'] },
  help: { type: 'boolean', short: 'h', description: cliMessages.helpOption },
};

export function programHelp(commands: readonly Command[], locale: Locale): string {
  const commandRows = commands.map((command) => [command.name, command.summary[locale]] as const);
  const optionRows = [
    ...optionLines({ locale: commonOptions.locale }, locale),
    ['-h, --help', cliMessages.helpOption[locale]] as const,
    ['-v, --version', cliMessages.versionOption[locale]] as const,
  ];
  return [
    cliMessages.programSummary[locale],
    '',
    cliMessages.programUsage[locale],
    '',
    cliMessages.commandsHeading[locale],
    ...table(commandRows),
    '',
    cliMessages.optionsHeading[locale],
    ...table(optionRows),
    '',
    cliMessages.commandHelpHint[locale],
    '',
  ].join('\n');
}

export function commandHelp(command: Command, locale: Locale): string {
  const lines = [
    format(cliMessages.commandUsage, locale, { usage: command.usage[locale] }),
    '',
    command.summary[locale],
    '',
    cliMessages.optionsHeading[locale],
    ...table(optionLines({ ...command.options, ...commonOptions }, locale)),
  ];
  if (command.details) lines.push('', command.details[locale]);
  return `${lines.join('\n')}\n`;
}

function optionLines(options: Record<string, OptionSpec>, locale: Locale): (readonly [string, string])[] {
  return Object.entries(options).map(([name, spec]) => {
    let flags = spec.short ? `-${spec.short}, --${name}` : `--${name}`;
    if (spec.type === 'string') flags += ` <${spec.choices ? spec.choices.join('|') : spec.valueName?.[locale] ?? 'value'}>`;
    return [flags, spec.description[locale]] as const;
  });
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => displayWidth(left)));
  return rows.map(([left, right]) => `  ${padEnd(left, width)}  ${right}`);
}
