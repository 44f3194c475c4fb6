// The extension's `browser` entry in VS Code's web worker extension host: no Node APIs, real workbench.
import * as vscode from 'vscode';

const RULE_IDS = new Set([
  'schema', 'date-valid', 'date-format', 'heading-marker', 'heading-order', 'punctuation-width', 'bracket-balance',
  'role-kind', 'placeholder', 'empty-label', 'phone-format', 'postcode-format', 'publicity-form',
]);

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function ourExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.all.find((candidate) => candidate.packageJSON?.name === 'proposal-reply');
  check(extension, 'the proposal-reply extension is not loaded');
  return extension;
}

async function openFixture(name: string): Promise<vscode.TextDocument> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  check(folder, 'the fixture workspace is not open');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, name));
  await vscode.window.showTextDocument(document);
  return document;
}

function ruleId(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  const value = typeof code === 'object' && code !== null ? code.value : code;
  return value === undefined ? undefined : String(value);
}

describe('web worker extension host', () => {
  it('runs in a browser worker, not in Node', () => {
    check(typeof (globalThis as { importScripts?: unknown }).importScripts === 'function', 'not running in a web worker');
    check(vscode.env.uiKind === vscode.UIKind.Web, `uiKind is ${vscode.env.uiKind}, expected Web`);
    check(ourExtension().extensionKind === vscode.ExtensionKind.UI, 'the extension does not run on the UI side');
  });

  it('activates the browser entry when a reply file is opened', async () => {
    const document = await openFixture('clean.reply.txt');
    check(document.languageId === 'proposal-reply', `language is ${document.languageId}`);
    const extension = ourExtension();
    await until('activation', () => (extension.isActive ? true : undefined));
  });

  it('reports the defects of a reply as diagnostics', async () => {
    const document = await openFixture('defects.reply.txt');
    const diagnostics = await until('diagnostics', () => {
      const found = vscode.languages.getDiagnostics(document.uri);
      return found.length > 0 ? found : undefined;
    });
    const ids = diagnostics.map(ruleId);
    check(ids.every((id) => id !== undefined && RULE_IDS.has(id)), `unexpected rule ids: ${ids.join(', ')}`);
    check(ids.includes('placeholder'), `no placeholder diagnostic among ${ids.join(', ')}`);
  });
});
