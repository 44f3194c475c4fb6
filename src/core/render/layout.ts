/**
 * Lays a reply out as GB/T 9704-2012 prints it: which font each piece of text takes, where each line is
 * placed and where the blank lines go. The HTML and the .docx renderers both draw from this one layout,
 * so the preview, the HTML export and the Word file agree.
 */
import type { Diagnostic, Severity } from '../diagnostic';
import type { Block, HeadingLevel, ReplyModel } from '../model';
import type { FontRole } from './settings';

export type LaidOutKind =
  | 'header'
  | 'docNumber'
  | 'title'
  | 'salutation'
  | 'body'
  | 'heading'
  | 'organ'
  | 'date'
  | 'publicity'
  | 'signer'
  | 'contact'
  | 'copyTo'
  | 'footer'
  | 'blank';

export interface Run {
  text: string;
  font: FontRole;
}

/** 2号 for the title, 3号 for the text, 4号 for 版记 lines. */
export type SizeName = 'title' | 'body' | 'small';

export interface PreviewDiagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
}

export interface LaidOutBlock {
  kind: LaidOutKind;
  /** The source line (0-based), or -1 for a blank line the layout adds. */
  line: number;
  headingLevel?: HeadingLevel;
  runs: Run[];
  /** Header only: what stands at the right edge (签发人). */
  endRuns?: Run[];
  align: 'justify' | 'left' | 'center' | 'right' | 'spread';
  size: SizeName;
  /** Indents in characters of the block's own size; halves occur where half-width text was measured. */
  firstLineChars: number;
  leftChars: number;
  rightChars: number;
  diagnostics: PreviewDiagnostic[];
}

export interface LaidOutDocument {
  blocks: LaidOutBlock[];
  /** For the document's <title> and file metadata. */
  title: string;
}

export interface LayoutOptions {
  charsPerLine: number;
  diagnostics?: readonly Diagnostic[];
}

/** Between blocks of different groups the standard leaves one blank line. */
type Group = 'head' | 'title' | 'main' | 'sign' | 'contact' | 'tail';

const GROUP: Record<Block['type'], Group> = {
  header: 'head',
  docNumber: 'head',
  docTitle: 'title',
  salutation: 'main',
  opening: 'main',
  heading: 'main',
  paragraph: 'main',
  thanks: 'main',
  organ: 'sign',
  date: 'sign',
  publicity: 'sign',
  signer: 'sign',
  contact: 'contact',
  copyTo: 'tail',
  footer: 'tail',
  unknown: 'main',
};

const HEADING_FONT: Record<HeadingLevel, FontRole> = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' };

/** Space between two items on one line (header fields, contact fields). */
const FIELD_GAP = '\u3000\u3000';
const LEADING_SPACE = /^[\s\u00a0\u3000]+/;

/** Width in characters: half-width text counts a half, as it prints in 仿宋. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += (code >= 0x20 && code <= 0x7e) || (code >= 0xff61 && code <= 0xffdc) ? 0.5 : 1;
  }
  return width;
}

export function layoutReply(model: ReplyModel, options: LayoutOptions): LaidOutDocument {
  const blocks: LaidOutBlock[] = [];
  const signature = signaturePlacement(model, options.charsPerLine);
  let previous: Group | undefined;
  for (const block of model.blocks) {
    const group = GROUP[block.type];
    if (previous !== undefined && group !== previous) blocks.push(blankLine());
    previous = group;
    blocks.push(layoutBlock(model, block, signature));
  }
  attachDiagnostics(blocks, options.diagnostics ?? []);
  const title = model.blocks.find((b) => b.type === 'docTitle')?.text ?? model.title?.value ?? model.salutation?.value ?? '';
  return { blocks, title };
}

function blankLine(): LaidOutBlock {
  return { kind: 'blank', line: -1, runs: [], align: 'left', size: 'body', firstLineChars: 0, leftChars: 0, rightChars: 0, diagnostics: [] };
}

function base(block: Block, kind: LaidOutKind, runs: Run[], extra: Partial<LaidOutBlock> = {}): LaidOutBlock {
  return { kind, line: block.line, runs, align: 'justify', size: 'body', firstLineChars: 0, leftChars: 0, rightChars: 0, diagnostics: [], ...extra };
}

function plain(block: Block): string {
  return block.text.replace(LEADING_SPACE, '');
}

function layoutBlock(model: ReplyModel, block: Block, signature: SignaturePlacement): LaidOutBlock {
  const text = plain(block);
  const fangsong = (value: string): Run[] => [{ text: value, font: 'fangsong' }];
  switch (block.type) {
    case 'header':
      return layoutHeader(model, block);
    case 'docNumber':
      return base(block, 'docNumber', fangsong(text), { align: 'center' });
    case 'docTitle':
      return base(block, 'title', [{ text, font: 'xiaobiaosong' }], { align: 'center', size: 'title' });
    case 'salutation':
      return base(block, 'salutation', fangsong(text), { align: 'left' });
    case 'heading':
      return layoutHeading(block, text);
    case 'opening':
    case 'paragraph':
    case 'thanks':
    case 'unknown':
      return base(block, 'body', fangsong(text), { firstLineChars: 2 });
    case 'organ':
      return base(block, 'organ', fangsong(text), { align: 'right', rightChars: signature.organRight });
    case 'date':
      return base(block, 'date', fangsong(text), signature.date);
    case 'publicity':
    case 'signer':
      return base(block, block.type, fangsong(text), { align: 'left', firstLineChars: 2 });
    case 'contact':
      return base(block, 'contact', fangsong(fieldSegments(model, block).join(FIELD_GAP)), { align: 'left', firstLineChars: 2 });
    case 'copyTo':
    case 'footer':
      return base(block, block.type, fangsong(text), { align: 'left', size: 'small', leftChars: 1, rightChars: 1 });
  }
}

/** `一、` lines take 黑体, `(一)` 楷体, the lower levels 仿宋; text after the heading's first sentence is body text. */
function layoutHeading(block: Block, text: string): LaidOutBlock {
  const level = block.heading?.level ?? 1;
  const font = HEADING_FONT[level];
  const stop = text.indexOf('。');
  const runs: Run[] =
    stop >= 0 && stop < text.length - 1
      ? [
          { text: text.slice(0, stop + 1), font },
          { text: text.slice(stop + 1), font: 'fangsong' },
        ]
      : [{ text, font }];
  return base(block, 'heading', runs, { headingLevel: level, firstLineChars: 2 });
}

/**
 * The line's labelled fields, split where whitespace stands in front of a label
 * (`办理结果:A   签发人:B`), so their spacing prints evenly.
 */
function fieldSegments(model: ReplyModel, block: Block): string[] {
  const line = model.lines[block.line] ?? block.text;
  const starts = model.labels
    .filter((label) => label.labelRange.start.line === block.line)
    .map((label) => label.labelRange.start.character)
    .filter((at) => at > block.range.start.character && /[\s\u00a0\u3000]/.test(line[at - 1] ?? ''));
  const cuts = [block.range.start.character, ...starts, block.range.end.character];
  const segments: string[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const segment = line.slice(cuts[i], cuts[i + 1]).replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
    if (segment) segments.push(segment);
  }
  return segments.length > 0 ? segments : [plain(block)];
}

/** 签发人 stands at the right, one character in; the other header fields at the left, one character in. */
function layoutHeader(model: ReplyModel, block: Block): LaidOutBlock {
  const signerLabel = model.labels.find((label) => label.labelRange.start.line === block.line && label.field === 'signer');
  const segments = fieldSegments(model, block);
  const line = model.lines[block.line] ?? '';
  const signerText = signerLabel ? line.slice(signerLabel.labelRange.start.character, signerLabel.valueRange.end.character) : '';
  const signerIndex = signerLabel ? segments.findIndex((segment) => segment.startsWith(signerText) || segment.endsWith(signerText)) : -1;
  if (signerIndex < 0 || !signerLabel) {
    return base(block, 'header', [{ text: segments.join(FIELD_GAP), font: 'fangsong' }], { align: 'left', leftChars: 1, rightChars: 1 });
  }
  const signer = segments[signerIndex];
  const name = signerLabel.value;
  const at = name ? signer.lastIndexOf(name) : -1;
  const endRuns: Run[] =
    at > 0
      ? [
          { text: signer.slice(0, at), font: 'fangsong' },
          { text: name, font: 'kaiti' },
          ...(signer.slice(at + name.length) ? [{ text: signer.slice(at + name.length), font: 'fangsong' as const }] : []),
        ]
      : [{ text: signer, font: 'fangsong' }];
  const rest = segments.filter((_, i) => i !== signerIndex).join(FIELD_GAP);
  return base(block, 'header', rest ? [{ text: rest, font: 'fangsong' }] : [], { align: 'spread', endRuns, leftChars: 1, rightChars: 1 });
}

interface SignaturePlacement {
  organRight: number;
  date: Partial<LaidOutBlock>;
}

/**
 * Without a seal: the organ's name right-aligned two characters in; the date on the next line starting two
 * characters right of the name's first character. When the date is the longer, the date stands two characters
 * in and the name moves left to keep the two-character step. Without an organ the date stands four characters in.
 */
function signaturePlacement(model: ReplyModel, charsPerLine: number): SignaturePlacement {
  const organs = model.blocks.filter((b) => b.type === 'organ').map((b) => textWidth(plain(b)));
  const dateBlock = model.blocks.find((b) => b.type === 'date');
  const dateWidth = dateBlock ? textWidth(plain(dateBlock)) : 0;
  if (organs.length === 0) return { organRight: 2, date: { align: 'right', rightChars: 4 } };
  const organWidth = Math.max(...organs);
  const organRight = 2 + Math.max(0, dateWidth + 2 - organWidth);
  if (dateWidth + 2 > organWidth) return { organRight, date: { align: 'right', rightChars: 2 } };
  const left = Math.max(0, charsPerLine - organRight - organWidth + 2);
  return { organRight, date: { align: 'left', leftChars: left } };
}

/** Each diagnostic marks the block on its first line, or the nearest block above it. */
function attachDiagnostics(blocks: LaidOutBlock[], diagnostics: readonly Diagnostic[]): void {
  const sourced = blocks.filter((b) => b.line >= 0);
  if (sourced.length === 0) return;
  for (const diagnostic of diagnostics) {
    const line = diagnostic.range.start.line;
    let target = sourced[0];
    for (const block of sourced) {
      if (block.line > line) break;
      target = block;
    }
    target.diagnostics.push({ ruleId: diagnostic.ruleId, severity: diagnostic.severity, message: diagnostic.message });
  }
}
