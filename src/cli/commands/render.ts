import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { format, type Locale } from '../../core/i18n';
import { parse } from '../../core/parser/parse';
import { HtmlRenderer, PREVIEW_TEMPLATE_NAMES, previewTemplateFile, type PreviewTemplateSources } from '../../core/render/html';
import { resolveRenderSettings } from '../../core/render/settings';
import { EXIT_OK, EXIT_TROUBLE, UsageError, type Command } from '../command';
import type { EncodingOption } from '../encoding';
import { displayPath, readReplyFile } from '../files';
import { cliMessages } from '../messages';
import { encodingOption } from '../options';
import { packageInfo } from '../package-info';
import { exists, writeNewFile } from '../writeNewFile';

const FORMATS = ['docx', 'html'] as const;
type RenderFormat = (typeof FORMATS)[number];

const messages = {
  noFormat: {
    zh: '请用 --format docx 或 --format html 指定格式，或让 -o 的文件以 .docx、.html 结尾',
    en: 'choose --format docx or --format html, or give -o a file ending in .docx or .html',
  },
  docxNeedsOutput: { zh: 'docx 格式须用 -o 指定输出文件', en: 'the docx format needs an output file (-o)' },
  exists: { zh: '文件已存在；如要覆盖，请加 --force', en: 'the file exists; add --force to overwrite it' },
  templatesMissing: { zh: '找不到预览模板（{file}）：安装不完整', en: 'the preview template is missing ({file}): the installation is incomplete' },
  writeFailed: { zh: '无法写出文件（{code}）', en: 'could not write the file ({code})' },
  written: { zh: '已写出 {file}', en: 'Wrote {file}' },
};

export const renderCommand: Command = {
  name: 'render',
  summary: {
    zh: '按 GB/T 9704-2012 版式把答复件导出为 Word（.docx）或独立的 HTML 页面',
    en: 'Export a reply laid out per GB/T 9704-2012 as Word (.docx) or as a standalone HTML page',
  },
  usage: { zh: 'render [选项] <文件> -o <输出文件>', en: 'render [options] <file> -o <output file>' },
  details: {
    zh: [
      'A4 纸，上 37、下 35、左 28、右 26 毫米，每页 22 行、每行 28 字，页码“— N —”单页居右、双页居左。',
      'HTML 样式内嵌、不含脚本，可在浏览器中按 A4 打印。不加 -o 时 HTML 输出到标准输出。',
      '输出文件已存在时不覆盖，除非加 --force；写入是原子的。',
      '退出码：0 成功；2 用法或文件读写有问题。',
    ].join('\n'),
    en: [
      'A4, margins 37 (top), 35 (bottom), 28 (left), 26 (right) mm, 22 lines of 28 characters a page, page numbers `— N —` right on odd pages, left on even.',
      'The HTML has its styles inlined and no scripts, and prints on A4 from a browser. Without -o the HTML goes to standard output.',
      'An existing output file is never replaced without --force; the file is written atomically.',
      'Exit codes: 0 success; 2 a usage or file problem.',
    ].join('\n'),
  },
  options: {
    format: {
      type: 'string',
      choices: FORMATS,
      description: { zh: '输出格式（默认按输出文件的扩展名）', en: 'output format (default: from the output file’s extension)' },
    },
    output: {
      type: 'string',
      short: 'o',
      valueName: { zh: '文件', en: 'file' },
      description: { zh: '写入此文件（原子写入；已存在时须加 --force）', en: 'write to this file (atomically; an existing file needs --force)' },
    },
    force: { type: 'boolean', description: { zh: '覆盖已存在的输出文件', en: 'overwrite an existing output file' } },
    encoding: encodingOption,
  },

  async run({ values, positionals, locale, io }) {
    if (positionals.length !== 1) throw new UsageError(format(cliMessages.oneFile, locale), 'render');
    const output = typeof values.output === 'string' ? path.resolve(io.cwd, values.output) : undefined;
    const renderFormat = formatOf(values.format, output);
    if (!renderFormat) throw new UsageError(format(messages.noFormat, locale), 'render');
    if (renderFormat === 'docx' && !output) throw new UsageError(format(messages.docxNeedsOutput, locale), 'render');
    const report = (file: string, message: string) => io.stderr(`proposal-reply: ${file}: ${message}\n`);

    if (output && !values.force && (await exists(output))) {
      report(displayPath(output, io.cwd), format(messages.exists, locale));
      return EXIT_TROUBLE;
    }
    const [file] = positionals;
    const read = await readReplyFile(path.resolve(io.cwd, file), (values.encoding as EncodingOption | undefined) ?? 'auto', locale);
    if ('problem' in read) {
      report(file, read.problem);
      return EXIT_TROUBLE;
    }
    const model = parse(read.text);
    const settings = resolveRenderSettings();
    let bytes: Uint8Array;
    if (renderFormat === 'docx') {
      // Loaded when asked for: the Word writer is large, and the other commands start faster without it.
      bytes = await (await import('../../core/render/docx')).renderDocx(model, settings);
    } else {
      const templates = await readTemplates(locale);
      if ('problem' in templates) {
        report(templates.file, templates.problem);
        return EXIT_TROUBLE;
      }
      bytes = new TextEncoder().encode(new HtmlRenderer(templates.sources).standalone(model, settings));
    }

    if (!output) {
      io.stdout(new TextDecoder().decode(bytes));
      return EXIT_OK;
    }
    const written = await writeNewFile(output, bytes, Boolean(values.force));
    if (written !== 'written') {
      report(displayPath(output, io.cwd), written === 'exists' ? format(messages.exists, locale) : format(messages.writeFailed, locale, { code: written.code }));
      return EXIT_TROUBLE;
    }
    io.stdout(`${format(messages.written, locale, { file: displayPath(output, io.cwd) })}\n`);
    return EXIT_OK;
  },
};

function formatOf(option: string | boolean | undefined, output: string | undefined): RenderFormat | undefined {
  if (typeof option === 'string') return option as RenderFormat;
  const extension = output ? path.extname(output).slice(1).toLowerCase() : '';
  if (extension === 'htm') return 'html';
  return (FORMATS as readonly string[]).includes(extension) ? (extension as RenderFormat) : undefined;
}

async function readTemplates(locale: Locale): Promise<{ sources: PreviewTemplateSources } | { file: string; problem: string }> {
  const sources = {} as PreviewTemplateSources;
  for (const name of PREVIEW_TEMPLATE_NAMES) {
    const file = path.join(packageInfo().root, previewTemplateFile(name));
    try {
      sources[name] = await fs.readFile(file, 'utf8');
    } catch {
      return { file, problem: format(messages.templatesMissing, locale, { file: previewTemplateFile(name) }) };
    }
  }
  return { sources };
}
