import * as path from 'node:path';
import { fixAll } from '../../core/fix/fixAll';
import { format, type Locale } from '../../core/i18n';
import { lint, type LintOptions } from '../../core/lint';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_TROUBLE, UsageError, type Command } from '../command';
import { ConfigLoader, formatConfigProblem } from '../configs';
import { encodeText, type DecodedText, type EncodingOption } from '../encoding';
import { configOption, encodingOption } from '../options';
import { displayPath, errorCode, expandTargets, readReplyFile, writeFileAtomic } from '../files';
import { isDocxFile, lintDocxFile } from '../docx';
import { FORMAT_NAMES, formatters } from '../formatters/index';
import { lintInPool } from '../lintPool';
import type { FileResult } from '../formatters/types';
import type { CliIO } from '../io';
import { cliMessages } from '../messages';
import { packageInfo } from '../package-info';

export const lintCommand: Command = {
  name: 'lint',
  summary: {
    zh: '检查答复件，报告缺少的字段和格式问题；加 --fix 时修复可安全自动修复的问题',
    en: 'Check replies for missing fields and layout problems; with --fix, repair what can safely be repaired',
  },
  usage: { zh: 'lint [选项] <文件或通配符…>', en: 'lint [options] <files or globs…>' },
  details: {
    zh: [
      '每个文件使用离它最近的 .proposal-reply.json（从文件所在文件夹向上查找），或 --config 指定的文件。',
      '通配符如 "replies/**/*.txt" 请加引号。',
      'json 格式与 ESLint 相同：severity 2 为错误，1 为警告或提示；提示计入 infoCount，不计入 warningCount，',
      '可由 severityName 区分。sarif 为 SARIF 2.1.0。',
      '',
      '退出码：0 没有错误；1 有错误；2 用法、配置或文件读写有问题。',
    ].join('\n'),
    en: [
      'Each file uses the nearest .proposal-reply.json (from its folder upwards), or the file given with --config.',
      'Quote globs such as "replies/**/*.txt".',
      'The json format is ESLint’s: severity 2 is an error, 1 a warning or info; info is counted in infoCount,',
      'not in warningCount, and told apart by severityName. sarif is SARIF 2.1.0.',
      '',
      'Exit codes: 0 no errors; 1 errors found; 2 a usage, configuration or file problem.',
    ].join('\n'),
  },
  options: {
    format: {
      type: 'string',
      choices: FORMAT_NAMES,
      description: { zh: '输出格式（默认 stylish）', en: 'output format (default: stylish)' },
    },
    fix: {
      type: 'boolean',
      description: {
        zh: '修复可安全自动修复的问题并写回文件（保留编码、BOM 和换行符）',
        en: 'fix what can safely be fixed and write the files back (keeping encoding, BOM and line endings)',
      },
    },
    encoding: encodingOption,
    config: configOption,
  },

  async run({ values, positionals, locale, io }) {
    if (positionals.length === 0) throw new UsageError(format(cliMessages.noFiles, locale), 'lint');
    const encoding = (values.encoding as EncodingOption | undefined) ?? 'auto';
    const explicitConfig = typeof values.config === 'string' ? path.resolve(io.cwd, values.config) : undefined;
    const report = troubleReporter(io);

    const { files, problems } = await expandTargets(positionals, io.cwd, locale);
    for (const problem of problems) report(problem.file, problem.message);

    const configs = new ConfigLoader(locale, explicitConfig);
    const reportedConfigs = new Set<string>();
    const results: FileResult[] = [];
    // Many plain replies are linted on worker threads first; the loop takes their results in order.
    const pooled = values.fix === true ? new Map<string, FileResult>() : await lintInPool(files, { encoding, locale, explicitConfig }, { configs });
    for (const file of files) {
      const configResult = await configs.forFile(file);
      if ('problems' in configResult) {
        if (!reportedConfigs.has(configResult.source)) {
          reportedConfigs.add(configResult.source);
          const shown = displayPath(configResult.source, io.cwd);
          for (const problem of configResult.problems) report(undefined, formatConfigProblem(problem, shown));
        }
        continue;
      }
      if (isDocxFile(file)) {
        const result = await lintDocxFile(file, { config: configResult.config, locale }, values.fix === true, io, report);
        if (result) results.push(result);
        continue;
      }
      const done = pooled.get(file);
      if (done) {
        results.push(done);
        continue;
      }
      const read = await readReplyFile(file, encoding, locale);
      if ('problem' in read) {
        report(displayPath(file, io.cwd), read.problem);
        continue;
      }
      try {
        results.push(await lintFile(file, read, { config: configResult.config, locale }, values.fix === true, report, io.cwd));
      } catch (error) {
        report(displayPath(file, io.cwd), format(cliMessages.checkFailed, locale, { detail: errorCode(error) }));
      }
    }

    const formatName = typeof values.format === 'string' ? values.format : 'stylish';
    const { version, docsBase } = packageInfo();
    io.stdout(formatters[formatName](results, { cwd: io.cwd, locale, color: useColor(io), version, docsBase }));
    if (report.failed) return EXIT_TROUBLE;
    return results.some((result) => result.diagnostics.some((d) => d.severity === 'error')) ? EXIT_PROBLEMS : EXIT_OK;
  },
};

/** Lints one file, first fixing and writing it back when asked; a file that cannot be written stays as it was. */
async function lintFile(
  file: string,
  read: DecodedText,
  options: LintOptions & { locale: Locale },
  fix: boolean,
  report: (file: string, message: string) => void,
  cwd: string,
): Promise<FileResult> {
  const result: FileResult = { filePath: file, diagnostics: [] };
  let text = read.text;
  if (fix) {
    const fixed = fixAll(text, options).output;
    if (fixed !== text) {
      try {
        await writeFileAtomic(file, await encodeText({ ...read, text: fixed }));
        text = result.output = fixed;
      } catch (error) {
        report(displayPath(file, cwd), format(cliMessages.writeFailed, options.locale, { code: errorCode(error) }));
      }
    }
  }
  result.diagnostics = lint(text, options);
  return result;
}

/** Writes one line per problem to stderr and remembers that something went wrong. */
function troubleReporter(io: CliIO) {
  const report = (file: string | undefined, message: string) => {
    report.failed = true;
    io.stderr(`proposal-reply: ${file ? `${file}: ` : ''}${message}\n`);
  };
  report.failed = false;
  return report;
}

function useColor(io: CliIO): boolean {
  return io.stdoutIsTTY && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb';
}
