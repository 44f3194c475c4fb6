/** The Word commands' own strings, in the language of the problem messages (`proposalReply.locale`). */
import type { Message } from '../../core/i18n';

export const docxMessages = {
  pickTitleCheck: { zh: '选择要检查的 Word 文件', en: 'Choose the Word file to check' },
  pickTitleImport: { zh: '选择要导入的 Word 文件', en: 'Choose the Word file to import' },
  pickLabelCheck: { zh: '检查', en: 'Check' },
  pickLabelImport: { zh: '导入', en: 'Import' },
  wordFiles: { zh: 'Word 文档', en: 'Word documents' },
  cannotRead: { zh: '无法读取 {file}：{detail}', en: 'Cannot read {file}: {detail}' },
  checked: {
    zh: '已检查 {file}：{errors} 个错误，{warnings} 个警告，{infos} 个提示（其中版式问题 {layout} 个）。',
    en: 'Checked {file}: {errors} error(s), {warnings} warning(s), {infos} info ({layout} about the layout).',
  },
  clean: { zh: '已检查 {file}：没有发现问题。', en: 'Checked {file}: no problems found.' },
  showProblems: { zh: '查看问题', en: 'Show Problems' },
  configProblems: {
    zh: '配置文件 {file} 有误，已按默认设置检查；请查看该文件中标出的问题。',
    en: 'The configuration file {file} has problems, so the defaults were used; see the problems marked in that file.',
  },
  empty: { zh: '{file} 中没有文字，未导入。', en: '{file} has no text; nothing was imported.' },
  imported: {
    zh: '已从 {file} 导入 {paragraphs} 段文字，原文件未改动。另存为 .reply.txt 即可继续编辑和导出。',
    en: 'Imported {paragraphs} paragraphs from {file}; the original is unchanged. Save it as .reply.txt to keep editing and exporting it.',
  },
} satisfies Record<string, Message>;
