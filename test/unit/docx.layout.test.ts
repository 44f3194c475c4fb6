import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../src/core/config/resolve';
import type { ReplyConfig } from '../../src/core/config/types';
import type { Diagnostic } from '../../src/core/diagnostic';
import { lintDocx } from '../../src/core/docx/lint';
import { layoutRules } from '../../src/core/docx/layout/index';
import { readDocx } from '../../src/core/docx/read';
import { toFields } from '../../src/core/fields';
import { parse } from '../../src/core/parser/parse';
import { renderDocx } from '../../src/core/render/docx';
import { resolveRenderSettings } from '../../src/core/render/settings';
import { makeDocx, p, sectPr } from './docx.helpers';

const root = join(__dirname, '..', '..', '..');
const corpus = join(root, 'test', 'fixtures', 'corpus');
const docxCorpus = join(root, 'test', 'fixtures', 'docx', 'corpus');
const corpusFiles = readdirSync(corpus).filter((name) => name.endsWith('.txt'));

const layoutOnly = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.ruleId.startsWith('docx-'));
const ruleIds = (diagnostics: Diagnostic[]) => [...new Set(layoutOnly(diagnostics).map((d) => d.ruleId))].sort();
const lintWith = (bytes: Uint8Array, config: ReplyConfig = {}, locale: 'zh' | 'en' = 'zh') =>
  lintDocx(readDocx(bytes), { config: resolveConfig(config), locale, now: new Date('2025-01-01') });

/** 3号仿宋 on a 22-line grid with the standard's margins: a reply laid out as it should be. */
const FS = '<w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/>';
const GOOD_SECTION = sectPr({ grid: '<w:docGrid w:type="lines" w:linePitch="579"/>', footers: '<w:footerReference w:type="default" r:id="rIdF1"/>' });
const GOOD_FOOTER =
  '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>';
function goodReply(overrides: { footer?: string; section?: string; body?: string } = {}): Uint8Array {
  const body =
    overrides.body ??
    [
      p('办理结果:解决或采纳  签发人:詹镭', '', FS),
      p('钟跃崎委员:', '', FS),
      p('您提出的关于“加强社区养老服务”的提案收悉,现将办理情况答复如下:', '<w:ind w:firstLineChars="200"/>', FS),
      p('一、总体情况', '<w:ind w:firstLineChars="200"/>', '<w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/>'),
      p('我区已建成养老服务中心12家。', '<w:ind w:firstLineChars="200"/>', FS),
      p('长宁区民政局', '<w:jc w:val="right"/><w:ind w:right="640"/>', FS),
      p('2024年4月30日', '<w:jc w:val="right"/><w:ind w:right="1280"/>', FS),
      p('(此件公开发布)', '<w:ind w:firstLineChars="200"/>', FS),
      p('联系人:王建涛  联系电话:52388272', '<w:ind w:firstLineChars="200"/>', FS),
    ].join('');
  return makeDocx({ footers: { rIdF1: overrides.footer ?? GOOD_FOOTER }, body: body + (overrides.section ?? GOOD_SECTION) });
}

describe('layout rules on .docx files LibreOffice made from the corpus', () => {
  it('changning-2024-aigc: LibreOffice’s default page and styles draw margin, font, grid, page-number and signature diagnostics', () => {
    const diagnostics = lintWith(readFileSync(join(docxCorpus, 'changning-2024-aigc.docx')));
    // A4 is right; LibreOffice's 20 mm margins, monospace 10 pt text, automatic spacing, no footer and flush-left signature are not.
    assert.deepEqual(ruleIds(diagnostics), [
      'docx-body-font',
      'docx-heading-fonts',
      'docx-line-grid',
      'docx-margins',
      'docx-page-number',
      'docx-signature-align',
    ]);
    const margins = diagnostics.find((d) => d.ruleId === 'docx-margins');
    assert.match(margins?.message ?? '', /上 20、下 20、左 20、右 20 毫米/);
    const organ = diagnostics.find((d) => d.ruleId === 'docx-signature-align');
    assert.match(organ?.message ?? '', /第 43 段「长宁区科学技术委员会」/);
    assert.equal(organ?.range.start.line, 42);
  });

  it('names the paragraph in every diagnostic and groups a wrongly set style into one diagnostic per problem', () => {
    const diagnostics = lintWith(readFileSync(join(docxCorpus, 'real-021.docx')), {}, 'en');
    for (const d of diagnostics) assert.match(d.message, /\(paragraph \d+, (“.+”|empty)[;)]/, d.message);
    const bodyFont = diagnostics.filter((d) => d.ruleId === 'docx-body-font');
    assert.deepEqual(bodyFont.map((d) => d.message.replace(/ \(paragraph.*/, '')), [
      'Body text is in “Noto Sans Mono CJK SC”; it should be a 仿宋 font',
      'Body text is 10 pt; it should be 16 pt (size 3)',
    ]);
    assert.match(bodyFont[0].message, /\(paragraph 3, “吴春华代表:”; also 5 more: 5, 13, 15, 17, 19\)$/);
    assert.deepEqual(ruleIds(diagnostics), [
      'docx-body-font',
      'docx-heading-fonts',
      'docx-line-grid',
      'docx-margins',
      'docx-page-number',
      'docx-signature-align',
      'docx-title-font',
    ]);
  });

  it('every fixture draws the margin and body-font diagnostics, and none draws docx-page-size (LibreOffice makes A4 here)', () => {
    for (const name of corpusFiles) {
      const ids = ruleIds(lintWith(readFileSync(join(docxCorpus, name.replace(/\.txt$/, '.docx')))));
      assert.ok(ids.includes('docx-margins') && ids.includes('docx-body-font') && !ids.includes('docx-page-size'), `${name}: ${ids.join(', ')}`);
    }
  });

  it('drops fixes: a Word file is never rewritten', () => {
    const diagnostics = lintWith(readFileSync(join(docxCorpus, 'changning-2024-aigc.docx')));
    assert.ok(diagnostics.some((d) => d.ruleId === 'punctuation-width'));
    assert.ok(diagnostics.every((d) => d.fix === undefined));
  });
});

describe('layout rules on the project’s own .docx export', () => {
  for (const name of corpusFiles) {
    it(`${name}: the export draws no layout diagnostic and reads back to the same fields`, async () => {
      const model = parse(readFileSync(join(corpus, name), 'utf8'));
      const bytes = await renderDocx(model, resolveRenderSettings());
      const document = readDocx(bytes);
      assert.deepEqual(layoutOnly(lintDocx(document, { now: new Date('2025-01-01') })).map((d) => d.message), []);
      assert.deepEqual(toFields(parse(document.text)), toFields(model));
    });
  }
});

describe('layout rules on the export after LibreOffice opened and saved it again', () => {
  it('changning-2024-aigc: still no layout diagnostic, and the same fields as the text', () => {
    const document = readDocx(readFileSync(join(root, 'test', 'fixtures', 'docx', 'resaved', 'changning-2024-aigc.docx')));
    assert.deepEqual(layoutOnly(lintDocx(document, { now: new Date('2025-01-01') })).map((d) => d.message), []);
    assert.deepEqual(toFields(parse(document.text)), toFields(parse(readFileSync(join(corpus, 'changning-2024-aigc.txt'), 'utf8'))));
  });
});

describe('layout rules, one by one', () => {
  it('a reply laid out by the standard draws none', () => {
    assert.deepEqual(layoutOnly(lintWith(goodReply())).map((d) => d.message), []);
  });

  it('docx-page-size: Letter paper', () => {
    const diagnostics = lintWith(goodReply({ section: GOOD_SECTION.replace('w:w="11906" w:h="16838"', 'w:w="12240" w:h="15840"') }), {}, 'en');
    // The shorter page also holds two lines fewer on the same grid.
    assert.deepEqual(layoutOnly(diagnostics).map((d) => d.message), [
      'The paper is 215.9 × 279.4 mm; it should be 210 × 297 mm (A4 portrait) (paragraph 1, “办理结果:解决或采纳 签…”)',
      'Line spacing of 29 pt (about 10.2 mm) gives about 20 lines a page; it should be 22 (paragraph 3, “您提出的关于“加强社区养…”)',
    ]);
  });

  it('docx-margins: within the tolerance, and retuned by the docx section of the configuration', () => {
    const bottom27 = GOOD_SECTION.replace('w:bottom="1984"', 'w:bottom="1531"');
    assert.deepEqual(ruleIds(lintWith(goodReply({ section: bottom27 }))), ['docx-margins']);
    assert.deepEqual(ruleIds(lintWith(goodReply({ section: bottom27 }), { docx: { margins: { bottomMm: 27 } } })), []);
    const nearly = GOOD_SECTION.replace('w:top="2098"', 'w:top="2130"'); // 37.6 mm
    assert.deepEqual(ruleIds(lintWith(goodReply({ section: nearly }))), []);
  });

  it('docx-line-grid: an exact 28 pt line gives 22 lines; 20 pt gives 31; automatic spacing without a grid is not fixed', () => {
    const exact = (twips: number) => goodReplyWithSpacing(`<w:spacing w:line="${twips}" w:lineRule="exact"/>`);
    assert.deepEqual(ruleIds(lintWith(exact(560))), []);
    const tight = layoutOnly(lintWith(exact(400), {}, 'en'));
    assert.match(tight[0]?.message ?? '', /^Line spacing of 20 pt \(about 7.1 mm\) gives about 31 lines a page; it should be 22/);
    const auto = layoutOnly(lintWith(goodReply({ section: sectPr({ footers: '<w:footerReference w:type="default" r:id="rIdF1"/>' }) }), {}, 'en'));
    assert.deepEqual(auto.map((d) => d.ruleId), ['docx-line-grid']);
    assert.match(auto[0].message, /not fixed.*a document grid of 22 lines a page or an exact spacing of about 29 pt/);
  });

  it('docx-page-number: a missing footer and hyphens instead of one-em dashes', () => {
    const hyphens = GOOD_FOOTER.replace('— ', '- ').replace(' —', ' -');
    assert.match(layoutOnly(lintWith(goodReply({ footer: hyphens }), {}, 'en'))[0]?.message ?? '', /^The page number reads “- 1 -”/);
    const noFooter = GOOD_SECTION.replace('<w:footerReference w:type="default" r:id="rIdF1"/>', '');
    assert.match(layoutOnly(lintWith(goodReply({ section: noFooter }), {}, 'en'))[0]?.message ?? '', /^The footer has no page number/);
    assert.deepEqual(ruleIds(lintWith(goodReply({ section: noFooter }), { rules: { 'docx-page-number': 'off' } })), []);
  });

  it('docx-heading-fonts and docx-signature-align: a 仿宋 level-1 heading and a flush-left date', () => {
    const bytes = goodReply({
      body: [
        p('钟跃崎委员:', '', FS),
        p('您提出的提案收悉,现答复如下:', '', FS),
        p('一、总体情况', '', FS),
        p('长宁区民政局', '<w:jc w:val="right"/>', FS),
        p('2024年4月30日', '', FS),
      ].join(''),
    });
    const diagnostics = layoutOnly(lintWith(bytes, {}, 'en'));
    assert.deepEqual(
      diagnostics.map((d) => [d.ruleId, d.severity, d.range.start.line]),
      [
        ['docx-heading-fonts', 'warning', 2],
        ['docx-signature-align', 'warning', 4],
      ],
    );
    assert.match(diagnostics[0].message, /^The level-1 heading \(一、\) is in “仿宋_GB2312”; it should be a 黑体 font \(paragraph 3, “一、总体情况”\)$/);
    const asErrors = lintWith(bytes, { rules: { 'docx-signature-align': 'error' } });
    assert.equal(asErrors.find((d) => d.ruleId === 'docx-signature-align')?.severity, 'error');
  });

  it('docx-title-font: a 16 pt, left-aligned title; the fonts a locality accepts are configurable', () => {
    const title = (rPr: string, pPr = '') => goodReply({ body: p('长宁区民政局关于区政协十五届五次会议第155号提案的答复', pPr, rPr) + p('钟跃崎委员:', '', FS) + p('您的提案收悉,现答复如下:', '', FS) });
    const messages = layoutOnly(lintWith(title('<w:rFonts w:eastAsia="华文中宋"/><w:sz w:val="32"/>'), {}, 'en')).map((d) => d.message.replace(/ \(paragraph.*/, ''));
    assert.deepEqual(messages, ['The title is in “华文中宋”; it should be a 小标宋 font', 'The title is 16 pt; it should be 22 pt (size 2)', 'The title is not centred']);
    const accepted = lintWith(title('<w:rFonts w:eastAsia="华文中宋"/><w:sz w:val="44"/>', '<w:jc w:val="center"/>'), { docx: { titleFont: { families: ['小标宋', '中宋'] } } });
    assert.deepEqual(ruleIds(accepted), []);
  });

  it('every layout rule has an id, both languages and a message for each report', () => {
    for (const rule of layoutRules) {
      assert.match(rule.id, /^docx-[a-z-]+$/);
      for (const text of [rule.description, rule.docs, ...Object.values(rule.messages)]) assert.ok(text.zh && text.en, rule.id);
    }
  });
});

function goodReplyWithSpacing(spacing: string): Uint8Array {
  const body = [
    p('钟跃崎委员:', spacing, FS),
    p('您提出的提案收悉,现将办理情况答复如下:', spacing, FS),
    p('我区已建成养老服务中心12家。', spacing, FS),
  ].join('');
  return goodReply({ body, section: sectPr({ footers: '<w:footerReference w:type="default" r:id="rIdF1"/>' }) });
}
