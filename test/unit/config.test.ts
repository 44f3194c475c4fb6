import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, win32 } from 'node:path';
import { CONFIG_FILE_NAME, findConfigFile, parseConfigText, type ConfigProblem } from '../../src/core/config/load';
import { resolveConfig } from '../../src/core/config/resolve';
import type { Locale } from '../../src/core/i18n';

const root = join(__dirname, '..', '..', '..');
const SOURCE = '/office/.proposal-reply.json';

function problemsOf(text: string, locale: Locale = 'zh'): ConfigProblem[] {
  const result = parseConfigText(text, SOURCE, locale);
  assert.equal(result.config, undefined);
  assert.ok(result.problems.length > 0);
  for (const problem of result.problems) assert.equal(problem.source, SOURCE);
  return result.problems;
}

function onlyProblem(text: string, locale: Locale = 'zh'): ConfigProblem {
  const problems = problemsOf(text, locale);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  return problems[0];
}

describe('configuration files', () => {
  it('reads a valid configuration', () => {
    const text = JSON.stringify({
      $schema: './node_modules/proposal-reply/schemas/config.schema.json',
      rules: { 'date-format': 'off', 'phone-format': { severity: 'info' } },
      resultValues: ['A类', 'B类', 'C类'],
      requiredFields: ['contact.address', 'contact.postcode'],
      organization: { organ: '长宁区科学技术委员会', contact: { name: '王建涛', phone: '52388272' } },
    });
    const { config, problems } = parseConfigText(`\uFEFF${text}`, SOURCE, 'zh');
    assert.deepEqual(problems, []);
    assert.deepEqual(config?.rules, { 'date-format': 'off', 'phone-format': { severity: 'info' } });
    assert.deepEqual(config?.requiredFields, ['contact.address', 'contact.postcode']);
  });

  it('reports a JSON syntax error with its line and column instead of throwing', () => {
    const text = '{\n  "rules": {\n    "date-format": "off",\n  }\n}\n';
    const zh = onlyProblem(text);
    assert.equal(zh.path, '');
    assert.match(zh.message, /JSON/);
    assert.match(zh.message, /第 4 行第 3 列/);
    const en = onlyProblem(text, 'en');
    assert.match(en.message, /^not valid JSON: line 4, column 3: /);
  });

  it('reports a file cut short and an empty file', () => {
    assert.match(onlyProblem('{"rules": {', 'en').message, /not valid JSON: line 1, column 12/);
    assert.equal(onlyProblem('  \n', 'en').message, 'the file is empty');
    assert.equal(onlyProblem('').message, '文件为空');
  });

  it('names the path and the expected type of a value of the wrong type', () => {
    const zh = onlyProblem('{"resultValues": "解决或采纳"}');
    assert.equal(zh.path, '/resultValues');
    assert.equal(zh.message, '应为数组\uFF0C实际为字符串');
    assert.equal(onlyProblem('{"resultValues": "解决或采纳"}', 'en').message, 'must be an array, not a string');
    assert.equal(onlyProblem('[]', 'en').message, 'must be an object, not an array');
    assert.equal(onlyProblem('{"rules": {"date-format": 2}}', 'en').message, 'must be a string or an object, not an integer');
  });

  it('names an unknown rule severity and the allowed ones', () => {
    const problem = onlyProblem('{"rules": {"date-format": "fatal"}}', 'en');
    assert.deepEqual(problem, {
      source: SOURCE,
      path: '/rules/date-format',
      message: 'invalid value "fatal"; expected one of: "off", "error", "warning", "info"',
    });
    const nested = onlyProblem('{"rules": {"date-format": {"severity": "loud"}}}');
    assert.equal(nested.path, '/rules/date-format/severity');
    assert.equal(nested.message, '值 "loud" 无效\uFF0C应为以下之一\uFF1A"off"、"error"、"warning"、"info"');
    assert.equal(onlyProblem('{"rules": {"date-format": {}}}', 'en').message, 'missing “severity”');
  });

  it('names an unknown rule and an unknown setting', () => {
    const rule = onlyProblem('{"rules": {"date-fromat": "off"}}', 'en');
    assert.equal(rule.path, '/rules/date-fromat');
    assert.match(rule.message, /^unknown rule “date-fromat”; known rules: schema, date-valid, date-format, /);
    const setting = onlyProblem('{"colour": true}');
    assert.equal(setting.path, '/colour');
    assert.match(setting.message, /^未知的设置项“colour”/);
    assert.equal(onlyProblem('{"organization": {"contact": {"fax": "1"}}}').path, '/organization/contact/fax');
  });

  it('checks lists of values and required fields', () => {
    assert.equal(onlyProblem('{"requiredFields": ["contact.fax"]}').path, '/requiredFields/0');
    const duplicate = onlyProblem('{"publicityValues": ["主动公开", "不予公开", "主动公开"]}', 'en');
    assert.deepEqual([duplicate.path, duplicate.message], ['/publicityValues', 'items 1 and 3 are the same']);
    assert.equal(onlyProblem('{"resultValues": []}', 'en').message, 'must have at least 1 item(s)');
    assert.equal(onlyProblem('{"resultValues": [""]}', 'en').path, '/resultValues/0');
  });

  it('reports every problem of a file at once', () => {
    const problems = problemsOf('{"rules": {"date-format": "fatal", "nope": "off"}, "resultValues": 3}', 'en');
    assert.deepEqual(problems.map((problem) => problem.path).sort(), ['/resultValues', '/rules/date-format', '/rules/nope']);
  });
});

describe('resolveConfig', () => {
  it('fills in the defaults and keeps what the file says', () => {
    const defaults = resolveConfig();
    assert.deepEqual(defaults.rules, {});
    assert.deepEqual(defaults.requiredFields, []);
    assert.ok(defaults.resultValues.includes('解决或采纳'));
    assert.ok(defaults.publicityValues.includes('此件公开发布'));
    const custom = resolveConfig({ resultValues: ['A', 'B'], rules: { placeholder: 'off' }, organization: { organ: '某局' } });
    assert.deepEqual(custom.resultValues, ['A', 'B']);
    assert.deepEqual(custom.publicityValues, defaults.publicityValues);
    assert.deepEqual(custom.rules, { placeholder: 'off' });
    assert.equal(custom.organization.organ, '某局');
  });
});

describe('findConfigFile', () => {
  const finder = (existing: string[], path: typeof posix) => (start: string) =>
    findConfigFile(start, (candidate) => existing.includes(candidate), path.join, path.dirname);

  it('finds the nearest file from the folder upwards', () => {
    const find = finder(['/work/.proposal-reply.json', '/work/office/replies/.proposal-reply.json'], posix);
    assert.equal(find('/work/office/replies'), '/work/office/replies/.proposal-reply.json');
    assert.equal(find('/work/office/replies/2024'), '/work/office/replies/.proposal-reply.json');
    assert.equal(find('/work/office'), '/work/.proposal-reply.json');
    assert.equal(find('/elsewhere/deep/folder'), undefined);
    assert.equal(CONFIG_FILE_NAME, '.proposal-reply.json');
  });

  it('stops at the root of a Windows drive', () => {
    const find = finder(['C:\\Users\\.proposal-reply.json'], win32);
    assert.equal(find('C:\\Users\\wang\\replies'), 'C:\\Users\\.proposal-reply.json');
    assert.equal(find('D:\\replies'), undefined);
  });
});

describe('browser safety of the core', () => {
  it('imports no Node built-in module in src/core', () => {
    const offenders: string[] = [];
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const file = join(folder, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (entry.name.endsWith('.ts')) {
          const text = readFileSync(file, 'utf8');
          if (/from ['"](node:|fs['"]|path['"]|os['"]|child_process['"])|require\(['"](node:|fs['"]|path['"])/.test(text)) {
            offenders.push(file.slice(root.length + 1));
          }
        }
      }
    };
    walk(join(root, 'src', 'core'));
    assert.deepEqual(offenders, []);
  });
});
