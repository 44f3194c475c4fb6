/**
 * Writes the metadata part of each rule's page in docs/rules/ (what the rule checks, its default
 * severity, whether it fixes, its messages, how to configure it) from the rule objects, leaving the
 * hand-written examples between the generated blocks alone, and writes docs/rules/README.md.
 *
 *   node out/scripts/build-rule-docs.js           update the pages
 *   node out/scripts/build-rule-docs.js --check   exit 1 if a page is out of date
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Severity } from '../src/core/diagnostic';
import type { Locale, Message } from '../src/core/i18n';
import { layoutRules } from '../src/core/docx/layout/index';
import { rules } from '../src/core/rules/index';
import type { Rule, RuleInfo } from '../src/core/rules/types';
import { schemaMessages } from '../src/core/schema/messages';
import { schemaRuleInfo } from '../src/core/schema/validate';

/** What a page is generated from: a rule, or the schema check. */
export type DocSubject = RuleInfo & Pick<Rule, 'fixable'>;

export function docSubjects(): DocSubject[] {
  return [{ ...schemaRuleInfo, messages: schemaMessages }, ...rules, ...layoutRules.map((rule) => ({ ...rule, fixable: false }))];
}

const SEVERITY: Record<Severity, Message> = {
  error: { zh: '错误（error）', en: 'error' },
  warning: { zh: '警告（warning）', en: 'warning' },
  info: { zh: '提示（info）', en: 'info' },
};

const WORDS = {
  severity: { zh: '默认级别', en: 'Default severity' },
  fixable: { zh: '自动修复', en: 'Fixable' },
  yes: { zh: '可以', en: 'yes' },
  no: { zh: '不可以', en: 'no' },
  messages: { zh: '报告的问题', en: 'Messages' },
  configure: { zh: '配置', en: 'Configuration' },
  configureText: {
    zh: '在工作区的 `.proposal-reply.json` 中按规则编号设置级别：`"error"`、`"warning"`、`"info"`，或 `"off"` 关闭。',
    en: 'Set the severity by rule id in the workspace’s `.proposal-reply.json`: `"error"`, `"warning"`, `"info"`, or `"off"` to turn the rule off.',
  },
  english: { zh: 'English', en: 'English' },
  generatedNote: {
    zh: '标记之间的内容由 scripts/build-rule-docs.ts 根据规则元数据生成，请勿手工修改',
    en: 'generated from the rule metadata by scripts/build-rule-docs.ts; edit the rule, not this block',
  },
} satisfies Record<string, Message>;

const begin = (locale: Locale) => `<!-- generated:${locale} ${WORDS.generatedNote[locale]} -->`;
const end = (locale: Locale) => `<!-- /generated:${locale} -->`;

export function generatedBlock(subject: DocSubject, locale: Locale): string {
  const word = (key: keyof typeof WORDS) => WORDS[key][locale];
  const example = JSON.stringify({ rules: { [subject.id]: subject.defaultSeverity === 'error' ? 'warning' : 'off' } }, null, 2);
  return [
    begin(locale),
    `**${subject.description[locale]}**`,
    '',
    `- ${word('severity')}：${SEVERITY[subject.defaultSeverity][locale]}`.replace('：', locale === 'zh' ? '：' : ': '),
    `- ${word('fixable')}：${subject.fixable ? word('yes') : word('no')}`.replace('：', locale === 'zh' ? '：' : ': '),
    '',
    subject.docs[locale],
    '',
    `### ${word('messages')}`,
    '',
    ...Object.values(subject.messages).map((message) => `- ${message[locale]}`),
    '',
    `### ${word('configure')}`,
    '',
    word('configureText'),
    '',
    '```json',
    example,
    '```',
    end(locale),
  ].join('\n');
}

function replaceBlock(page: string, locale: Locale, block: string): string | undefined {
  const start = page.indexOf(`<!-- generated:${locale} `);
  const stop = page.indexOf(end(locale));
  if (start < 0 || stop < start) return undefined;
  return page.slice(0, start) + block + page.slice(stop + end(locale).length);
}

/** The page with its generated blocks brought up to date; a new page gets headings for the examples to write. */
export function updatePage(subject: DocSubject, existing: string | undefined): string {
  if (existing !== undefined) {
    const zh = replaceBlock(existing, 'zh', generatedBlock(subject, 'zh'));
    const both = zh && replaceBlock(zh, 'en', generatedBlock(subject, 'en'));
    if (both) return both;
  }
  return [
    `# ${subject.id}`,
    '',
    generatedBlock(subject, 'zh'),
    '',
    '### 示例',
    '',
    '## English',
    '',
    generatedBlock(subject, 'en'),
    '',
    '### Examples',
    '',
  ].join('\n');
}

export function indexPage(subjects: DocSubject[]): string {
  const row = (s: DocSubject, locale: Locale) =>
    `| [${s.id}](${s.id}.md) | ${s.description[locale]} | ${SEVERITY[s.defaultSeverity][locale]} | ${s.fixable ? WORDS.yes[locale] : ''} |`;
  return [
    '# 检查规则 / Rules',
    '',
    `<!-- ${WORDS.generatedNote.zh} -->`,
    '',
    '| 编号 | 检查内容 | 默认级别 | 自动修复 |',
    '| --- | --- | --- | --- |',
    ...subjects.map((s) => row(s, 'zh')),
    '',
    '| Id | Checks | Default severity | Fixable |',
    '| --- | --- | --- | --- |',
    ...subjects.map((s) => row(s, 'en')),
    '',
  ].join('\n');
}

/** Every file under docs/rules/ as it should be: path relative to the docs folder → contents. */
export function expectedDocs(docsDir: string): Map<string, string> {
  const subjects = docSubjects();
  const files = new Map<string, string>();
  for (const subject of subjects) {
    const file = path.join(docsDir, `${subject.id}.md`);
    const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    files.set(`${subject.id}.md`, updatePage(subject, existing));
  }
  files.set('README.md', indexPage(subjects));
  return files;
}

function main(argv: string[]): number {
  const docsDir = path.resolve(__dirname, '../../docs/rules');
  const check = argv.includes('--check');
  const stale: string[] = [];
  fs.mkdirSync(docsDir, { recursive: true });
  for (const [name, contents] of expectedDocs(docsDir)) {
    const file = path.join(docsDir, name);
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === contents) continue;
    stale.push(name);
    if (!check) {
      fs.writeFileSync(`${file}.tmp`, contents);
      fs.renameSync(`${file}.tmp`, file);
    }
  }
  for (const name of stale) console.log(`${check ? 'out of date' : 'wrote'}: docs/rules/${name}`);
  return check && stale.length > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
