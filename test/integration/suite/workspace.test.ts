import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import * as vscode from 'vscode';
import { lint } from '../../../src/core/lint';
import { countProblems } from '../../../src/core/register/row';
import type { ShownNode } from '../../../src/extension/workspace/replyTree';
import { activeExtension, fixtureConfig, ours, repoRoot, uiLocale, until, workspaceUri } from './helpers';

/** The register fixture is copied into the open workspace, which is how a user's replies arrive too. */
const COPY = 'register-copy';
const fixture = path.join(repoRoot, 'test', 'fixtures', 'workspace-register');
const sources: Record<string, string> = JSON.parse(readFileSync(path.join(fixture, 'sources.json'), 'utf8'));
const expected: Record<string, Record<string, any>> = JSON.parse(readFileSync(path.join(repoRoot, 'test', 'fixtures', 'corpus', 'expected.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const firstLine = new RegExp(manifest.contributes.languages.find((l: { id: string }) => l.id === 'proposal-reply').firstLine);

interface ShownReply extends ShownNode {
  kindKey: string;
  resultKey: string;
}

async function treeItems(): Promise<ShownReply[]> {
  const groups = (await vscode.commands.executeCommand<ShownNode[]>('proposalReply.replies.items')) ?? [];
  return groups.flatMap((kind) =>
    (kind.children ?? []).flatMap((result) => (result.children ?? []).map((reply) => ({ ...reply, kindKey: kind.key!, resultKey: result.key! }))),
  );
}

/** Polls the tree until a condition on its replies holds. */
function treeWhen(what: string, condition: (items: ShownReply[]) => boolean): Promise<ShownReply[]> {
  return until(what, async () => {
    const items = await treeItems();
    return condition(items) ? items : undefined;
  }, 30_000);
}

function expectedResultKey(status: string | null): string {
  const letter = /^[((]?([ABC])类?[))]?$/.exec(status ?? '')?.[1];
  if (letter) return letter;
  if (status === '解决或采纳') return 'A';
  return status ? 'other' : 'none';
}

/** Reply files on disk under the workspace, found independently of the extension: by name or by first line. */
function repliesOnDisk(folder: string, relative = ''): string[] {
  return readdirSync(path.join(folder, relative), { withFileTypes: true }).flatMap((entry) => {
    const file = path.posix.join(relative, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : repliesOnDisk(folder, file);
    if (/\.reply(\.txt)?$/i.test(entry.name)) return [file];
    if (!/\.txt$/i.test(entry.name)) return [];
    return firstLine.test(readFileSync(path.join(folder, file), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/)[0]) ? [file] : [];
  });
}

describe('replies of the workspace: tree, check all, register', function () {
  this.timeout(60_000);
  const copied = (file: string) => `${COPY}/${file}`;

  before(async () => {
    await activeExtension();
    await vscode.workspace.fs.delete(workspaceUri(COPY), { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.copy(vscode.Uri.file(fixture), workspaceUri(COPY));
  });

  after(async () => {
    await vscode.workspace.fs.delete(workspaceUri(COPY), { recursive: true }).then(undefined, () => undefined);
  });

  it('shows every reply by kind and result class, with its title, addressees, date and problem counts', async () => {
    const items = await treeWhen('the copied replies in the tree', (all) => Object.keys(sources).every((file) => all.some((item) => item.file === copied(file))));
    const config = fixtureConfig();
    for (const [file, source] of Object.entries(sources)) {
      const item = items.find((candidate) => candidate.file === copied(file))!;
      const want = expected[source];
      const counts = countProblems(lint(readFileSync(path.join(fixture, file), 'utf8').replace(/^\ufeff/, ''), { config, locale: uiLocale() }));
      assert.equal(item.kindKey, want.kind ?? 'none', `${file}: kind`);
      assert.equal(item.resultKey, expectedResultKey(want.resultStatus), `${file}: result class`);
      assert.equal(item.label, want.title ?? path.basename(file), `${file}: title`);
      assert.deepEqual([item.errors, item.warnings], [counts.errors, counts.warnings], `${file}: problem counts`);
      assert.equal(item.icon, counts.errors === 0 ? 'pass-filled' : 'error', `${file}: ready-to-submit icon`);
      const names = want.addressees.map((a: { name: string }) => a.name).join('、');
      assert.ok(item.description.startsWith(want.addresseesEtAl ? `${names}等` : names), `${file}: addressees in "${item.description}"`);
      if (want.date && want.date !== 'SKIP') assert.ok(item.description.includes(want.date), `${file}: date in "${item.description}"`);
      assert.ok(item.description.includes(String(counts.errors)) && item.description.includes(String(counts.warnings)), `${file}: counts in "${item.description}"`);
    }
    const root = workspaceUri().fsPath;
    assert.deepEqual(items.map((item) => item.file).sort(), repliesOnDisk(root).sort(), 'exactly the workspace’s replies, nothing else');
    assert.ok(!items.some((item) => item.file!.endsWith('readme.txt')));
  });

  it('orders kinds, then classes, and each group by number', async () => {
    const groups = (await vscode.commands.executeCommand<ShownNode[]>('proposalReply.replies.items'))!;
    const kinds = groups.map((group) => group.key);
    assert.deepEqual(kinds, ['提案', '建议', 'none'].filter((kind) => kinds.includes(kind)));
    for (const group of groups) {
      const classes = group.children!.map((child) => child.key!);
      assert.deepEqual(classes, ['A', 'B', 'C', 'other', 'none'].filter((key) => classes.includes(key)));
      assert.equal(group.description, String(group.children!.reduce((n, child) => n + child.children!.length, 0)));
    }
    const unclassedProposals = groups.find((group) => group.key === '提案')!.children!.find((child) => child.key === 'none')!;
    const copiedLabels = unclassedProposals.children!.filter((item) => item.file!.startsWith(COPY)).map((item) => item.label);
    assert.deepEqual(copiedLabels.slice(0, 3), [expected['real-034.txt'].title, expected['real-013.txt'].title, expected['real-023.txt'].title]);
  });

  it('follows files as they are created, changed and deleted', async () => {
    const uri = workspaceUri(COPY, 'new.reply.txt');
    const text = readFileSync(path.join(fixture, 'proposals', 'changning-2024-aigc.reply.txt'), 'utf8');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text.replace('与元宇宙领域', '与数字孪生领域')));
    await treeWhen('the created reply', (items) => items.some((item) => item.file === copied('new.reply.txt') && item.label.includes('数字孪生')));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text.replace('与元宇宙领域', '与低空经济领域')));
    await treeWhen('the changed reply', (items) => items.some((item) => item.file === copied('new.reply.txt') && item.label.includes('低空经济')));
    await vscode.workspace.fs.delete(uri);
    await treeWhen('the deleted reply gone', (items) => !items.some((item) => item.file === copied('new.reply.txt')));

    const suggestions = Object.keys(sources).filter((file) => file.startsWith('suggestions/')).map(copied);
    await vscode.workspace.fs.delete(workspaceUri(COPY, 'suggestions'), { recursive: true });
    await treeWhen('the replies of a deleted folder gone', (items) => !items.some((item) => suggestions.includes(item.file!)));
    await vscode.workspace.fs.copy(vscode.Uri.file(path.join(fixture, 'suggestions')), workspaceUri(COPY, 'suggestions'));
    await treeWhen('the replies of a folder copied in', (items) => suggestions.every((file) => items.some((item) => item.file === file)));
  });

  it('"Check all replies" puts the problems of closed replies in the Problems panel', async () => {
    const file = 'proposals/real-005.reply.txt';
    const uri = workspaceUri(COPY, ...file.split('/'));
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()), 'the reply is closed');
    const summary = await vscode.commands.executeCommand<{ replies: number; errors: number; cancelled: boolean }>('proposalReply.checkAll');
    assert.ok(summary && !summary.cancelled);
    assert.equal(summary.replies, (await treeItems()).length);
    const counts = countProblems(lint(readFileSync(path.join(fixture, file), 'utf8'), { config: fixtureConfig(), locale: uiLocale() }));
    const shown = await until('the closed reply’s problems', () => (ours(uri).length ? ours(uri) : undefined));
    assert.equal(shown.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length, counts.errors);
    assert.equal(shown.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length, counts.warnings);
  });

  it('"Export register" writes an .xlsx with a frozen header row, and never replaces a file', async () => {
    const target = workspaceUri(COPY, 'register.xlsx');
    const result = await vscode.commands.executeCommand<{ rows: number }>('proposalReply.exportRegister', target);
    assert.ok(result);
    assert.equal(result.rows, (await treeItems()).length);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await vscode.workspace.fs.readFile(target)) as any);
    const sheet = workbook.worksheets[0];
    assert.equal(sheet.getCell('A1').value, uiLocale() === 'en' ? 'File' : '文件');
    assert.equal((sheet.views[0] as { ySplit?: number }).ySplit, 1);
    assert.equal(sheet.rowCount, result.rows + 1);
    const files = sheet.getColumn(1).values.slice(2).map(String);
    assert.ok(files.includes(copied('proposals/real-005.reply.txt')), 'files are named relative to the workspace');

    const before = await vscode.workspace.fs.readFile(target);
    assert.equal(await vscode.commands.executeCommand('proposalReply.exportRegister', target), undefined);
    assert.deepEqual(await vscode.workspace.fs.readFile(target), before);
  });
});
