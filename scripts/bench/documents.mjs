/** The texts the benchmark runs on: the corpus, long replies built from the sample, and a set of files. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADING_1 = /^[一二三四五六七八九十]+、/;
const HEADING_2 = /^([(\uff08])[一二三四五六七八九十]+([)\uff09])/;
const CHINESE = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 99 → 九十九. */
export function chineseNumber(n) {
  if (n < 10) return CHINESE[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CHINESE[tens]}十${CHINESE[n % 10]}`;
}

export function loadCorpus(root) {
  const dir = join(root, 'test', 'fixtures', 'corpus');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * Splits the sample into its head (up to the opening), the body's headings and paragraphs, and its tail
 * (thanks, signature, contact block).
 */
function sampleParts(sample) {
  const lines = sample.split('\n');
  const opening = lines.findIndex((line) => /收悉|如下/.test(line));
  const thanks = lines.findIndex((line, i) => i > opening && /^最后|感谢/.test(line.trim()));
  const body = lines.slice(opening + 1, thanks).map((l) => l.trim()).filter(Boolean);
  const strip = (line) => line.replace(HEADING_1, '').replace(HEADING_2, '');
  const subheading = body.map((l) => HEADING_2.exec(l)).find(Boolean);
  return {
    /** The sample's own brackets around a sub-heading's number: `(一)` as published, `（一）` once fixed. */
    brackets: subheading ? [subheading[1], subheading[2]] : ['\uff08', '\uff09'],
    head: lines.slice(0, opening + 1).join('\n'),
    tail: lines.slice(thanks).join('\n'),
    headings: body.filter((l) => HEADING_1.test(l)).map(strip),
    subheadings: body.filter((l) => HEADING_2.test(l)).map(strip),
    paragraphs: body.filter((l) => !HEADING_1.test(l) && !HEADING_2.test(l)),
  };
}

/**
 * A reply of about `bytes` UTF-8 bytes: the sample's head and tail around up to 99 numbered sections,
 * each with numbered sub-sections, made of the sample's own headings and paragraphs (numbered in order,
 * so the text stays a plausible reply).
 */
export function longReply(sample, bytes) {
  const parts = sampleParts(sample);
  const frame = Buffer.byteLength(parts.head) + Buffer.byteLength(parts.tail) + 4;
  const bodyBytes = Math.max(bytes - frame, 0);
  const sections = Math.min(99, Math.max(1, Math.round(bodyBytes / 6000)));
  const perSection = bodyBytes / sections;
  const out = [parts.head, ''];
  let p = 0;
  for (let s = 1; s <= sections; s++) {
    let size = 0;
    const push = (line) => { out.push(line, ''); size += Buffer.byteLength(line) + 2; };
    push(`${chineseNumber(s)}、${parts.headings[(s - 1) % parts.headings.length]}`);
    for (let sub = 1; size < perSection && sub <= 99; sub++) {
      const [open, close] = parts.brackets;
      push(`${open}${chineseNumber(sub)}${close}${parts.subheadings[(sub - 1) % parts.subheadings.length]}`);
      for (let k = 0; k < 3 && size < perSection; k++) push(parts.paragraphs[p++ % parts.paragraphs.length]);
    }
  }
  out.push(parts.tail);
  return out.join('\n');
}

/** Writes `count` reply files (the corpus, cycled) into `dir`; returns their paths. */
export function writeFileSet(dir, corpus, count) {
  mkdirSync(dir, { recursive: true });
  const paths = [];
  for (let i = 0; i < count; i++) {
    const source = corpus[i % corpus.length];
    const path = join(dir, `${String(i).padStart(4, '0')}-${source.name}`);
    writeFileSync(path, source.text);
    paths.push(path);
  }
  return paths;
}
