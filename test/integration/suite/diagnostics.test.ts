import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lint } from '../../../src/core/lint';
import { diagnosticsWhen, fixtureConfig, open, revertAndClose, ruleOf, uiLocale, keepFixturesClean } from './helpers';

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information };

describe('live diagnostics', function () {
  this.timeout(120_000);
  keepFixturesClean(['editor', 'defects.reply.txt'], ['editor', 'sample.reply.txt'], ['editor', 'blank.reply.txt'], ['configured', 'reply.reply.txt']);
  it('appear on open with the core\'s rules, ranges and severities, linked to the rule documentation', async () => {
    const { document } = await open('editor', 'defects.reply.txt');
    const expected = lint(document.getText(), { config: fixtureConfig('editor'), locale: uiLocale() });
    assert.ok(expected.length >= 7, 'the fixture has its seeded defects');
    const shown = await diagnosticsWhen(document.uri, 'the defects to be reported', (list) => list.length === expected.length);
    const key = (rule: string | undefined, range: vscode.Range, severity: vscode.DiagnosticSeverity) =>
      `${rule} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${severity}`;
    assert.deepEqual(
      shown.map((d) => key(ruleOf(d), d.range, d.severity)),
      expected.map((d) => key(d.ruleId, new vscode.Range(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character), SEVERITY[d.severity])),
    );
    const textOf = (rule: string) => {
      const found = shown.find((d) => ruleOf(d) === rule);
      assert.ok(found, `no ${rule} diagnostic`);
      return document.getText(found.range);
    };
    assert.equal(textOf('phone-format'), '5238827');
    assert.equal(textOf('postcode-format'), '20005');
    assert.equal(textOf('date-format'), '2024年04月30日');
    assert.equal(textOf('heading-order'), '三');
    assert.equal(textOf('placeholder'), 'XXX');
    for (const diagnostic of shown) {
      assert.equal(diagnostic.source, 'proposal-reply');
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.ok(code.target.path.endsWith(`/docs/rules/${code.value}.md`), code.target.toString());
    }
  });

  it('follow edits as the user types and are cleared when the document closes', async () => {
    const { document, editor } = await open('editor', 'defects.reply.txt');
    await diagnosticsWhen(document.uri, 'the first check', (list) => list.length > 0);
    const line = 6; // 一、加强顶层设计
    await editor.edit((edit) => edit.insert(new vscode.Position(line, document.lineAt(line).text.length), '20XX'));
    await diagnosticsWhen(document.uri, 'the new placeholder to be reported', (list) =>
      list.some((d) => ruleOf(d) === 'placeholder' && d.range.start.line === line),
    );
    await revertAndClose(document);
    await diagnosticsWhen(document.uri, 'the diagnostics to be cleared', (list) => list.length === 0);
  });
});
