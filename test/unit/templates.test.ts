import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/core/lint';
import { parse } from '../../src/core/parser/parse';
import { readTemplateMeta, renderTemplate, templateData, formatReplyDate, type TemplateData } from '../../src/core/templates';

const root = join(__dirname, '..', '..', '..');
const builtin = (name: string) => readFileSync(join(root, 'templates', name), 'utf8');

const organization = {
  organ: '长宁区科学技术委员会',
  signer: '詹镭',
  contact: { name: '王建涛', phone: '52388272', address: '安西路35号', postcode: '200050' },
};

function data(overrides: Partial<TemplateData> = {}): TemplateData {
  return {
    ...templateData({
      kind: '提案',
      addressee: '钟跃崎',
      title: '关于加快推进AIGC与元宇宙领域创新能力建设的建议',
      result: '解决或采纳',
      publicity: '此件公开发布',
      organization,
      now: new Date(2024, 3, 30),
    }),
    ...overrides,
  };
}

function rendered(source: string, values = data()): string {
  const result = renderTemplate(source, values);
  if (!result.ok) assert.fail(result.error.en);
  return result.text;
}

describe('reply templates', () => {
  it('formats the date without leading zeros', () => {
    assert.equal(formatReplyDate(new Date(2024, 3, 3)), '2024年4月3日');
    assert.equal(formatReplyDate(new Date(2023, 11, 25)), '2023年12月25日');
  });

  it('derives the role from the kind and fills organisation defaults', () => {
    const suggestion = templateData({ kind: '建议', organization });
    assert.equal(suggestion.role, '代表');
    assert.equal(suggestion.contact.phone, '52388272');
    assert.equal(templateData({ kind: '提案' }).signer, '');
  });

  it('renders the proposal template with every part filled in', () => {
    const text = rendered(builtin('proposal.hbs'));
    assert.match(text, /^办理结果：解决或采纳 +签发人：詹镭\n/);
    assert.match(text, /\n钟跃崎委员：\n/);
    assert.match(text, /“关于加快推进AIGC与元宇宙领域创新能力建设的建议”的提案收悉/);
    assert.match(text, /\n长宁区科学技术委员会\n\n2024年4月30日\n\n（此件公开发布）\n/);
    assert.match(text, /联系人姓名：王建涛 +联系电话：52388272/);
    assert.doesNotMatch(text, /\{\{|name:/, 'no template syntax or metadata left');
  });

  it('renders the suggestion template for a deputy', () => {
    const text = rendered(builtin('suggestion.hbs'), data({ kind: '建议', role: '代表' }));
    assert.match(text, /\n钟跃崎代表：\n/);
    assert.match(text, /的建议收悉/);
  });

  for (const [file, kind, addressee] of [['proposal.hbs', '提案', '钟跃崎'], ['suggestion.hbs', '建议', '杨开顺'], ['cohandling.hbs', '提案', '长宁区科学技术委员会']] as const) {
    it(`${file} gives a reply that draws no diagnostic and reads back the values filled in`, () => {
      const values = templateData({ kind, addressee, title: '关于加快推进数字化转型的建议', result: '留作参考', publicity: '此件依申请公开', organization, now: new Date(2024, 3, 30) });
      const text = rendered(builtin(file), values);
      assert.deepEqual(lint(text, { now: new Date(2024, 4, 1) }).map((d) => `${d.ruleId}: ${d.message}`), []);
      const model = parse(text);
      assert.equal(model.resultStatus?.value, '留作参考');
      assert.equal(model.signer?.value, '詹镭');
      assert.equal(model.organ?.value, '长宁区科学技术委员会');
      assert.equal(model.date?.raw, '2024年4月30日');
      assert.equal(model.publicity?.value, '此件依申请公开');
      assert.equal(model.contact.phone?.value, '52388272');
    });
  }

  it('without organisation defaults leaves the labels empty, which the checks report', () => {
    const text = rendered(builtin('proposal.hbs'), templateData({ kind: '提案', addressee: '钟跃崎', title: '关于数字化转型的建议', result: '解决或采纳', publicity: '此件公开发布' }));
    const rules = new Set(lint(text).map((d) => d.ruleId));
    assert.ok(rules.has('empty-label'));
  });

  it('reads the name and kind from the leading comment', () => {
    assert.deepEqual(readTemplateMeta(builtin('proposal.hbs')), { name: '提案答复', nameEn: 'Reply to a proposal (提案)', kind: '提案' });
    assert.equal(readTemplateMeta(builtin('cohandling.hbs')).kind, undefined);
    assert.deepEqual(readTemplateMeta('办理结果:{{result}}'), {});
  });

  it('reports an unknown variable with its position instead of leaving a blank', () => {
    const result = renderTemplate('第一行\n签发人:{{signr}}', data());
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.match(result.error.zh, /未知变量“signr”/);
    assert.match(result.error.en, /unknown variable "signr" \(line 2, column 7\)/);
    assert.equal(result.line, 2);
  });

  it('reports unknown names hidden in helper arguments, branches not taken and nested paths', () => {
    for (const source of ['{{#if resutl}}x{{/if}}', '{{#if result}}{{/if}}{{#unless kind}}{{organ2}}{{/unless}}', '{{contact.fax}}', '{{#with contact}}{{nmae}}{{/with}}']) {
      const result = renderTemplate(source, data());
      assert.equal(result.ok, false, source);
    }
    assert.equal(rendered('{{#with contact}}{{name}}{{/with}}'), '王建涛');
    assert.equal(rendered('{{#if result}}{{title}}{{/if}}'), data().title);
    assert.equal(renderTemplate('{{#if result}}{{../title}}{{/if}}', data()).ok, false, '`if` does not change the context');
  });

  it('rejects unknown helpers and partials', () => {
    const helper = renderTemplate('{{#eq kind "提案"}}x{{/eq}}', data());
    assert.equal(helper.ok, false);
    if (!helper.ok) assert.match(helper.error.en, /unknown helper "eq"/);
    const log = renderTemplate('{{log title}}{{title}}', data());
    assert.equal(log.ok, false, 'log would write to the console of the editor or the CLI');
    if (!log.ok) assert.match(log.error.en, /unknown helper "log" \(line 1, column 3\)\. Only if, unless, each, with and lookup/);
    const partial = renderTemplate('{{> signature}}', data());
    assert.equal(partial.ok, false);
    if (!partial.ok) assert.match(partial.error.en, /partial "signature"/);
  });

  it('reports a syntax error with its line', () => {
    const result = renderTemplate('办理结果:{{result}}\n{{#if kind}}\n没有结束', data());
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.match(result.error.zh, /^模板语法错误/);
    assert.match(result.error.en, /^Template syntax error/);
  });

  it('keeps quotes and angle brackets as typed (plain text, no HTML escaping)', () => {
    assert.equal(rendered('{{title}}', data({ title: '关于<数字化>"转型"&发展' })), '关于<数字化>"转型"&发展');
  });

  it('gives no access to prototype properties', () => {
    for (const source of ['{{constructor}}', '{{title.constructor}}', '{{__proto__}}']) {
      const result = renderTemplate(source, data());
      assert.equal(result.ok, false, source);
    }
  });

  it('keeps environments isolated between renders', () => {
    const first = renderTemplate('{{result}}', data());
    const second = renderTemplate('{{#unknownHelper}}x{{/unknownHelper}}', data());
    assert.equal(first.ok, true);
    assert.equal(second.ok, false);
  });
});
