import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../src/core/config/resolve';
import type { ReplyConfig } from '../../src/core/config/types';
import type { Diagnostic } from '../../src/core/diagnostic';
import type { Locale } from '../../src/core/i18n';
import type { Range, ReplyModel } from '../../src/core/model';
import { parse } from '../../src/core/parser/parse';
import { layoutRules } from '../../src/core/docx/layout/index';
import { rules } from '../../src/core/rules/index';
import { allowedPublicityValues, allowedResultValues, fieldInfo } from '../../src/core/schema/describe';
import { configSchema, replySchema, type SchemaNode } from '../../src/core/schema/schemas';
import { validateModel } from '../../src/core/schema/validate';
import { checkedAjv } from '../../src/core/schema/ajv';
import { effectiveReplySchema } from '../../src/core/schema/effective';

const root = join(__dirname, '..', '..', '..');
const sample = readFileSync(join(root, 'samples', 'changning-2024-aigc.reply.txt'), 'utf8');
const corpus = (name: string) => readFileSync(join(root, 'test', 'fixtures', 'corpus', name), 'utf8');

function check(text: string, config: ReplyConfig = {}, locale: Locale = 'zh'): { model: ReplyModel; diagnostics: Diagnostic[] } {
  const model = parse(text);
  return { model, diagnostics: validateModel(model, resolveConfig(config), locale) };
}

/** The sample with its lines changed by `edit`. */
function edited(edit: (lines: string[]) => void): string {
  const lines = sample.split('\n');
  edit(lines);
  return lines.join('\n');
}

function lineIndex(text: string, startsWith: string): number {
  const index = text.split('\n').findIndex((line) => line.startsWith(startsWith));
  assert.ok(index >= 0, `no line starts with ${startsWith}`);
  return index;
}

function only(diagnostics: Diagnostic[]): Diagnostic {
  assert.equal(diagnostics.length, 1, diagnostics.map((d) => d.message).join('\n'));
  return diagnostics[0];
}

function textAt(model: ReplyModel, range: Range): string {
  assert.equal(range.start.line, range.end.line);
  return model.lines[range.start.line].slice(range.start.character, range.end.character);
}

const at = (line: number, character = 0): Range => ({ start: { line, character }, end: { line, character } });

describe('schema validation', () => {
  it('uses schemas that are valid draft 2020-12, as the project ships them and as a configuration changes them', () => {
    const ajv = checkedAjv();
    const changed = effectiveReplySchema(resolveConfig({ resultValues: ['办理完毕'], requiredFields: ['contact.address', 'contact.postcode'] }));
    for (const [name, schema] of [['reply', replySchema], ['config', configSchema], ['reply with a configuration', changed]] as const) {
      assert.equal(ajv.validateSchema(schema as object), true, `${name}: ${ajv.errorsText(ajv.errors)}`);
    }
    const broken = { ...replySchema, properties: { ...replySchema.properties, title: { type: 'text' } } };
    assert.equal(ajv.validateSchema(broken as object), false, 'an unknown type is refused');
  });

  it('accepts the complete sample reply', () => {
    assert.deepEqual(check(sample).diagnostics, []);
    assert.deepEqual(check(sample, {}, 'en').diagnostics, []);
  });

  it('reports a missing signer on the header line, in both languages', () => {
    const text = sample.replace('签发人:詹镭', '');
    const zh = only(check(text).diagnostics);
    assert.equal(zh.ruleId, 'schema');
    assert.equal(zh.severity, 'error');
    assert.equal(zh.message, '缺少必填字段“签发人”');
    assert.equal(zh.range.start.line, 0);
    assert.equal(only(check(text, {}, 'en').diagnostics).message, 'Missing required field “签发人” (signer)');
  });

  it('reports a missing handling result on the header line', () => {
    const { diagnostics } = check(sample.replace('办理结果:解决或采纳', ''));
    const diagnostic = only(diagnostics);
    assert.equal(diagnostic.message, '缺少必填字段“办理结果”');
    assert.equal(diagnostic.range.start.line, 0);
  });

  it('marks an empty label where it stands', () => {
    const { model, diagnostics } = check(sample.replace('签发人:詹镭', '签发人:'));
    const diagnostic = only(diagnostics);
    assert.equal(diagnostic.message, '缺少必填字段“签发人”');
    assert.equal(textAt(model, diagnostic.range), '签发人:');
  });

  it('puts a missing salutation on the line before the opening', () => {
    const text = edited((lines) => lines.splice(lineIndex(sample, '钟跃崎委员'), 1));
    const diagnostic = only(check(text).diagnostics);
    assert.equal(diagnostic.message, '缺少必填字段“主送”');
    assert.deepEqual(diagnostic.range, at(lineIndex(text, '您提出的') - 1));
  });

  it('puts a missing organ just above the date', () => {
    const text = edited((lines) => lines.splice(lineIndex(sample, '长宁区科学技术委员会'), 1));
    const diagnostic = only(check(text).diagnostics);
    assert.equal(diagnostic.message, '缺少必填字段“发文机关”');
    assert.deepEqual(diagnostic.range, at(lineIndex(text, '2024年4月30日') - 1));
  });

  it('puts a missing date below the organ', () => {
    const text = edited((lines) => lines.splice(lineIndex(sample, '2024年4月30日'), 1));
    const diagnostic = only(check(text).diagnostics);
    assert.equal(diagnostic.message, '缺少必填字段“成文日期”');
    assert.deepEqual(diagnostic.range, at(lineIndex(text, '长宁区科学技术委员会') + 1));
  });

  it('puts a missing publication attribute below the date', () => {
    const text = edited((lines) => lines.splice(lineIndex(sample, '(此件公开发布)'), 1));
    const diagnostic = only(check(text).diagnostics);
    assert.equal(diagnostic.message, '缺少必填字段“公开属性”');
    assert.deepEqual(diagnostic.range, at(lineIndex(text, '2024年4月30日') + 1));
  });

  it('puts a missing contact name on the contact block', () => {
    const contactLine = lineIndex(sample, '联系人姓名');
    const text = edited((lines) => (lines[contactLine] = lines[contactLine].replace(/^联系人姓名:王建涛\s+/, '')));
    const { model, diagnostics } = check(text);
    const diagnostic = only(diagnostics);
    assert.equal(diagnostic.message, '缺少必填字段“联系人”');
    assert.equal(diagnostic.range.start.line, contactLine);
    assert.equal(textAt(model, diagnostic.range), '联系电话:52388272');
  });

  it('puts a missing contact block at the end of the document', () => {
    const text = edited((lines) => lines.splice(lineIndex(sample, '联系人姓名')));
    const { model, diagnostics } = check(text);
    assert.deepEqual(
      diagnostics.map((d) => d.message),
      ['缺少必填字段“联系人”', '缺少必填字段“联系电话”'],
    );
    const last = model.lines.length - 1;
    for (const d of diagnostics) assert.deepEqual(d.range, at(last, model.lines[last].length));
  });

  it('puts a missing title on the opening', () => {
    const model = parse(sample);
    const opening = model.opening?.range;
    assert.ok(opening);
    const diagnostic = only(validateModel({ ...model, title: null }, resolveConfig(), 'zh'));
    assert.equal(diagnostic.message, '缺少必填字段“提案标题”');
    assert.deepEqual(diagnostic.range, opening);
  });

  it('reports every missing field of a document cut short', () => {
    const { diagnostics } = check(corpus('real-030.txt'));
    assert.deepEqual(
      diagnostics.map((d) => d.message.replace(/^缺少必填字段“(.*)”$/, '$1')),
      ['办理结果', '签发人', '发文机关', '成文日期', '公开属性', '联系人', '联系电话'],
    );
  });

  it('names the allowed values when the handling result is not one of them', () => {
    const { model, diagnostics } = check(sample.replace('办理结果:解决或采纳', '办理结果:已办理'));
    const diagnostic = only(diagnostics);
    assert.equal(textAt(model, diagnostic.range), '已办理');
    assert.ok(
      diagnostic.message.startsWith('“办理结果”的值“已办理”不在允许的值中\uFF1A解决或采纳、正在解决或列入计划解决、'),
      diagnostic.message,
    );
    const en = only(check(sample.replace('办理结果:解决或采纳', '办理结果:已办理'), {}, 'en').diagnostics);
    assert.ok(en.message.startsWith('The value “已办理” of “办理结果” (handling result) is not among the allowed values: 解决或采纳, '));
  });

  it('lets the configuration replace the allowed handling results', () => {
    const text = sample.replace('办理结果:解决或采纳', '办理结果:已办理');
    assert.deepEqual(check(text, { resultValues: ['已办理', '未办理'] }).diagnostics, []);
    const diagnostic = only(check(sample, { resultValues: ['已办理', '未办理'] }).diagnostics);
    assert.equal(diagnostic.message, '“办理结果”的值“解决或采纳”不在允许的值中\uFF1A已办理、未办理');
    // Validators are cached by configuration: the default one still applies afterwards.
    assert.equal(check(text).diagnostics.length, 1);
  });

  it('accepts the class letters and the label form of the publication attribute', () => {
    const model = parse(corpus('real-025.txt'));
    assert.equal(model.resultStatus?.value, 'C');
    assert.equal(model.publicity?.value.replace('\uFF1A', ':'), '是否同意公开:是');
    const messages = validateModel(model, resolveConfig(), 'zh').map((d) => d.message);
    assert.deepEqual(messages, ['缺少必填字段“发文机关”']);
  });

  it('lets the configuration replace the allowed publication attributes', () => {
    const diagnostic = only(check(sample, { publicityValues: ['主动公开'] }).diagnostics);
    assert.equal(diagnostic.message, '“公开属性”的值“此件公开发布”不在允许的值中\uFF1A主动公开');
    const { model } = check(sample);
    assert.equal(textAt(model, diagnostic.range), '此件公开发布');
  });

  it('adds the fields the configuration requires', () => {
    const text = sample.replace(/\s*邮政编码:200050/, '');
    assert.deepEqual(check(text).diagnostics, []);
    const diagnostic = only(check(text, { requiredFields: ['contact.postcode'] }).diagnostics);
    assert.equal(diagnostic.message, '缺少必填字段“邮政编码”');
    assert.equal(diagnostic.range.start.line, lineIndex(text, '联系人姓名'));
    assert.equal(
      only(check(text, { requiredFields: ['contact.postcode'] }, 'en').diagnostics).message,
      'Missing required field “邮政编码” (postcode)',
    );
  });
});

describe('field descriptions', () => {
  it('gives titles and descriptions from the schema in both languages', () => {
    assert.equal(fieldInfo('signer', 'zh')?.title, '签发人');
    assert.equal(fieldInfo('signer', 'en')?.title, 'signer');
    assert.match(fieldInfo('contact.phone', 'zh')?.description ?? '', /电话/);
    assert.match(fieldInfo('contact.phone', 'en')?.description ?? '', /phone/);
    assert.equal(fieldInfo('addressees.role', 'zh')?.title, '身份');
    assert.equal(fieldInfo('nonsense', 'zh'), undefined);
    assert.equal(fieldInfo('contact.nonsense', 'en'), undefined);
  });

  it('takes the default allowed values from the schema and lets the configuration replace them', () => {
    const defaults = resolveConfig();
    assert.deepEqual(allowedResultValues(defaults), replySchema.properties?.resultStatus.enum);
    assert.deepEqual(allowedPublicityValues(defaults), replySchema.properties?.publicity.enum);
    assert.ok(allowedResultValues(defaults).includes('B类'));
    assert.deepEqual(allowedResultValues(resolveConfig({ resultValues: ['甲'] })), ['甲']);
    assert.deepEqual(allowedPublicityValues(resolveConfig({ publicityValues: ['乙'] })), ['乙']);
  });

  it('describes every field and setting in Chinese and English', () => {
    const undescribed: string[] = [];
    const walk = (node: SchemaNode, path: string) => {
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        const childPath = path ? `${path}.${key}` : key;
        const onlyReference = Object.keys(child).length === 1 && child.$ref !== undefined;
        for (const keyword of onlyReference ? [] : ['title', 'description', 'x-title-en', 'x-description-en']) {
          if (typeof child[keyword] !== 'string' || child[keyword] === '') undescribed.push(`${childPath} ${keyword}`);
        }
        walk(child, childPath);
        if (child.items) walk(child.items, childPath);
      }
    };
    walk(replySchema, '');
    walk(configSchema, '');
    assert.deepEqual(undescribed, []);
  });

  it('keeps the configuration schema in step with the reply schema and the rules', () => {
    const leaves: string[] = [];
    for (const [key, node] of Object.entries(replySchema.properties ?? {})) {
      if (node.type === 'boolean') continue;
      if (node.properties) leaves.push(...Object.keys(node.properties).map((child) => `${key}.${child}`));
      else leaves.push(key);
    }
    assert.deepEqual(configSchema.properties?.requiredFields.items?.enum, leaves);
    assert.deepEqual(
      Object.keys(configSchema.properties?.rules.properties ?? {}).sort(),
      ['schema', ...rules.map((rule) => rule.id), ...layoutRules.map((rule) => rule.id)].sort(),
    );
  });
});
