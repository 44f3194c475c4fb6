import type { DocxFooter, DocxParagraph } from '../types';
import { placedSections } from './sections';
import type { LayoutRule } from './types';

const NUMBER = '\u0000';
/** `— N —`: a one-em dash (一字线) on each side, optionally spaced. */
const FOLIO = new RegExp(`^[—―][\\s\\u00a0\\u3000]*${NUMBER}[\\s\\u00a0\\u3000]*[—―]$`);

/** The footer paragraph showing the page number, as text with the number replaced by NUMBER. */
function folio(footer: DocxFooter | undefined): { paragraph: DocxParagraph; text: string } | undefined {
  for (const paragraph of footer?.paragraphs ?? []) {
    if (!paragraph.runs.some((r) => r.pageField)) continue;
    let text = '';
    let inNumber = false;
    for (const run of paragraph.runs) {
      if (run.pageField) {
        if (!inNumber) text += NUMBER;
        inNumber = true;
      } else {
        text += run.text;
        inNumber = false;
      }
    }
    return { paragraph, text: text.trim() };
  }
  return undefined;
}

export const docxPageNumber: LayoutRule = {
  id: 'docx-page-number',
  defaultSeverity: 'warning',
  description: { zh: '页脚有“— 1 —”式页码', en: 'The footer has a page number in the form — 1 —' },
  docs: {
    zh: 'GB/T 9704-2012 规定页码用 4 号半角宋体阿拉伯数字，编排在版心下边缘之下，数字左右各放一条一字线（— 1 —）；单页码居右空一字，双页码居左空一字。本规则检查每一节的页脚（设置了奇偶页不同时也检查偶数页页脚）是否有页码域，以及页码两侧是否为一字线“—”。',
    en: 'GB/T 9704-2012 prints the page number in size 4 half-width 宋体 Arabic numerals below the text block with a one-em dash on each side (— 1 —), right-aligned on odd pages and left-aligned on even pages, one character in. This rule checks that every section’s footer (and the even-page footer, when odd and even pages differ) has a page number field with a one-em dash “—” on each side.',
  },
  messages: {
    missing: { zh: '页脚没有页码{where}', en: 'The footer has no page number{where}' },
    form: {
      zh: '页码形式为“{actual}”，应为“— 1 —”（数字两侧各一条一字线）{where}',
      en: 'The page number reads “{actual}”; it should read “— 1 —” (a one-em dash each side){where}',
    },
  },
  check(context, report) {
    const en = context.locale === 'en';
    const sections = placedSections(context);
    const seen = new Set<string>();
    for (const { section, number, firstParagraph } of sections) {
      const kinds: DocxFooter['kind'][] = context.document.evenAndOddFooters ? ['default', 'even'] : ['default'];
      for (const kind of kinds) {
        const footer = section.footers.find((f) => f.kind === kind);
        const key = footer?.part ?? `none:${kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const parts = [sections.length > 1 ? (en ? `section ${number + 1}` : `第 ${number + 1} 节`) : '', kind === 'even' ? (en ? 'even pages' : '偶数页') : ''].filter(Boolean);
        const where = parts.length ? (en ? ` (${parts.join(', ')})` : `（${parts.join('，')}）`) : '';
        const found = folio(footer);
        if (!found) report({ messageId: 'missing', args: { where }, paragraph: firstParagraph });
        else if (!FOLIO.test(found.text)) {
          report({ messageId: 'form', args: { actual: found.text.replace(NUMBER, '1'), where }, paragraph: firstParagraph });
        }
      }
    }
  },
};
