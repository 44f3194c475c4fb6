/**
 * Properties of the parser, the linter and the fixer over any text: random strings, reply-like text,
 * mutated corpus replies, very long lines, CRLF/LF/CR and BOM variants, mixed widths, lone surrogates,
 * zero-width and right-to-left characters.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Diagnostic } from '../../src/core/diagnostic';
import { toFields } from '../../src/core/fields';
import { fixAll, MAX_FIX_PASSES } from '../../src/core/fix/fixAll';
import { lint } from '../../src/core/lint';
import type { Range, ReplyModel } from '../../src/core/model';
import { parse } from '../../src/core/parser/parse';
import { anyReplyText, CORPUS, longLine, mutatedCorpus, replyLike, withLineEnds } from './property.arbitraries';

const NOW = new Date(2025, 0, 1, 12);
const options = { now: NOW, locale: 'en' as const };
/** Enough runs to find the usual edge cases while the unit suite stays quick. */
const RUNS = { numRuns: 150 };
/** The message lint gives when a rule throws: the linter survives, but the rule has a bug. */
const RULE_FAILED = /^Rule \S+ failed and could not finish checking/;

function comparePositions(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}

function assertInside(model: ReplyModel, range: Range, what: string): void {
  for (const position of [range.start, range.end]) {
    const { line, character } = position;
    assert.ok(Number.isInteger(line) && line >= 0 && line < model.lines.length, `${what}: line ${line} of ${model.lines.length}`);
    const length = model.lines[line].length;
    assert.ok(Number.isInteger(character) && character >= 0 && character <= length, `${what}: character ${character} of ${length} on line ${line}`);
  }
  assert.ok(comparePositions(range.start, range.end) <= 0, `${what}: starts after it ends`);
}

/** Every range the model holds. */
function modelRanges(model: ReplyModel): [string, Range][] {
  const ranges: [string, Range][] = [];
  const fields = {
    kind: model.kind, resultStatus: model.resultStatus, signer: model.signer, salutation: model.salutation,
    opening: model.opening, title: model.title, organ: model.organ, date: model.date, publicity: model.publicity,
    contactName: model.contact.name, contactPhone: model.contact.phone, contactAddress: model.contact.address,
    contactPostcode: model.contact.postcode, docNumber: model.docNumber, proposalNumber: model.proposalNumber,
  };
  for (const [name, field] of Object.entries(fields)) {
    if (!field) continue;
    ranges.push([name, field.range]);
    if (field.label) ranges.push([`${name} label`, field.label.range]);
  }
  model.addressees.forEach((addressee, i) => ranges.push([`addressee ${i}`, addressee.range]));
  model.blocks.forEach((block, i) => {
    ranges.push([`block ${i}`, block.range]);
    if (block.heading) ranges.push([`heading ${i} marker`, block.heading.markerRange], [`heading ${i} number`, block.heading.numberRange]);
  });
  model.labels.forEach((label, i) => ranges.push([`label ${i}`, label.labelRange], [`colon ${i}`, label.colonRange], [`value ${i}`, label.valueRange]));
  return ranges;
}

function assertDiagnosticsInside(model: ReplyModel, diagnostics: Diagnostic[]): void {
  for (const diagnostic of diagnostics) {
    assert.doesNotMatch(diagnostic.message, RULE_FAILED);
    assertInside(model, diagnostic.range, `${diagnostic.ruleId} diagnostic`);
    if (!diagnostic.fix) continue;
    const [start, end] = diagnostic.fix.range;
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= model.text.length, `${diagnostic.ruleId} fix [${start}, ${end}]`);
  }
}

describe('properties of parse, lint and fixAll over any text', () => {
  it('parses any text without throwing, into lines that rebuild the text and ranges inside it', () => {
    fc.assert(
      fc.property(anyReplyText, fc.boolean(), (text, bom) => {
        const model = parse(bom ? `\ufeff${text}` : text);
        assert.equal(model.hasBom, bom || text.startsWith('\ufeff'));
        assert.equal(model.lines.length, model.lineOffsets.length);
        model.lines.forEach((line, i) => assert.equal(model.text.slice(model.lineOffsets[i], model.lineOffsets[i] + line.length), line));
        for (const [what, range] of modelRanges(model)) assertInside(model, range, what);
      }),
      RUNS,
    );
  });

  it('lints any text without throwing or a rule failing, with every range and fix inside the document', () => {
    fc.assert(
      fc.property(anyReplyText, (text) => {
        const model = parse(text);
        assertDiagnosticsInside(model, lint(model, options));
        assertDiagnosticsInside(model, lint(text, options));
      }),
      RUNS,
    );
  });

  it('leaves nothing fixable after fixing all, within the pass limit', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedCorpus, replyLike, longLine), (text) => {
        const body = text.replace(/^\ufeff/, '');
        const fixed = fixAll(body, options);
        assert.ok(fixed.passes <= MAX_FIX_PASSES);
        const fixable = lint(fixed.output, options).filter((d) => d.fix);
        assert.deepEqual(fixable.map((d) => `${d.ruleId} ${d.range.start.line}:${d.range.start.character}`), []);
      }),
      { numRuns: 80 },
    );
  });

  it('fixes twice the same as once', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedCorpus, replyLike, longLine), (text) => {
        const once = fixAll(text.replace(/^\ufeff/, ''), options).output;
        assert.equal(fixAll(once, options).output, once);
      }),
      { numRuns: 80 },
    );
  });

  it('keeps line endings and everything between the fixes', () => {
    fc.assert(
      fc.property(mutatedCorpus, fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const), (text, eol) => {
        const body = withLineEnds(text, eol);
        const fixed = fixAll(body, options).output;
        const ends = (t: string) => t.match(/\r\n|\r|\n/g) ?? [];
        assert.deepEqual(ends(fixed), ends(body));
      }),
      { numRuns: 60 },
    );
  });

  it('reads the same fields whatever the line endings and with or without a BOM', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedCorpus, replyLike, fc.constantFrom(...CORPUS)), (text) => {
        const fields = toFields(parse(withLineEnds(text, '\n')));
        assert.deepEqual(toFields(parse(withLineEnds(text, '\r\n'))), fields);
        assert.deepEqual(toFields(parse(withLineEnds(text, '\r'))), fields);
        assert.deepEqual(toFields(parse(withLineEnds(text, '\r\n', true))), fields);
      }),
      RUNS,
    );
  });

  it('reports the same problems whatever the line endings', () => {
    const brief = (d: Diagnostic) => `${d.ruleId} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`;
    fc.assert(
      fc.property(fc.oneof(mutatedCorpus, fc.constantFrom(...CORPUS)), (text) => {
        const lf = lint(withLineEnds(text, '\n'), options).map(brief);
        assert.deepEqual(lint(withLineEnds(text, '\r\n'), options).map(brief), lf);
        assert.deepEqual(lint(withLineEnds(text, '\r'), options).map(brief), lf);
      }),
      { numRuns: 60 },
    );
  });
});
