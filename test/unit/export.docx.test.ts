import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from '../../src/core/parser/parse';
import { docxGeometry, renderDocx } from '../../src/core/render/docx';
import { DEFAULT_FONT_STACKS, resolveRenderSettings } from '../../src/core/render/settings';
import { libreOfficeToPdf, pdfInfo, requireTools, samplePath, tempDir } from './render-support';

const settings = resolveRenderSettings();
const model = parse(readFileSync(samplePath, 'utf8'));

interface Parts {
  document: string;
  styles: string;
  settings: string;
  footers: Record<string, string>;
  rels: string;
}

async function parts(): Promise<Parts> {
  const files = unzipSync(await renderDocx(model, settings));
  const text = (name: string) => strFromU8(files[name]);
  const footers: Record<string, string> = {};
  for (const name of Object.keys(files)) if (/^word\/footer\d+\.xml$/.test(name)) footers[name.slice('word/'.length)] = text(name);
  return { document: text('word/document.xml'), styles: text('word/styles.xml'), settings: text('word/settings.xml'), footers, rels: text('word/_rels/document.xml.rels') };
}

/** The attributes of the first element with this name. */
function attributes(xml: string, element: string): Record<string, string> {
  const tag = new RegExp(`<${element}\\b([^>]*)/?>`).exec(xml);
  assert.ok(tag, `no <${element}>`);
  return Object.fromEntries([...tag[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** Each paragraph of document.xml with its text. */
function paragraphs(xml: string): { xml: string; text: string }[] {
  return [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

function paragraph(xml: string, startsWith: string): string {
  const found = paragraphs(xml).find((p) => p.text.startsWith(startsWith));
  assert.ok(found, `no paragraph starting with ${startsWith}`);
  return found.xml;
}

/** East Asian fonts of the runs holding `text`. */
function fontOf(paragraphXml: string, text: string): string | undefined {
  const run = [...paragraphXml.matchAll(/<w:r>(.*?)<\/w:r>/g)].find((m) => m[1].includes(`>${text}<`));
  return run ? /w:eastAsia="([^"]+)"/.exec(run[1])?.[1] : undefined;
}

describe('export docx: the Word file follows GB/T 9704-2012', () => {
  let docx: Parts;
  before(async () => (docx = await parts()));

  it('has an A4 page with margins 37/35/28/26 mm and a grid of 22 lines', () => {
    assert.deepEqual(attributes(docx.document, 'w:pgSz'), { 'w:w': '11906', 'w:h': '16838', 'w:orient': 'portrait' });
    const margins = attributes(docx.document, 'w:pgMar');
    const mm = (twips: string) => (Number(twips) / 1440) * 25.4;
    assert.deepEqual([margins['w:top'], margins['w:bottom'], margins['w:left'], margins['w:right']].map((t) => Math.round(mm(t) * 10) / 10), [37, 35, 28, 26]);
    const grid = attributes(docx.document, 'w:docGrid');
    assert.equal(grid['w:type'], 'lines');
    assert.equal(grid['w:linePitch'], '579');
    // 22 lines of 579 twips fill the 225 mm text block, a 23rd would not.
    const textHeight = 16838 - Number(margins['w:top']) - Number(margins['w:bottom']);
    assert.ok(22 * 579 <= textHeight && 23 * 579 > textHeight);
  });

  it('fits 28 characters of 3号 text in a line: 16 pt condensed by whole twentieths of a point', () => {
    const geometry = docxGeometry(settings);
    const textWidth = geometry.pageWidth - geometry.marginLeft - geometry.marginRight;
    assert.ok(28 * geometry.bodyCharWidth <= textWidth, `${28 * geometry.bodyCharWidth} > ${textWidth}`);
    assert.ok(29 * geometry.bodyCharWidth > textWidth);
    const body = paragraph(docx.document, '元宇宙是未来');
    assert.match(body, /<w:spacing w:val="-5"\/>/);
    assert.match(body, /<w:sz w:val="32"\/>/);
    assert.match(body, /<w:ind w:firstLine="630"\/>/, 'first line indented by two characters');
    assert.match(body, /<w:jc w:val="both"\/>/);
  });

  it('sets East Asian fonts per role: 仿宋 body, 黑体 and 楷体 headings, 楷体 signer, 宋体 page numbers', () => {
    const [fangsong, heiti, kaiti, songti] = [DEFAULT_FONT_STACKS.fangsong[0], DEFAULT_FONT_STACKS.heiti[0], DEFAULT_FONT_STACKS.kaiti[0], DEFAULT_FONT_STACKS.songti[0]];
    assert.equal(fontOf(paragraph(docx.document, '元宇宙是未来'), '元宇宙是未来虚拟世界和现实社会相交互的重要平台。以生成式人工智能为代表的前瞻技术开起了走向通用人工智能的重要技术路径。今年的政府工作报告提出,要深化大数据、人工智能等研发应用,开展“人工智能+”行动,打造具有国际竞争力的数字产业集群。'), fangsong);
    assert.equal(fontOf(paragraph(docx.document, '一、加强顶层设计'), '一、加强顶层设计,强化政策支撑作用'), heiti);
    const level2 = paragraph(docx.document, '(一)依托创新平台');
    assert.equal(fontOf(level2, '(一)依托创新平台,构建产业创新生态。'), kaiti);
    assert.match(level2, /<w:outlineLvl w:val="1"\/>/);
    const header = paragraph(docx.document, '办理结果');
    assert.equal(fontOf(header, '詹镭'), kaiti);
    assert.equal(fontOf(header, '签发人:'), fangsong);
    assert.match(header, /<w:tab w:val="right" w:pos="\d+"\/>/);
    for (const footer of Object.values(docx.footers)) assert.match(footer, new RegExp(`w:eastAsia="${songti}"[^]*<w:sz w:val="28"/>`));
    assert.match(docx.styles, new RegExp(`<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="${fangsong}"`));
  });

  it('places the organ two characters in from the right and the date below it, the publication attribute indented', () => {
    assert.match(paragraph(docx.document, '长宁区科学技术委员会'), /<w:ind w:right="630"\/><w:jc w:val="right"\/>/);
    assert.match(paragraph(docx.document, '2024年4月30日'), /<w:ind w:left="5670"\/><w:jc w:val="left"\/>/);
    assert.match(paragraph(docx.document, '(此件公开发布)'), /<w:ind w:firstLine="630"\/>/);
  });

  it('numbers pages `— N —` in different odd (right) and even (left) footers', () => {
    assert.match(docx.settings, /<w:evenAndOddHeaders\/>/);
    const references = [...docx.document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(references.map(([type]) => type).sort(), ['default', 'even']);
    for (const [type, id] of references) {
      const target = new RegExp(`Id="${id}"[^>]*Target="(footer\\d+\\.xml)"`).exec(docx.rels)?.[1] ?? new RegExp(`Target="(footer\\d+\\.xml)"[^>]*Id="${id}"`).exec(docx.rels)?.[1];
      assert.ok(target, `footer ${type}`);
      const footer = docx.footers[target];
      assert.match(footer, />— <\/w:t>.*<w:instrText[^>]*>PAGE<\/w:instrText>.*> —<\/w:t>/s);
      assert.match(footer, type === 'default' ? /<w:ind w:right="280"\/><w:jc w:val="right"\/>/ : /<w:ind w:left="280"\/><w:jc w:val="left"\/>/);
    }
  });

  it('turns off what would change the line: widow control, word wrap at Latin words, spacing around Latin text', () => {
    assert.match(docx.styles, /<w:pPrDefault><w:pPr><w:widowControl w:val="0"\/><w:wordWrap w:val="0"\/><w:autoSpaceDE w:val="0"\/><w:autoSpaceDN w:val="0"\/>/);
  });

  describe('opened in LibreOffice', function () {
    this.timeout(180_000);
    let work: ReturnType<typeof tempDir>;
    let pdf: string;

    before(async function () {
      requireTools(this, ['soffice', 'pdfinfo']);
      work = tempDir('export-docx-');
      const file = path.join(work.dir, 'reply.docx');
      writeFileSync(file, await renderDocx(model, settings));
      pdf = await libreOfficeToPdf(file, work.dir);
    });
    after(() => work?.remove());

    it('gives A4 pages with the text and the page numbers, odd at the right and even at the left', async () => {
      const info = await pdfInfo(pdf);
      assert.ok(Math.abs(info.width - 210) < 0.5 && Math.abs(info.height - 297) < 0.5);
      assert.ok(info.pages >= 5, `pages: ${info.pages}`);
      const words = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
      const pages = words.split('<page ').slice(1);
      assert.equal(pages.length, info.pages);
      pages.forEach((page, i) => {
        const number = String(i + 1);
        const digit = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)<\/word>/g)].filter((m) => m[3] === number && Number(m[2]) > 740);
        assert.equal(digit.length, 1, `page ${number} has its number at the foot`);
        const x = (Number(digit[0][1]) * 25.4) / 72;
        if (i % 2 === 0) assert.ok(x > 150, `odd page ${number} numbered at the right (${x.toFixed(1)} mm)`);
        else assert.ok(x < 60, `even page ${number} numbered at the left (${x.toFixed(1)} mm)`);
      });
      assert.match(pages[0], />签发人/);
      assert.match(pages[pages.length - 1], />邮政编码/);
    });
  });
});
