import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { DocxReadError } from '../../src/core/docx/errors';
import { readDocx } from '../../src/core/docx/read';
import { toFields } from '../../src/core/fields';
import { parse } from '../../src/core/parser/parse';
import { makeDocx, p, sectPr } from './docx.helpers';

const root = join(__dirname, '..', '..', '..');
const corpus = join(root, 'test', 'fixtures', 'corpus');
const docxCorpus = join(root, 'test', 'fixtures', 'docx', 'corpus');
const corpusFiles = readdirSync(corpus).filter((name) => name.endsWith('.txt'));

describe('readDocx on .docx files LibreOffice made from the corpus', () => {
  it('has a .docx for every text fixture (scripts/make-docx-fixtures.sh)', () => {
    const made = new Set(readdirSync(docxCorpus));
    assert.deepEqual(corpusFiles.filter((name) => !made.has(name.replace(/\.txt$/, '.docx'))), []);
  });

  for (const name of corpusFiles) {
    const text = readFileSync(join(corpus, name), 'utf8');
    const document = readDocx(readFileSync(join(docxCorpus, name.replace(/\.txt$/, '.docx'))));

    it(`${name}: fields read from the .docx equal those read from the text`, () => {
      assert.deepEqual(toFields(parse(document.text)), toFields(parse(text)));
    });

    it(`${name}: one paragraph a line, in order, with nothing lost`, () => {
      const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
      assert.deepEqual(document.text.replace(/\n$/, '').split('\n'), lines);
      assert.equal(document.paragraphs.length, lines.length);
      document.lines.forEach((line, i) => assert.deepEqual(line, { paragraph: i, offset: 0 }));
    });
  }
});

describe('readDocx: text in reading order', () => {
  it('reads table cells and text boxes as paragraphs, a text box once though Word stores it twice', () => {
    const box = (text: string) =>
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>${p(text)}</w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>${p(text)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const bytes = makeDocx({
      body:
        `<w:p><w:r><w:t>办理结果:解决或采纳</w:t></w:r>${box('签发人:詹镭')}</w:p>` +
        `<w:tbl><w:tr><w:tc>${p('联系人:王建涛')}</w:tc><w:tc>${p('联系电话:52388272')}</w:tc></w:tr></w:tbl>` +
        p('末段'),
    });
    const document = readDocx(bytes);
    assert.equal(document.text, '办理结果:解决或采纳\n签发人:詹镭\n联系人:王建涛\n联系电话:52388272\n末段\n');
    assert.deepEqual(document.paragraphs.map((x) => x.where), ['body', 'textbox', 'table', 'table', 'body']);
    const fields = toFields(parse(document.text));
    assert.equal(fields.signer, '詹镭');
    assert.equal(fields.contact.phone, '52388272');
  });

  it('keeps inserted text and field results, drops deleted text and field codes, and maps breaks to lines', () => {
    const bytes = makeDocx({
      body:
        '<w:p><w:r><w:t>联系人:</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>张三</w:delText></w:r></w:del>' +
        '<w:ins w:id="2" w:author="a"><w:r><w:t>王建涛</w:t></w:r></w:ins><w:r><w:br/><w:t>联系电话:</w:t><w:tab/></w:r>' +
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD phone </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>52388272</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>' +
        p('下一段'),
    });
    const document = readDocx(bytes);
    assert.equal(document.text, '联系人:王建涛\n联系电话:\t52388272\n下一段\n');
    assert.deepEqual(document.lines, [
      { paragraph: 0, offset: 0 },
      { paragraph: 0, offset: 8 },
      { paragraph: 1, offset: 0 },
    ]);
  });

  it('writes out Word’s automatic numbering, so numbered headings are read as headings', () => {
    const level = (ilvl: number, format: string, text: string) =>
      `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:suff w:val="nothing"/></w:lvl>`;
    const numbered = (ilvl: number, text: string) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr>`);
    const bytes = makeDocx({
      numbering:
        `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '(%2)')}${level(2, 'decimal', '%3.')}</w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
      body: [numbered(0, '总体情况'), numbered(1, '第一项'), numbered(1, '第二项'), numbered(2, '细目'), numbered(0, '下一步')].join('') + sectPr(),
    });
    const document = readDocx(bytes);
    assert.equal(document.text, '一、总体情况\n(一)第一项\n(二)第二项\n1.细目\n二、下一步\n');
    const headings = parse(document.text).blocks.filter((b) => b.type === 'heading').map((b) => [b.heading?.level, b.heading?.number]);
    assert.deepEqual(headings, [[1, 1], [2, 1], [2, 2], [3, 1], [1, 2]]);
  });
});

describe('readDocx: layout', () => {
  it('resolves fonts and sizes through docDefaults, basedOn chains, character styles and theme fonts', () => {
    const bytes = makeDocx({
      fontScheme: '<a:fontScheme name="f"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface="黑体"/></a:majorFont><a:minorFont><a:latin typeface="Times"/><a:ea typeface=""/><a:font script="Hans" typeface="仿宋_GB2312"/></a:minorFont></a:fontScheme>',
      styles:
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsiaTheme="minorEastAsia"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>' +
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="32"/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsiaTheme="majorEastAsia"/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:basedOn w:val="H1"/><w:pPr><w:ind w:firstLineChars="200"/></w:pPr></w:style>' +
        '<w:style w:type="character" w:styleId="Kai"><w:name w:val="kai"/><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/></w:rPr></w:style>',
      body:
        p('正文') +
        '<w:p><w:pPr><w:pStyle w:val="H2"/></w:pPr><w:r><w:t>标题</w:t></w:r><w:r><w:rPr><w:rStyle w:val="Kai"/><w:sz w:val="44"/></w:rPr><w:t>楷</w:t></w:r></w:p>' +
        sectPr(),
    });
    const [body, heading] = readDocx(bytes).paragraphs;
    assert.deepEqual([body.runs[0].eastAsiaFont, body.runs[0].sizePt, body.align, body.style], ['仿宋_GB2312', 16, 'left', 'Normal']);
    assert.deepEqual([heading.runs[0].eastAsiaFont, heading.runs[0].sizePt, heading.align, heading.style], ['黑体', 16, 'center', 'heading 2']);
    assert.deepEqual(heading.indentChars, { firstLine: 200 });
    assert.deepEqual([heading.runs[1].eastAsiaFont, heading.runs[1].sizePt, heading.runs[1].bold], ['楷体_GB2312', 22, true]);
  });

  it('reads page size, margins, grid and footers with their page number fields', () => {
    const complex =
      '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
      '<w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>';
    const simple = '<w:p><w:r><w:t xml:space="preserve">- </w:t></w:r><w:fldSimple w:instr=" PAGE "/><w:r><w:t xml:space="preserve"> -</w:t></w:r></w:p>';
    const bytes = makeDocx({
      settings: '<w:evenAndOddHeaders/>',
      footers: { rIdF1: complex, rIdF2: simple },
      body:
        p('正文') +
        sectPr({
          grid: '<w:docGrid w:type="lines" w:linePitch="579"/>',
          footers: '<w:footerReference w:type="default" r:id="rIdF1"/><w:footerReference w:type="even" r:id="rIdF2"/>',
        }),
    });
    const document = readDocx(bytes);
    const [section] = document.sections;
    assert.deepEqual([section.pageWidth, section.pageHeight, section.margins?.top, section.margins?.left], [11906, 16838, 2098, 1587]);
    assert.deepEqual(section.grid, { type: 'lines', linePitch: 579, charSpace: null });
    assert.equal(document.evenAndOddFooters, true);
    const shown = (kind: string) =>
      section.footers.find((f) => f.kind === kind)?.paragraphs[0].runs.map((r) => (r.pageField ? `[${r.text}]` : r.text)).join('');
    assert.equal(shown('default'), '— [1] —');
    assert.equal(shown('even'), '- [] -');
  });
});

describe('readDocx: files it cannot read', () => {
  const codeOf = (bytes: Uint8Array) => {
    try {
      readDocx(bytes);
    } catch (error) {
      assert.ok(error instanceof DocxReadError, String(error));
      assert.ok(error.localized('zh').length > 0 && error.localized('en').length > 0);
      return error.code;
    }
    return 'read';
  };

  it('tells a Word 97-2003 or encrypted file, a non-ZIP file, a package without a document and broken XML apart', () => {
    assert.equal(codeOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), 'legacyFormat');
    assert.equal(codeOf(strToU8('办理结果:解决或采纳')), 'notZip');
    assert.equal(codeOf(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])), 'corrupt');
    assert.equal(codeOf(zipSync({ 'readme.xml': strToU8('<a/>') })), 'noDocument');
    assert.equal(codeOf(zipSync({ 'word/document.xml': strToU8('<w:document><w:body>') })), 'badXml');
  });

  it('reads an empty document as no text', () => {
    const document = readDocx(makeDocx({ body: sectPr() }));
    assert.equal(document.text, '');
    assert.equal(document.sections.length, 1);
  });
});
