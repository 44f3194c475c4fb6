import * as vscode from 'vscode';
import { localeFrom, type Locale } from '../core/i18n';
import { SETTINGS_SECTION } from './constants';

export interface Settings {
  lintEnabled: boolean;
  run: 'onType' | 'onSave';
  debounce: number;
  configFile: string;
  detectPlainText: boolean;
}

export function readSettings(scope?: vscode.Uri): Settings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  return {
    lintEnabled: config.get<boolean>('lint.enable', true),
    run: config.get<string>('lint.run', 'onType') === 'onSave' ? 'onSave' : 'onType',
    debounce: Math.max(0, config.get<number>('lint.debounce', 300)),
    configFile: config.get<string>('configFile', '').trim(),
    detectPlainText: config.get<boolean>('detectPlainText', true),
  };
}

/** The language of core messages: the `proposalReply.locale` setting, else VS Code's display language. */
export function currentLocale(): Locale {
  const setting = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<string>('locale', 'auto');
  return setting === 'zh' || setting === 'en' ? setting : localeFrom(vscode.env.language);
}
