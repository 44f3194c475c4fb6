/**
 * Finds and reads the `.proposal-reply.json` that applies to a document, caches it, and tells listeners when
 * a configuration file (or the settings pointing at one) changes. In an untrusted workspace only files inside
 * the workspace are read.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, findConfigFile, parseConfigText, type ConfigProblem } from '../core/config/load';
import { resolveConfig } from '../core/config/resolve';
import type { ResolvedConfig } from '../core/config/types';
import { SETTINGS_SECTION } from './constants';
import type { Log } from './log';
import { currentLocale, readSettings } from './settings';
import { baseName, exists, folderOf, isInside, isInsideWorkspace, joinPaths, parentPath, readText } from './uris';

export interface ConfigState {
  config: ResolvedConfig;
  /** The file the configuration came from, when one applies. */
  source?: vscode.Uri;
  problems: ConfigProblem[];
  text?: string;
}

interface ParsedFile {
  config: ResolvedConfig;
  problems: ConfigProblem[];
  /** The file's text as read, for placing its problems. */
  text: string;
}

export class ConfigService implements vscode.Disposable {
  private readonly parsed = new Map<string, Promise<ParsedFile>>();
  private readonly found = new Map<string, Promise<vscode.Uri | undefined>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires when any configuration may have changed; open replies should be checked again. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Log) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(() => this.invalidate()),
      watcher.onDidDelete(() => this.invalidate()),
      watcher.onDidChange((uri) => this.invalidate(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.parsed.has(event.document.uri.toString())) this.invalidate(event.document.uri);
      }),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (baseName(doc.uri) === CONFIG_FILE_NAME) this.invalidate();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) this.invalidate();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidate()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate()),
    );
  }

  /** Forgets cached files (one, or all) and tells listeners. */
  invalidate(uri?: vscode.Uri): void {
    if (uri) this.parsed.delete(uri.toString());
    else {
      this.parsed.clear();
      this.found.clear();
    }
    this.changed.fire();
  }

  async configFor(document: vscode.Uri): Promise<ConfigState> {
    const source = await this.fileFor(document);
    if (!source) return { config: resolveConfig(), problems: [] };
    const parsed = await this.parse(source);
    return { ...parsed, source };
  }

  /** The configuration file that applies to a document: the `configFile` setting, else the nearest one. */
  async fileFor(document: vscode.Uri): Promise<vscode.Uri | undefined> {
    const explicit = this.explicitFile(document);
    if (explicit) return explicit;
    const folder = folderOf(document);
    if (!folder) return undefined;
    const key = folder.toString();
    let pending = this.found.get(key);
    if (!pending) {
      pending = this.nearest(folder);
      this.found.set(key, pending);
    }
    return pending;
  }

  private explicitFile(document: vscode.Uri): vscode.Uri | undefined {
    const setting = readSettings(document).configFile;
    if (!setting) return undefined;
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(document) ?? vscode.workspace.workspaceFolders?.[0];
    const isAbsolute = /^([a-zA-Z]:)?[\\/]/.test(setting);
    const base = workspaceFolder?.uri ?? folderOf(document);
    if (!base) return undefined;
    const path = setting.replace(/\\/g, '/');
    const uri = isAbsolute ? base.with({ path: path.startsWith('/') ? path : `/${path}` }) : vscode.Uri.joinPath(base, path);
    if (!vscode.workspace.isTrusted && !isInsideWorkspace(uri)) {
      this.log.info(`Untrusted workspace: not loading the configuration file outside the workspace: ${uri.toString(true)}`);
      return undefined;
    }
    return uri;
  }

  /** Walks up from a folder; in an untrusted workspace the walk stops at the workspace folder. */
  private async nearest(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
    const limit = vscode.workspace.isTrusted ? undefined : vscode.workspace.getWorkspaceFolder(folder)?.uri;
    if (!vscode.workspace.isTrusted && !limit) return undefined;
    const candidates: string[] = [];
    for (let dir = folder.path; ; dir = parentPath(dir)) {
      const candidate = folder.with({ path: joinPaths(dir, CONFIG_FILE_NAME) });
      if (limit && !isInside(candidate, limit)) break;
      candidates.push(candidate.path);
      if (parentPath(dir) === dir) break;
    }
    const present = await Promise.all(candidates.map((path) => exists(folder.with({ path }))));
    const existing = new Set(candidates.filter((_, index) => present[index]));
    const path = findConfigFile(folder.path, (candidate) => existing.has(candidate), joinPaths, parentPath);
    return path === undefined ? undefined : folder.with({ path });
  }

  private parse(uri: vscode.Uri): Promise<ParsedFile> {
    const key = uri.toString();
    let pending = this.parsed.get(key);
    if (!pending) {
      pending = this.read(uri);
      this.parsed.set(key, pending);
    }
    return pending;
  }

  private async read(uri: vscode.Uri): Promise<ParsedFile> {
    let text: string;
    try {
      text = await readText(uri);
    } catch (error) {
      this.log.error(`Reading ${uri.toString(true)}`, error);
      const message = vscode.l10n.t('The configuration file cannot be read: {0}', error instanceof Error ? error.message : String(error));
      return { config: resolveConfig(), problems: [{ source: uri.toString(true), path: '', message }], text: '' };
    }
    const { config, problems } = parseConfigText(text, uri.toString(true), currentLocale());
    return { config: resolveConfig(config), problems, text };
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
