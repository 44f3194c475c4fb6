/** The preview's and the exports' user-facing strings, Chinese first. */
import type { Message } from '../../core/i18n';

export const strings = {
  panelTitle: { zh: '预览 {name}', en: 'Preview {name}' },
  pageLabel: { zh: '第 {n} 页', en: 'Page {n}' },
  noReply: { zh: '请先打开一件答复。', en: 'Open a reply first.' },
  renderFailed: { zh: '无法生成预览：{detail}', en: 'Could not render the preview: {detail}' },
  exportTitleDocx: { zh: '导出为 Word 文件', en: 'Export to Word' },
  exportTitleHtml: { zh: '导出为 HTML 页面', en: 'Export to HTML' },
  exportFilterDocx: { zh: 'Word 文件', en: 'Word document' },
  exportFilterHtml: { zh: 'HTML 页面', en: 'HTML page' },
  exportLabel: { zh: '导出', en: 'Export' },
  replaceQuestion: { zh: '“{name}”已存在，要替换它吗？', en: '“{name}” already exists. Replace it?' },
  replace: { zh: '替换', en: 'Replace' },
  exported: { zh: '已导出 {name}', en: 'Exported {name}' },
  open: { zh: '打开', en: 'Open' },
  exportFailed: { zh: '导出失败：{detail}', en: 'Export failed: {detail}' },
} satisfies Record<string, Message>;
