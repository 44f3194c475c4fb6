import type { OptionSpec } from './command';
import { ENCODING_OPTIONS } from './encoding';

/** `--encoding`, shared by the commands that read replies. */
export const encodingOption: OptionSpec = {
  type: 'string',
  choices: ENCODING_OPTIONS,
  description: {
    zh: '文件编码（默认 auto：有效的 UTF-8 优先，否则按 GB18030/GBK 读取）',
    en: 'file encoding (default: auto: valid UTF-8 wins, else GB18030/GBK)',
  },
};

/** `--config`, shared by the commands that check replies against a configuration. */
export const configOption: OptionSpec = {
  type: 'string',
  valueName: { zh: '文件', en: 'file' },
  description: {
    zh: '使用此配置文件，不再查找 .proposal-reply.json',
    en: 'use this configuration file instead of looking for .proposal-reply.json',
  },
};
