/**
 * Live diagnostics: checks open replies on open, on save and (debounced) as the user types, and drops a
 * result when the document or the configuration changed while it was being computed.
 */
import * as vscode from 'vscode';
import type { Diagnostic } from '../core/diagnostic';
import { lint } from '../core/lint';
import { configDiagnostics } from './configProblems';
import type { ConfigService, ConfigState } from './configService';
import { LANGUAGE_ID, SOURCE } from './constants';
import type { Log } from './log';
import type { RuleDocs } from './ruleDocs';
import { currentLocale, readSettings } from './settings';
import { toVscodeDiagnostic } from './toDiagnostic';

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  if (tab.input instanceof vscode.TabInputText) return tab.input.uri;
  if (tab.input instanceof vscode.TabInputTextDiff) return tab.input.modified;
  return undefined;
}

function isInTab(uri: vscode.Uri): boolean {
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === uri.toString()));
}

export interface LintResult {
  version: number;
  config: ConfigState;
  diagnostics: Diagnostic[];
  /** The same diagnostics as shown, index for index. */
  shown: vscode.Diagnostic[];
}

export class DiagnosticsManager implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly configCollection = vscode.languages.createDiagnosticCollection(`${SOURCE}-config`);
  private readonly results = new Map<string, LintResult>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Bumped for every lint started on a document; a finished lint whose ticket is no longer current is dropped. */
  private readonly tickets = new Map<string, number>();
  private relintTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly configs: ConfigService,
    private readonly docs: RuleDocs,
    private readonly log: Log,
  ) {
    this.disposables = [
      this.collection,
      this.configCollection,
      vscode.workspace.onDidOpenTextDocument((doc) => void this.lintNow(doc)),
      vscode.workspace.onDidSaveTextDocument((doc) => void this.lintNow(doc)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.scheduleOnType(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      // VS Code may keep a closed file's document alive for a while: follow the tabs too.
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.closed) {
          const uri = tabUri(tab);
          if (uri && !isInTab(uri)) this.forget(uri);
        }
        for (const tab of event.opened) {
          const uri = tabUri(tab);
          const doc = uri && vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
          if (doc) void this.lintNow(doc);
        }
      }),
      configs.onDidChange(() => this.scheduleRelintAll()),
    ];
    for (const doc of vscode.workspace.textDocuments) void this.lintNow(doc);
  }

  /** The latest result for the document's current version, linting now if there is none. */
  async resultFor(doc: vscode.TextDocument): Promise<LintResult | undefined> {
    const known = this.results.get(doc.uri.toString());
    if (known && known.version === doc.version) return known;
    return this.lintNow(doc);
  }

  async lintNow(doc: vscode.TextDocument): Promise<LintResult | undefined> {
    if (doc.languageId !== LANGUAGE_ID) return undefined;
    const key = doc.uri.toString();
    this.cancelTimer(key);
    const ticket = (this.tickets.get(key) ?? 0) + 1;
    this.tickets.set(key, ticket);
    if (!readSettings(doc.uri).lintEnabled) {
      this.collection.delete(doc.uri);
      this.results.delete(key);
      return undefined;
    }
    const version = doc.version;
    try {
      const config = await this.configs.configFor(doc.uri);
      if (doc.isClosed || doc.version !== version || this.tickets.get(key) !== ticket) return undefined;
      const diagnostics = lint(doc.getText(), { config: config.config, locale: currentLocale() });
      const shown = diagnostics.map((diagnostic) => toVscodeDiagnostic(diagnostic, this.docs));
      const result: LintResult = { version, config, diagnostics, shown };
      this.results.set(key, result);
      this.collection.set(doc.uri, shown);
      if (config.source) this.configCollection.set(config.source, configDiagnostics(config.text ?? '', config.problems));
      return result;
    } catch (error) {
      this.log.error(`Checking ${doc.uri.toString(true)}`, error);
      return undefined;
    }
  }

  /** The core diagnostic behind a shown one, for the document's current text. */
  async coreDiagnosticOf(doc: vscode.TextDocument, shown: vscode.Diagnostic): Promise<Diagnostic | undefined> {
    const result = await this.resultFor(doc);
    if (!result) return undefined;
    const index = result.shown.indexOf(shown);
    if (index >= 0) return result.diagnostics[index];
    // A diagnostic handed back by VS Code may be a copy: match it by rule, range and message.
    return result.diagnostics.find(
      (candidate, i) =>
        result.shown[i].range.isEqual(shown.range) &&
        candidate.message === shown.message &&
        candidate.ruleId === (typeof shown.code === 'object' ? String(shown.code.value) : String(shown.code)),
    );
  }

  private scheduleOnType(doc: vscode.TextDocument): void {
    if (doc.languageId !== LANGUAGE_ID) return;
    const settings = readSettings(doc.uri);
    if (settings.run !== 'onType') return;
    const key = doc.uri.toString();
    this.cancelTimer(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.lintNow(doc);
      }, settings.debounce),
    );
  }

  private scheduleRelintAll(): void {
    if (this.relintTimer) clearTimeout(this.relintTimer);
    this.relintTimer = setTimeout(() => {
      this.relintTimer = undefined;
      this.configCollection.clear();
      for (const doc of vscode.workspace.textDocuments) void this.lintNow(doc);
    }, readSettings().debounce);
  }

  private cancelTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancelTimer(key);
    this.tickets.delete(key);
    this.results.delete(key);
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    if (this.relintTimer) clearTimeout(this.relintTimer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
