import { localeFrom, type Locale } from '../core/i18n';

export const LOCALES: readonly Locale[] = ['zh', 'en'];

/** The locale of the environment: English when LC_ALL, LC_MESSAGES or LANG starts with `en`, else Chinese. */
export function environmentLocale(env: Record<string, string | undefined>): Locale {
  return localeFrom(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** `--locale X` or `--locale=X` anywhere in the arguments, read early so that usage errors speak it too. */
export function localeArgument(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return undefined;
    if (argv[i] === '--locale') return argv[i + 1];
    if (argv[i].startsWith('--locale=')) return argv[i].slice('--locale='.length);
  }
  return undefined;
}
