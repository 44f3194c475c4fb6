import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../../src/core/diagnostic';
import { parse } from '../../src/core/parser/parse';
import { layoutReply, textWidth, type LaidOutBlock } from '../../src/core/render/layout';
import { corpusDir, samplePath } from './render-support';

const sample = readFileSync(samplePath, 'utf8');
const lay = (text: string, diagnostics: Diagnostic[] = []) => layoutReply(parse(text), { charsPerLine: 28, diagnostics }).blocks;
const byLine = (blocks: LaidOutBlock[], line: number) => blocks.find((b) => b.line === line) as LaidOutBlock;
const text = (block: LaidOutBlock) => [...block.runs, ...(block.endRuns ?? [])].map((r) => r.text).join('');

function reply(lines: string[]): string {
  return lines.join('\n');
}

describe('render layout: the reply placed as GB/T 9704-2012 prints it', () => {
  it('puts 签发人 at the right of the header with the name in 楷体, the other fields at the left', () => {
    const header = lay(sample)[0];
    assert.equal(header.kind, 'header');
    assert.equal(header.align, 'spread');
    assert.deepEqual(header.runs, [{ text: '办理结果:解决或采纳', font: 'fangsong' }]);
    assert.deepEqual(header.endRuns, [
      { text: '签发人:', font: 'fangsong' },
      { text: '詹镭', font: 'kaiti' },
    ]);
    assert.equal(header.leftChars, 1);
    assert.equal(header.rightChars, 1);
  });

  it('sets the salutation flush left and indents body paragraphs by two characters', () => {
    const blocks = lay(sample);
    const salutation = byLine(blocks, 2);
    assert.equal(salutation.kind, 'salutation');
    assert.equal(salutation.align, 'left');
    assert.equal(salutation.firstLineChars, 0);
    for (const line of [4, 6, 8, 12, 38]) {
      const block = byLine(blocks, line);
      assert.equal(block.kind, 'body', `line ${line}`);
      assert.equal(block.firstLineChars, 2);
      assert.equal(block.align, 'justify');
      assert.deepEqual(block.runs.map((r) => r.font), ['fangsong']);
    }
  });

  it('gives headings their fonts: 一、 黑体, (一) 楷体 up to the first 。 and 仿宋 after it', () => {
    const blocks = lay(sample);
    const first = byLine(blocks, 10);
    assert.equal(first.headingLevel, 1);
    assert.deepEqual(first.runs, [{ text: '一、加强顶层设计,强化政策支撑作用', font: 'heiti' }]);
    const second = byLine(blocks, 32);
    assert.equal(second.headingLevel, 2);
    assert.equal(second.runs[0].font, 'kaiti');
    assert.equal(second.runs[0].text, '(一)依托创新平台,构建产业创新生态。');
    assert.equal(second.runs[1].font, 'fangsong');
    assert.ok(second.runs[1].text.startsWith('厚植培育'));

    const deeper = lay(reply(['张三委员:', '您提出的提案收悉,现答复如下:', '一、总体情况', '(一)工作进展', '1.第一项。具体内容。', '(1)细项']));
    assert.deepEqual(
      deeper.filter((b) => b.kind === 'heading').map((b) => [b.headingLevel, b.runs[0].font]),
      [
        [1, 'heiti'],
        [2, 'kaiti'],
        [3, 'fangsong'],
        [4, 'fangsong'],
      ],
    );
  });

  it('places the organ two characters in from the right and the date two characters right of its start', () => {
    const blocks = lay(sample);
    const organ = byLine(blocks, 42);
    const date = byLine(blocks, 44);
    assert.equal(organ.align, 'right');
    assert.equal(organ.rightChars, 2);
    const organStart = 28 - 2 - textWidth('长宁区科学技术委员会');
    assert.equal(date.align, 'left');
    assert.equal(date.leftChars, organStart + 2);
  });

  it('moves a short organ left when the date is longer, keeping the date two characters in', () => {
    const blocks = lay(reply(['张三委员:', '您提出的提案收悉,现答复如下:', '正文。', '', '科委', '2024年12月30日']));
    const organ = blocks.find((b) => b.kind === 'organ') as LaidOutBlock;
    const date = blocks.find((b) => b.kind === 'date') as LaidOutBlock;
    assert.equal(date.align, 'right');
    assert.equal(date.rightChars, 2);
    // The date starts two characters right of the organ: organ right space = 2 + date width + 2 - organ width.
    assert.equal(organ.rightChars, 2 + textWidth('2024年12月30日') + 2 - 2);
  });

  it('sets a date without an organ four characters in from the right', () => {
    const blocks = lay(reply(['张三委员:', '您提出的提案收悉,现答复如下:', '正文。', '', '2024年4月30日']));
    const date = blocks.find((b) => b.kind === 'date') as LaidOutBlock;
    assert.equal(date.align, 'right');
    assert.equal(date.rightChars, 4);
  });

  it('puts the publication attribute below the date, indented two characters, and joins contact fields evenly', () => {
    const blocks = lay(sample);
    const kinds = blocks.map((b) => b.kind);
    assert.equal(kinds[kinds.indexOf('date') + 1], 'publicity');
    const publicity = byLine(blocks, 48);
    assert.equal(publicity.firstLineChars, 2);
    assert.equal(publicity.align, 'left');
    assert.equal(text(byLine(blocks, 52)), '联系人姓名:王建涛\u3000\u3000联系电话:52388272');
    assert.equal(text(byLine(blocks, 54)), '承办单位通讯地址:安西路35号\u3000\u3000邮政编码:200050');
  });

  it('leaves one blank line between header, body, signature and contact, whatever blank lines the text has', () => {
    const kinds = lay(sample).map((b) => b.kind);
    assert.deepEqual(kinds.slice(0, 3), ['header', 'blank', 'salutation']);
    const organ = kinds.indexOf('organ');
    assert.deepEqual(kinds.slice(organ - 2, organ + 1), ['body', 'blank', 'organ']);
    const contact = kinds.indexOf('contact');
    assert.deepEqual(kinds.slice(contact - 2, contact + 1), ['publicity', 'blank', 'contact']);
    assert.equal(kinds.filter((k) => k === 'blank').length, 3);
  });

  it('centres the title in 小标宋 at 2号 with a blank line before the salutation', () => {
    const blocks = lay(reply(['关于区政协十五届五次会议第155号提案的答复', '张三委员:', '您提出的提案收悉,现答复如下:', '正文。']));
    assert.equal(blocks[0].kind, 'title');
    assert.equal(blocks[0].align, 'center');
    assert.equal(blocks[0].size, 'title');
    assert.equal(blocks[0].runs[0].font, 'xiaobiaosong');
    assert.deepEqual(blocks.slice(1, 3).map((b) => b.kind), ['blank', 'salutation']);
  });

  it('marks the block a diagnostic points at, or the nearest block above its line', () => {
    const warning: Diagnostic = { ruleId: 'date-format', severity: 'warning', message: '日期', range: { start: { line: 44, character: 0 }, end: { line: 44, character: 4 } } };
    const onBlank: Diagnostic = { ruleId: 'placeholder', severity: 'error', message: '空行', range: { start: { line: 43, character: 0 }, end: { line: 43, character: 0 } } };
    const blocks = lay(sample, [warning, onBlank]);
    assert.deepEqual(byLine(blocks, 44).diagnostics, [{ ruleId: 'date-format', severity: 'warning', message: '日期' }]);
    assert.deepEqual(byLine(blocks, 42).diagnostics, [{ ruleId: 'placeholder', severity: 'error', message: '空行' }]);
    assert.equal(blocks.filter((b) => b.diagnostics.length > 0).length, 2);
  });

  it('keeps every line of every corpus reply, in order, with its text', () => {
    const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt'));
    assert.ok(files.length >= 10);
    const squeeze = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');
    for (const file of files) {
      const source = readFileSync(path.join(corpusDir, file), 'utf8');
      const model = parse(source);
      const blocks = layoutReply(model, { charsPerLine: 28 }).blocks.filter((b) => b.kind !== 'blank');
      assert.deepEqual(
        blocks.map((b) => b.line),
        model.blocks.map((b) => b.line),
        file,
      );
      for (const block of blocks) assert.equal(squeeze(text(block)), squeeze(model.lines[block.line]), `${file}:${block.line + 1}`);
    }
  });

  it('counts half-width characters as half a character', () => {
    assert.equal(textWidth('2024年4月30日'), 6.5);
    assert.equal(textWidth('长宁区'), 3);
    assert.equal(textWidth('AIGC'), 2);
  });
});
