import type { Message } from '../core/i18n';

/** The CLI's own strings; file problems print as `proposal-reply: <file>: <message>`. */
export const cliMessages = {
  programSummary: {
    zh: '检查政协提案、人大代表建议答复件的格式与必填内容。',
    en: 'Checks the layout and required content of replies to CPPCC proposals and deputies’ suggestions.',
  },
  programUsage: { zh: '用法：proposal-reply <命令> [选项]', en: 'Usage: proposal-reply <command> [options]' },
  commandUsage: { zh: '用法：proposal-reply {usage}', en: 'Usage: proposal-reply {usage}' },
  commandsHeading: { zh: '命令：', en: 'Commands:' },
  optionsHeading: { zh: '选项：', en: 'Options:' },
  commandHelpHint: {
    zh: '运行“proposal-reply <命令> --help”查看各命令的用法。',
    en: 'Run “proposal-reply <command> --help” for a command’s usage.',
  },
  helpHint: { zh: '运行“proposal-reply {command}--help”查看用法。', en: 'Run “proposal-reply {command}--help” for usage.' },
  helpOption: { zh: '显示本帮助', en: 'show this help' },
  versionOption: { zh: '显示版本号', en: 'show the version' },
  localeOption: {
    zh: '消息语言；默认按环境变量 LC_ALL、LC_MESSAGES、LANG：以 en 开头时为英文，否则为中文',
    en: 'language of messages; by default from LC_ALL, LC_MESSAGES or LANG: English when it starts with en, else Chinese',
  },
  unknownCommand: { zh: '未知的命令“{name}”', en: 'unknown command “{name}”' },
  unknownOption: { zh: '未知的选项“{option}”', en: 'unknown option “{option}”' },
  missingValue: { zh: '选项“{option}”缺少取值', en: 'option “{option}” needs a value' },
  unexpectedValue: { zh: '选项“{option}”不接受取值', en: 'option “{option}” takes no value' },
  badArguments: { zh: '参数有误：{detail}', en: 'invalid arguments: {detail}' },
  badChoice: {
    zh: '选项“--{option}”的值“{value}”无效，应为：{choices}',
    en: 'invalid value “{value}” for “--{option}”; expected: {choices}',
  },
  noFiles: { zh: '请指定要检查的文件或通配符', en: 'name the files or globs to check' },
  oneFile: { zh: '请指定且只指定一个文件', en: 'name exactly one file' },

  notFound: { zh: '文件不存在', en: 'file not found' },
  noMatch: { zh: '没有与此通配符匹配的文件', en: 'no files match this pattern' },
  isDirectory: { zh: '这是文件夹，请指定文件或通配符（如“{pattern}”）', en: 'is a folder; name files or a glob (e.g. “{pattern}”)' },
  unreadable: { zh: '无法读取文件（{code}）', en: 'cannot read the file ({code})' },
  notRegularFile: { zh: '不是普通文件（如管道或设备），未读取', en: 'not a regular file (a pipe or a device, say); not read' },
  empty: { zh: '文件为空', en: 'the file is empty' },
  binary: { zh: '不是文本文件（含有 NUL 字节）', en: 'not a text file (it contains NUL bytes)' },
  utf16: {
    zh: '文件为 UTF-16 编码，暂不支持；请另存为 UTF-8 或 GB18030',
    en: 'the file is UTF-16, which is not supported; save it as UTF-8 or GB18030',
  },
  notUtf8: {
    zh: '不是有效的 UTF-8 文本；如为 GBK/GB18030 编码，请用 --encoding gb18030 或 auto',
    en: 'not valid UTF-8 text; for GBK/GB18030 use --encoding gb18030 or auto',
  },
  notGb18030: { zh: '不是有效的 GB18030 文本', en: 'not valid GB18030 text' },
  unknownEncoding: {
    zh: '既不是有效的 UTF-8，也不是有效的 GB18030 文本',
    en: 'neither valid UTF-8 nor valid GB18030 text',
  },
  checkFailed: { zh: '检查时出错：{detail}', en: 'failed while checking: {detail}' },
  writeFailed: { zh: '无法写回修复后的文件（{code}），原文件未改动', en: 'could not write the fixed file ({code}); the file is unchanged' },
  configUnreadable: { zh: '无法读取配置文件（{code}）', en: 'cannot read the configuration file ({code})' },
} satisfies Record<string, Message>;
