import * as path from 'node:path';
import { toFields } from '../../core/fields';
import { format, type Locale } from '../../core/i18n';
import { lint } from '../../core/lint';
import { parse } from '../../core/parser/parse';
import { registerCsv } from '../../core/register/csv';
import { registerJson } from '../../core/register/json';
import { countProblems, registerRow, type RegisterRow } from '../../core/register/row';
import { sortRegister } from '../../core/register/sort';
import { EXIT_OK, EXIT_TROUBLE, UsageError, type Command } from '../command';
import { ConfigLoader, formatConfigProblem } from '../configs';
import type { EncodingOption } from '../encoding';
import { displayPath, expandTargets, readReplyFile } from '../files';
import { cliMessages } from '../messages';
import { configOption, encodingOption } from '../options';
import { exists, writeNewFile } from '../writeNewFile';

const FORMATS = ['csv', 'xlsx', 'json'] as const;
type RegisterFormat = (typeof FORMATS)[number];

const messages = {
  xlsxNeedsOutput: { zh: 'xlsx 格式须用 -o 指定输出文件', en: 'the xlsx format needs an output file (-o)' },
  exists: { zh: '文件已存在；如要覆盖，请加 --force', en: 'the file exists; add --force to overwrite it' },
  writeFailed: { zh: '无法写出台账（{code}）', en: 'could not write the register ({code})' },
  written: { zh: '已写出办理台账 {file}（共 {count} 件）', en: 'Wrote the register {file} ({count} replies)' },
};

export const registerCommand: Command = {
  name: 'register',
  summary: {
    zh: '生成办理台账：每件答复一行（编号、标题、主送、办理结果、签发人、日期、联系人、错误和警告数等）',
    en: 'Make the register of replies: one row each (number, title, addressees, result, signer, date, contact, errors, warnings…)',
  },
  usage: { zh: 'register [选项] <文件或通配符…>', en: 'register [options] <files or globs…>' },
  details: {
    zh: [
      '按提案编号、再按日期排序。csv 为带 BOM 的 UTF-8，Excel 和 WPS 可直接打开；',
      '未指定 --format 时按输出文件的扩展名确定，否则为 csv。不加 -o 时 csv 和 json 输出到标准输出。',
      '退出码：0 成功；2 用法、配置或文件读写有问题（可读的文件仍写入台账）。',
    ].join('\n'),
    en: [
      'Sorted by the proposal’s number, then by date. csv is UTF-8 with a BOM, which Excel and WPS open as is.',
      'Without --format the output file’s extension decides, else csv. Without -o, csv and json go to standard output.',
      'Exit codes: 0 success; 2 a usage, configuration or file problem (the readable files are still in the register).',
    ].join('\n'),
  },
  options: {
    format: {
      type: 'string',
      choices: FORMATS,
      description: { zh: '台账格式（默认按输出文件扩展名，否则 csv）', en: 'register format (default: from the output file’s extension, else csv)' },
    },
    output: {
      type: 'string',
      short: 'o',
      valueName: { zh: '文件', en: 'file' },
      description: { zh: '写入此文件（原子写入；已存在时须加 --force）', en: 'write to this file (atomically; an existing file needs --force)' },
    },
    force: { type: 'boolean', description: { zh: '覆盖已存在的输出文件', en: 'overwrite an existing output file' } },
    encoding: encodingOption,
    config: configOption,
  },

  async run({ values, positionals, locale, io }) {
    if (positionals.length === 0) throw new UsageError(format(cliMessages.noFiles, locale), 'register');
    const output = typeof values.output === 'string' ? path.resolve(io.cwd, values.output) : undefined;
    const registerFormat = formatOf(values.format, output);
    if (registerFormat === 'xlsx' && !output) throw new UsageError(format(messages.xlsxNeedsOutput, locale), 'register');
    let failed = false;
    const report = (file: string | undefined, message: string) => {
      failed = true;
      io.stderr(`proposal-reply: ${file ? `${file}: ` : ''}${message}\n`);
    };
    if (output && !values.force && (await exists(output))) {
      report(displayPath(output, io.cwd), format(messages.exists, locale));
      return EXIT_TROUBLE;
    }

    const { files, problems } = await expandTargets(positionals, io.cwd, locale);
    for (const problem of problems) report(problem.file, problem.message);
    const configs = new ConfigLoader(locale, typeof values.config === 'string' ? path.resolve(io.cwd, values.config) : undefined);
    const reportedConfigs = new Set<string>();
    const rows: RegisterRow[] = [];
    for (const file of files) {
      const shown = displayPath(file, io.cwd);
      const configResult = await configs.forFile(file);
      if ('problems' in configResult) {
        if (!reportedConfigs.has(configResult.source)) {
          reportedConfigs.add(configResult.source);
          for (const problem of configResult.problems) report(undefined, formatConfigProblem(problem, displayPath(configResult.source, io.cwd)));
        }
        failed = true;
        continue;
      }
      const read = await readReplyFile(file, (values.encoding as EncodingOption | undefined) ?? 'auto', locale);
      if ('problem' in read) {
        report(shown, read.problem);
        continue;
      }
      const counts = countProblems(lint(read.text, { config: configResult.config, locale }));
      rows.push(registerRow(shown.split(path.sep).join('/'), toFields(parse(read.text)), counts));
    }

    const bytes = await encodeRegister(sortRegister(rows), registerFormat, locale);
    if (!output) {
      io.stdout(new TextDecoder().decode(bytes));
      return failed ? EXIT_TROUBLE : EXIT_OK;
    }
    const written = await writeNewFile(output, bytes, Boolean(values.force));
    if (written !== 'written') {
      report(displayPath(output, io.cwd), written === 'exists' ? format(messages.exists, locale) : format(messages.writeFailed, locale, { code: written.code }));
      return EXIT_TROUBLE;
    }
    io.stdout(`${format(messages.written, locale, { file: displayPath(output, io.cwd), count: rows.length })}\n`);
    return failed ? EXIT_TROUBLE : EXIT_OK;
  },
};

function formatOf(option: string | boolean | undefined, output: string | undefined): RegisterFormat {
  if (typeof option === 'string') return option as RegisterFormat;
  const extension = output ? path.extname(output).slice(1).toLowerCase() : '';
  return (FORMATS as readonly string[]).includes(extension) ? (extension as RegisterFormat) : 'csv';
}

async function encodeRegister(rows: RegisterRow[], registerFormat: RegisterFormat, locale: Locale): Promise<Uint8Array> {
  // Loaded only when asked for: the .xlsx writer is large, and every other command starts faster without it.
  if (registerFormat === 'xlsx') return (await import('../../core/register/xlsx')).registerXlsx(rows, locale);
  return new TextEncoder().encode(registerFormat === 'json' ? registerJson(rows) : registerCsv(rows, locale));
}
