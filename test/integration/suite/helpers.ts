/** Shared by the extension's integration suites: fixtures, waiting on conditions, reading our diagnostics. */
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseConfigText } from '../../../src/core/config/load';
import { resolveConfig } from '../../../src/core/config/resolve';
import type { ResolvedConfig } from '../../../src/core/config/types';
import { localeFrom, type Locale } from '../../../src/core/i18n';

export const repoRoot = path.resolve(__dirname, '../../../..');

/** Polls every `intervalMs` until `probe` returns a value other than undefined (or a promise of one). */
export async function until<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 15_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is not open');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

export async function activeExtension(): Promise<vscode.Extension<{ activationMs: number }>> {
  const extension = vscode.extensions.all.find((candidate) => candidate.packageJSON?.name === 'proposal-reply');
  assert.ok(extension, 'the proposal-reply extension is not loaded');
  await extension.activate();
  return extension as vscode.Extension<{ activationMs: number }>;
}

export async function open(...parts: string[]): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  await activeExtension();
  const document = await vscode.workspace.openTextDocument(workspaceUri(...parts));
  const editor = await vscode.window.showTextDocument(document);
  // A test starts from the file as it is on disk, whatever an earlier test or a restored session left unsaved.
  if (document.isDirty) {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await until('the fixture to be reverted', () => (document.isDirty ? undefined : true));
  }
  return { document, editor };
}

/** The current TextDocument for a uri (a language change replaces the object). */
export function documentOf(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
}

export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== 'proposal-reply') return undefined;
  const code = diagnostic.code;
  const value = typeof code === 'object' && code !== null ? code.value : code;
  return value === undefined ? undefined : String(value);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => ruleOf(diagnostic) !== undefined);
}

/** Waits until our diagnostics for a document satisfy a condition, and returns them. */
export function diagnosticsWhen(uri: vscode.Uri, what: string, condition: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs?: number) {
  return until(what, () => {
    const diagnostics = ours(uri);
    return condition(diagnostics) ? diagnostics : undefined;
  }, timeoutMs);
}

/** The configuration a fixture folder's .proposal-reply.json gives, as the core reads it. */
export function fixtureConfig(...folder: string[]): ResolvedConfig {
  const file = path.join(workspaceUri(...folder, '.proposal-reply.json').fsPath);
  const { config, problems } = parseConfigText(readFileSync(file, 'utf8'), file, 'en');
  assert.deepEqual(problems, []);
  return resolveConfig(config);
}

/** The locale the extension uses with default settings. */
export function uiLocale(): Locale {
  return localeFrom(vscode.env.language);
}

/** Runs `undo` in the editor of a document until its text is back to `text`. */
export async function undoUntil(document: vscode.TextDocument, text: string): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('undo');
  await until('undo to restore the text', () => (document.getText() === text ? true : undefined), 5_000);
}

/**
 * Keeps the fixture files as they are in the repository: reverts every unsaved fixture document after each
 * test and writes back any file a test saved.
 */
export function keepFixturesClean(...files: string[][]): void {
  const saved = new Map<string, string>();
  before(async () => {
    // The web workbench saves edits after a delay by default, which would write test edits into the fixtures.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isClosed)) await revertAndClose(document);
    for (const parts of files) saved.set(workspaceUri(...parts).fsPath, readFileSync(workspaceUri(...parts).fsPath, 'utf8'));
  });
  afterEach(async () => {
    for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isClosed)) await revertAndClose(document);
  });
  after(() => {
    for (const [file, text] of saved) if (readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  });
}

export async function revertAndClose(document: vscode.TextDocument): Promise<void> {
  if (document.isClosed) return;
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}
