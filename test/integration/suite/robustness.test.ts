/**
 * A 5 MB reply in the real editor: opened, then edited many times in quick succession. Nothing may
 * throw unhandled in the extension host, and once the edits settle the diagnostics shown must be those
 * the core gives for the final text.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { resolveConfig } from '../../../src/core/config/resolve';
import { fixAll } from '../../../src/core/fix/fixAll';
import { lint } from '../../../src/core/lint';
import { activeExtension, ours, repoRoot, revertAndClose, ruleOf, uiLocale, until } from './helpers';

const SIZE = 5 * 1024 * 1024;
const EDITS = 200;

const HEADING = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;

/**
 * A reply of about SIZE bytes: the sample, its punctuation fixed, with its body paragraphs repeated (headings
 * left out, so that their numbering stays right) and one known defect, a leading zero in the date. Few
 * problems, so that what the test measures is the size of the text and not tens of thousands of markers.
 */
function bigReply(): string {
  const raw = readFileSync(path.join(repoRoot, 'samples', 'changning-2024-aigc.reply.txt'), 'utf8');
  const sample = fixAll(raw, { config: resolveConfig() }).output;
  const lines = sample.split('\n');
  const opening = lines.findIndex((line) => line.includes('收悉'));
  const thanks = lines.findIndex((line, i) => i > opening && line.startsWith('最后'));
  const head = lines.slice(0, opening + 1).join('\n');
  const paragraphs = lines.slice(opening + 1, thanks).filter((line) => line.trim() !== '' && !HEADING.test(line.trim()));
  const tail = lines.slice(thanks).join('\n').replace('2024年4月30日', '2024年04月30日');
  const parts = [head];
  let size = Buffer.byteLength(head + tail);
  for (let i = 0; size < SIZE; i++) {
    const paragraph = paragraphs[i % paragraphs.length];
    parts.push('', paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  parts.push('', tail);
  return parts.join('\n');
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Waits for a condition on a 5 MB document, looking twice a second so that the looking does not load the host. */
const settled = <T>(what: string, probe: () => T | undefined) => until(what, probe, 300_000, 500);

const key = (ruleId: string | undefined, range: { start: { line: number; character: number }; end: { line: number; character: number } }, message: string) =>
  `${ruleId} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${message}`;

describe('robustness: a 5 MB reply edited rapidly', function () {
  this.timeout(600_000);
  const unhandled: unknown[] = [];
  const onUnhandled = (error: unknown) => unhandled.push(error);
  let folder: string;
  let uri: vscode.Uri;

  before(async () => {
    await activeExtension();
    // The configuration's `files.autoSave` may be on in the web workbench: keep the file as written.
    await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    folder = mkdtempSync(path.join(tmpdir(), 'proposal-reply-robustness-'));
    const file = path.join(folder, 'big.reply.txt');
    writeFileSync(file, bigReply());
    uri = vscode.Uri.file(file);
    process.on('unhandledRejection', onUnhandled);
    process.on('uncaughtException', onUnhandled);
  });

  after(async () => {
    process.off('unhandledRejection', onUnhandled);
    process.off('uncaughtException', onUnhandled);
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    if (document) await revertAndClose(document);
    rmSync(folder, { recursive: true, force: true });
  });

  it('checks it on open, follows hundreds of quick edits, and settles on the right diagnostics', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
    assert.equal(document.languageId, 'proposal-reply');
    assert.ok(Buffer.byteLength(document.getText()) >= SIZE, 'the document is 5 MB');
    await settled('the first check of the 5 MB reply', () => (ours(uri).some((d) => ruleOf(d) === 'date-format') ? true : undefined));

    const next = random(9704);
    const lineCount = document.lineCount;
    for (let i = 0; i < EDITS; i++) {
      const line = Math.floor(next() * lineCount);
      const text = document.lineAt(line).text;
      const character = Math.floor(next() * (text.length + 1));
      const position = new vscode.Position(line, character);
      const edit = new vscode.WorkspaceEdit();
      switch (i % 5) {
        case 0:
          edit.insert(uri, position, ','); // a half-width comma, in Chinese text mostly
          break;
        case 1:
          edit.insert(uri, position, 'XXX'); // a placeholder
          break;
        case 2:
          if (character < text.length) edit.delete(uri, new vscode.Range(position, position.translate(0, 1)));
          else edit.insert(uri, position, '。');
          break;
        case 3:
          edit.insert(uri, position, '（'); // an unbalanced bracket
          break;
        default:
          edit.insert(uri, new vscode.Position(line, 0), '\n'); // a new line moves every later range
      }
      assert.ok(await vscode.workspace.applyEdit(edit), `edit ${i} applied`);
    }

    const finalText = document.getText();
    const expected = lint(finalText, { config: resolveConfig(), locale: uiLocale() }).map((d) => key(d.ruleId, d.range, d.message));
    assert.ok(expected.some((k) => k.startsWith('placeholder ')) && expected.some((k) => k.startsWith('bracket-balance ')), 'the edits added problems');
    await settled('the diagnostics of the final text', () => {
      const shown = ours(uri);
      if (document.getText() !== finalText || shown.length !== expected.length) return undefined;
      const keys = shown.map((d) => key(ruleOf(d), d.range, d.message));
      return keys.every((k, i) => k === expected[i]) ? true : undefined;
    });
    assert.deepEqual(unhandled.map(String), [], 'nothing was thrown unhandled in the extension host');
  });
});
