/** Texts for the property tests: random, reply-like, mutated corpus replies, very long lines. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';

const REPO = path.resolve(__dirname, '../../..');
const CORPUS_DIR = path.join(REPO, 'test/fixtures/corpus');

/** The corpus replies and the sample. */
export const CORPUS: string[] = fs
  .readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => fs.readFileSync(path.join(CORPUS_DIR, name), 'utf8'));

const LONE_SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const RIGHT_TO_LEFT = ['\u200f', '\u202e', '\u202b', '\u2067', 'مرحبا', 'שלום'];
const SPACES = [' ', '  ', '\t', '\u00a0', '\u3000', '\u2003'];
const LINE_ENDS = ['\n', '\r\n', '\r', '\n\n', '\u2028', '\u0085'];
const MARKS = [':', '：', ',', '，', ';', '；', '(', ')', '（', '）', '!', '！', '?', '？', '.', '、', '。', '“', '”', '《', '》', '〔', '〕', '【', '】', '{{', '}}', '"', '—', '─', '-', '∶'];
const WORDS = [
  '办理结果', '解决或采纳', '留作参考', '类别', 'A类', '(B类)', '签发人', '签 发 人', '领导签发', '詹镭',
  '钟跃崎委员', '杨开顺代表', '尊敬的', '同志', '等3名', '委员', '代表', '您提出的', '关于', '的提案', '的建议', '收悉',
  '现将办理情况答复如下', '第155号', '一、', '二、', '十、', '(一)', '（二）', '1.', '2.', '(1)', '（3）', '三.',
  '最后', '感谢您对', '专此答复。', '长宁区科学技术委员会', '2024年4月30日', '二〇一七年五月二十六日', '2019年 10月14日',
  '2024年04月30日', '2024年2月30日', '(此件公开发布)', '（此件依申请公开）', '联系人', '联 系 人', '联系电话', '52388272',
  '0571-87654321', '13887859117', '52564588-7817', '邮政编码', '200050', '承办单位通讯地址', '安西路35号', '抄送', 'XXX', '××',
  '20XX年', '○○', 'http://example.cn/a,b', 'www.gov.cn', 'a@b.cn', '长科委〔2024〕12号', '印发', '版权所有', 'AIGC', '10:30', '1,000',
];
const PIECES = [...WORDS, ...MARKS, ...SPACES, ...LINE_ENDS, ...INVISIBLE, ...RIGHT_TO_LEFT, ...LONE_SURROGATES, '中', '文', 'a', 'Z', '0', '９', '\u0000', '\u001b'];

const piece = fc.constantFrom(...PIECES);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** Reply-like text: the words, marks, spaces and line ends replies are made of, in any order. */
export const replyLike = fc.array(piece, { maxLength: 200, size: 'max' }).map((parts) => parts.join(''));

/** Any text: code points of every plane, lone surrogates, control characters. */
export const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300, size: 'max' }),
  fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate, piece), maxLength: 200, size: 'max' }),
);

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'width'; to: 'half' | 'full' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(piece, anyString) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('width' as const), to: fc.constantFrom('half' as const, 'full' as const) }),
);

const HALF = ':,;()!?';
const FULL = '：，；（）！？';

function applyEdit(text: string, change: Edit): string {
  if (change.kind === 'width') {
    const [from, to] = change.to === 'half' ? [FULL, HALF] : [HALF, FULL];
    return [...text].map((char) => (from.includes(char) ? to[from.indexOf(char)] : char)).join('');
  }
  const at = text.length === 0 ? 0 : change.at % (text.length + 1);
  if (change.kind === 'insert') return text.slice(0, at) + change.text + text.slice(at);
  if (change.kind === 'delete') return text.slice(0, at) + text.slice(at + change.length);
  return text.slice(0, at) + text.slice(at, at + change.length) + text.slice(at);
}

/** A corpus reply after a few random edits: inserted pieces, deletions, duplicated passages, marks of the other width. */
export const mutatedCorpus = fc
  .tuple(fc.nat({ max: CORPUS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 8 }))
  .map(([index, edits]) => edits.reduce(applyEdit, CORPUS[index]));

/** A reply with one very long line: a piece repeated thousands of times, inside a corpus reply. */
export const longLine = fc
  .tuple(fc.nat({ max: CORPUS.length - 1 }), fc.array(piece, { minLength: 1, maxLength: 3 }), fc.integer({ min: 500, max: 4000 }), fc.nat())
  .map(([index, parts, times, at]) => {
    const host = CORPUS[index];
    const cut = at % (host.length + 1);
    return `${host.slice(0, cut)}${parts.join('').repeat(times)}${host.slice(cut)}`;
  });

export type LineEnd = '\n' | '\r\n' | '\r';

/** The same lines with another line ending, and a BOM or not. */
export function withLineEnds(text: string, eol: LineEnd, bom = false): string {
  const body = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).join(eol);
  return bom ? `\ufeff${body}` : body;
}

/** Every kind of text above. */
export const anyReplyText = fc.oneof(anyString, replyLike, mutatedCorpus, longLine);
