import * as path from 'node:path';
import { toFields } from '../../core/fields';
import { format } from '../../core/i18n';
import type { ReplyModel } from '../../core/model';
import { parse } from '../../core/parser/parse';
import { EXIT_OK, EXIT_TROUBLE, UsageError, type Command } from '../command';
import type { EncodingOption } from '../encoding';
import { encodingOption } from '../options';
import { readReplyFile } from '../files';
import { isDocxFile, readDocxFile } from '../docx';
import { cliMessages } from '../messages';

/** `--explain`: the line types (1-based lines) and each field's recogniser. */
function explanation(model: ReplyModel) {
  return {
    lines: model.explain.lines.map(({ line, type, by }) => ({ line: line + 1, type, by })),
    sources: model.explain.fields,
  };
}

export const fieldsCommand: Command = {
  name: 'fields',
  summary: {
    zh: '以 JSON 输出从答复件中读出的字段（办理结果、签发人、主送、日期、联系方式等）',
    en: 'Print the fields read from a reply (handling result, signer, addressees, date, contact…) as JSON',
  },
  usage: { zh: 'fields [选项] <文件>', en: 'fields [options] <file>' },
  details: {
    zh: '文中没有的值输出为 null。加 --explain 时另有 lines（每个非空行的类型和识别器）与 sources（每个字段的识别器）。退出码：0 成功；2 用法或文件读取有问题。',
    en: 'A value the text does not show is printed as null. With --explain, lines (each non-empty line\'s type and recogniser) and sources (each field\'s recogniser) follow. Exit codes: 0 success; 2 a usage or file problem.',
  },
  options: {
    encoding: encodingOption,
    explain: {
      type: 'boolean',
      description: {
        zh: '同时输出每个非空行被读作什么、由哪个识别器读出，以及每个字段来自哪个识别器',
        en: 'also print what each non-empty line was read as and by which recogniser, and which recogniser each field came from',
      },
    },
  },

  async run({ values, positionals, locale, io }) {
    if (positionals.length !== 1) throw new UsageError(format(cliMessages.oneFile, locale), 'fields');
    const [file] = positionals;
    const absolute = path.resolve(io.cwd, file);
    const read = isDocxFile(file)
      ? await readDocxFile(absolute, locale)
      : await readReplyFile(absolute, (values.encoding as EncodingOption | undefined) ?? 'auto', locale);
    if ('problem' in read) {
      io.stderr(`proposal-reply: ${file}: ${read.problem}\n`);
      return EXIT_TROUBLE;
    }
    const model = parse(read.text);
    const output = values.explain ? { ...toFields(model), ...explanation(model) } : toFields(model);
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    return EXIT_OK;
  },
};
