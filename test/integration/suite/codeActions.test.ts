import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { applyFixes } from '../../../src/core/fix/applyFixes';
import { fixAll } from '../../../src/core/fix/fixAll';
import { lint } from '../../../src/core/lint';
import { diagnosticsWhen, fixtureConfig, open, revertAndClose, ruleOf, uiLocale, undoUntil, workspaceUri, keepFixturesClean } from './helpers';

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
}

async function applied(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `${action.title} has no edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
}

describe('code actions', function () {
  this.timeout(120_000);
  keepFixturesClean(['editor', 'defects.reply.txt'], ['editor', 'sample.reply.txt'], ['editor', 'blank.reply.txt'], ['configured', 'reply.reply.txt']);
  for (const rule of ['punctuation-width', 'heading-order', 'date-format']) {
    it(`the quick fix for ${rule} edits the document as the core's fix does, and undo restores it`, async () => {
      const { document } = await open('editor', 'defects.reply.txt');
      const original = document.getText();
      const shown = await diagnosticsWhen(document.uri, `a ${rule} diagnostic`, (list) => list.some((d) => ruleOf(d) === rule));
      const target = shown.find((d) => ruleOf(d) === rule) as vscode.Diagnostic;
      const core = lint(original, { config: fixtureConfig('editor'), locale: uiLocale() }).find(
        (d) => d.ruleId === rule && d.range.start.line === target.range.start.line,
      );
      assert.ok(core?.fix, `the core has a fix for ${rule}`);

      const actions = await actionsAt(document.uri, target.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((action) => action.edit && action.title.includes(rule) && !/\d+/.test(action.title.replace(rule, '')));
      assert.ok(fix, `no quick fix among ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(actions.some((action) => action.command?.command === 'proposalReply.disableRule'), 'a "disable rule" action is offered too');
      await applied(fix);
      assert.equal(document.getText(), applyFixes(original, [core]).output);
      await diagnosticsWhen(document.uri, `the ${rule} diagnostic to go`, (list) =>
        !list.some((d) => ruleOf(d) === rule && d.range.start.line === target.range.start.line),
      );
      await undoUntil(document, original);
      await revertAndClose(document);
    });
  }

  it('fixes every problem of one rule at once, and undo restores the text', async () => {
    const { document } = await open('editor', 'sample.reply.txt');
    const original = document.getText();
    const shown = await diagnosticsWhen(document.uri, 'punctuation warnings', (list) => list.filter((d) => ruleOf(d) === 'punctuation-width').length > 10);
    const first = shown.find((d) => ruleOf(d) === 'punctuation-width') as vscode.Diagnostic;
    const actions = await actionsAt(document.uri, first.range, vscode.CodeActionKind.QuickFix.value);
    const all = actions.find((action) => action.edit && action.title.includes('punctuation-width') && /\d+/.test(action.title.replace('punctuation-width', '')));
    assert.ok(all, `no fix-all-of-rule action among ${actions.map((a) => a.title).join(' | ')}`);
    await applied(all);
    await diagnosticsWhen(document.uri, 'the punctuation warnings to go', (list) => !list.some((d) => ruleOf(d) === 'punctuation-width'));
    await undoUntil(document, original);
    await revertAndClose(document);
  });

  it('source.fixAll.proposal-reply gives the core\'s fix-all result, respects context.only, and undo restores the text', async () => {
    const { document } = await open('editor', 'defects.reply.txt');
    const original = document.getText();
    await diagnosticsWhen(document.uri, 'the first check', (list) => list.length > 0);
    const whole = new vscode.Range(0, 0, document.lineCount, 0);

    const quickFixesOnly = await actionsAt(document.uri, whole, vscode.CodeActionKind.QuickFix.value);
    assert.ok(!quickFixesOnly.some((action) => action.kind?.value.startsWith('source.')), 'no source action when only quick fixes are asked for');

    const fixAllActions = await actionsAt(document.uri, whole, 'source.fixAll');
    const ours = fixAllActions.filter((action) => action.kind?.value === 'source.fixAll.proposal-reply');
    assert.equal(ours.length, 1);
    assert.ok(!fixAllActions.some((action) => action.kind?.value === vscode.CodeActionKind.QuickFix.value));
    await applied(ours[0]);
    const expected = fixAll(original, { config: fixtureConfig('editor'), locale: uiLocale() }).output;
    assert.notEqual(expected, original);
    assert.equal(document.getText(), expected);
    await undoUntil(document, original);
    await revertAndClose(document);
  });

  it('the fix-all command edits the document, and undo restores it', async () => {
    const { document } = await open('editor', 'defects.reply.txt');
    const original = document.getText();
    assert.equal(await vscode.commands.executeCommand('proposalReply.fixAll', document.uri), true);
    assert.equal(document.getText(), fixAll(original, { config: fixtureConfig('editor'), locale: uiLocale() }).output);
    await undoUntil(document, original);
    await revertAndClose(document);
  });

  describe('disabling a rule for the folder', () => {
    const configPath = () => workspaceUri('editor', '.proposal-reply.json').fsPath;
    let savedConfig = '';
    before(() => {
      savedConfig = readFileSync(configPath(), 'utf8');
    });
    after(() => writeFileSync(configPath(), savedConfig));

    it('writes "off" into the folder\'s .proposal-reply.json, keeping the rest, and the diagnostics go', async () => {
      const { document } = await open('editor', 'defects.reply.txt');
      const shown = await diagnosticsWhen(document.uri, 'a postcode diagnostic', (list) => list.some((d) => ruleOf(d) === 'postcode-format'));
      const target = shown.find((d) => ruleOf(d) === 'postcode-format') as vscode.Diagnostic;
      const actions = await actionsAt(document.uri, target.range, vscode.CodeActionKind.QuickFix.value);
      const disable = actions.find((action) => action.command?.command === 'proposalReply.disableRule' && action.command.arguments?.[1] === 'postcode-format');
      assert.ok(disable?.command, 'no "disable rule" action for postcode-format');
      await vscode.commands.executeCommand(disable.command.command, ...(disable.command.arguments ?? []));
      const written = JSON.parse(readFileSync(configPath(), 'utf8'));
      assert.equal(written.rules['postcode-format'], 'off');
      assert.deepEqual(written.organization, JSON.parse(savedConfig).organization);
      await diagnosticsWhen(document.uri, 'the postcode diagnostic to go', (list) => !list.some((d) => ruleOf(d) === 'postcode-format'));
      assert.ok(vscode.languages.getDiagnostics(document.uri).some((d) => ruleOf(d) === 'phone-format'), 'other rules still report');
      const configDocument = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === configPath());
      if (configDocument) await revertAndClose(configDocument);
      await revertAndClose(document);
    });
  });
});
