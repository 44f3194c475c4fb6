import { existsSync, promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import { findConfigFile, parseConfigText, type ConfigProblem } from '../core/config/load';
import { resolveConfig } from '../core/config/resolve';
import type { ResolvedConfig } from '../core/config/types';
import { format, type Locale } from '../core/i18n';
import { errorCode } from './files';
import { cliMessages } from './messages';

export type ConfigResult = { config: ResolvedConfig; source?: string } | { source: string; problems: ConfigProblem[] };

/**
 * Finds and loads the configuration of each file: `--config` when given, else the nearest
 * .proposal-reply.json. Each folder is searched and each configuration file read once.
 */
export class ConfigLoader {
  private readonly sourceByFolder = new Map<string, string | undefined>();
  private readonly resultBySource = new Map<string, Promise<ConfigResult>>();
  private readonly defaults: ConfigResult = { config: resolveConfig() };

  constructor(
    private readonly locale: Locale,
    private readonly explicit?: string,
  ) {}

  forFile(file: string): Promise<ConfigResult> {
    const source = this.explicit ?? this.nearest(path.dirname(file));
    if (!source) return Promise.resolve(this.defaults);
    let result = this.resultBySource.get(source);
    if (!result) {
      result = this.load(source);
      this.resultBySource.set(source, result);
    }
    return result;
  }

  private nearest(folder: string): string | undefined {
    if (!this.sourceByFolder.has(folder)) {
      const isFile = (candidate: string) => existsSync(candidate) && statSync(candidate).isFile();
      this.sourceByFolder.set(folder, findConfigFile(folder, isFile, path.join, path.dirname));
    }
    return this.sourceByFolder.get(folder);
  }

  private async load(source: string): Promise<ConfigResult> {
    let text: string;
    try {
      text = await fs.readFile(source, 'utf8');
    } catch (error) {
      const message = format(cliMessages.configUnreadable, this.locale, { code: errorCode(error) });
      return { source, problems: [{ source, path: '', message }] };
    }
    const { config, problems } = parseConfigText(text, source, this.locale);
    return config ? { config: resolveConfig(config), source } : { source, problems };
  }
}

/** `file: /json/pointer: problem`, one line. */
export function formatConfigProblem(problem: ConfigProblem, shownSource: string): string {
  return [shownSource, problem.path, problem.message].filter((part) => part !== '').join(': ');
}
