/**
 * Reply templates are user files: they must not reach prototypes or run code, and a broken one must
 * get a clear error, never an exception. Each payload below tries to reach Function through
 * `constructor`, `__proto__`, `lookup` or the well-known string `split`/`sub.apply` chain, and would
 * set a flag on the global object if it ran.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderTemplate, templateData, type RenderResult } from '../../src/core/templates';

const REPO = path.resolve(__dirname, '../../..');
const FLAG = '__proposalReplyTemplateRan';
const RUN = `return (globalThis.${FLAG} = true)`;
const data = templateData({ kind: '提案', addressee: '钟跃崎', title: '关于加快推进AIGC的建议', now: new Date(2024, 3, 30) });

/** Payloads that reach for Function or for prototypes; none may run or print what it reaches. */
const PAYLOADS: Record<string, string> = {
  'constructor.constructor': '{{constructor.constructor}}',
  'a call through constructor.constructor': `{{constructor.constructor "${RUN}"}}`,
  'a value’s constructor': '{{title.constructor}}',
  'a value’s constructor.constructor': '{{title.constructor.constructor}}',
  '__proto__': '{{__proto__}}',
  'a value’s __proto__': '{{title.__proto__}}',
  'a bracketed segment': '{{[constructor]}}',
  'the root’s constructor': '{{@root.constructor}}',
  'this.constructor': '{{this.constructor}}',
  'lookup of constructor': '{{lookup this "constructor"}}',
  'lookup of __proto__': '{{lookup title "__proto__"}}',
  'with over a lookup': '{{#with (lookup this "constructor")}}{{name}}{{/with}}',
  'each over a prototype': '{{#each (lookup title "__proto__")}}{{@key}}{{/each}}',
  'the string split / sub.apply chain': [
    '{{#with "s" as |string|}}',
    '  {{#with "e"}}',
    '    {{#with split as |conslist|}}',
    '      {{this.pop}}',
    '      {{this.push (lookup string.sub "constructor")}}',
    '      {{this.pop}}',
    '      {{#with string.split as |codelist|}}',
    '        {{this.pop}}',
    `        {{this.push "${RUN}"}}`,
    '        {{this.pop}}',
    '        {{#each conslist}}',
    '          {{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}',
    '        {{/each}}',
    '      {{/with}}',
    '    {{/with}}',
    '  {{/with}}',
    '{{/with}}',
  ].join('\n'),
  'a helper that is not there': `{{#blockHelperMissing "${RUN}"}}{{/blockHelperMissing}}`,
};

function assertHarmless(name: string, result: RenderResult): void {
  assert.equal((globalThis as Record<string, unknown>)[FLAG], undefined, `${name}: the template ran code`);
  if (!result.ok) {
    assert.ok(result.error.zh.length > 0 && result.error.en.length > 0, `${name}: an error in both languages`);
    assert.doesNotMatch(result.error.en, /\bat \S+ \(|\n\s+at /, `${name}: no stack trace in the message`);
    return;
  }
  assert.doesNotMatch(result.text, /function|native code|\[object|Object\b|constructor|prototype/i, `${name}: printed ${JSON.stringify(result.text)}`);
}

describe('template safety', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[FLAG];
  });

  for (const [name, source] of Object.entries(PAYLOADS)) {
    it(`gives no access and runs no code: ${name}`, () => {
      let result: RenderResult | undefined;
      assert.doesNotThrow(() => {
        result = renderTemplate(source, data);
      });
      assertHarmless(name, result!);
    });
  }

  it('refuses the direct prototype paths with an unknown-variable error naming them', () => {
    for (const source of ['{{constructor}}', '{{title.constructor}}', '{{__proto__}}', '{{constructor.constructor}}']) {
      const result = renderTemplate(source, data);
      assert.equal(result.ok, false, source);
      if (!result.ok) assert.match(result.error.en, /unknown variable/, source);
    }
  });

  it('prints values that look like templates as they are, without rendering them again', () => {
    const hostile = { ...data, title: `{{constructor.constructor "${RUN}"}}`, addressee: '{{> partial}}{{#each}}' };
    const result = renderTemplate('{{addressee}}委员：关于“{{title}}”', hostile);
    assert.ok(result.ok);
    if (result.ok) assert.equal(result.text, `${hostile.addressee}委员：关于“${hostile.title}”`);
    assert.equal((globalThis as Record<string, unknown>)[FLAG], undefined);
  });

  it('does not let one template change what another sees', () => {
    const polluting = renderTemplate('{{#with (lookup this "__proto__")}}{{#with polluted}}x{{/with}}{{/with}}', data);
    assertHarmless('polluting', polluting);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const builtin = fs.readFileSync(path.join(REPO, 'templates', 'proposal.hbs'), 'utf8');
    const result = renderTemplate(builtin, data);
    assert.ok(result.ok, 'the built-in template still renders');
  });

  describe('syntax errors', () => {
    const BROKEN: Record<string, string> = {
      'an unclosed block': '办理结果：{{result}}\n{{#if kind}}\n没有结束',
      'an unclosed mustache': '签发人：{{signer',
      'a close without an open': '{{/if}}',
      'mismatched blocks': '{{#if kind}}{{#each contact}}{{/if}}{{/each}}',
      'an empty mustache': '{{}}',
      'a stray triple mustache': '{{{title}}',
      'a lone surrogate inside': '{{tit\ud800le}}',
      'a very long line': `${'{{'.repeat(5000)}title`,
    };
    for (const [name, source] of Object.entries(BROKEN)) {
      it(`reports ${name} as a clear error in both languages`, () => {
        let result: RenderResult | undefined;
        assert.doesNotThrow(() => {
          result = renderTemplate(source, data);
        });
        assert.equal(result!.ok, false);
        if (result!.ok) return;
        const { error } = result!;
        assert.match(error.zh, /^模板/);
        assert.match(error.en, /^(Template syntax error|The template)/);
        assert.doesNotMatch(error.en, /\n\s+at /);
      });
    }

    it('gives the line of a syntax error', () => {
      const cases: [string, number][] = [
        ['第一行\n第二行 {{#if kind}}\n第三行', 3],
        ['第一行\n签发人：{{signer', 2],
        ['{{#if kind}}\n{{/each}}', 1],
      ];
      for (const [source, line] of cases) {
        const result = renderTemplate(source, data);
        assert.equal(result.ok, false);
        if (!result.ok) assert.equal(result.line, line, source);
      }
    });
  });
});
