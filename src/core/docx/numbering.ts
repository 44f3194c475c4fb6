/**
 * Automatic numbering: Word can generate `一、` or `(一)` in front of a paragraph from numbering.xml
 * instead of keeping it in the text. The reader writes the generated label into the text, so that
 * headings numbered by Word are read like typed ones.
 */
import type { DocxPackage } from './package';
import { readRunProps, type RunProps } from './styles';
import { type Element, elements, isW, wAttr, wChild, wNumber } from './xml';

interface Level {
  format: string;
  text: string;
  start: number;
  suffix: string;
  run: RunProps;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

function chineseNumber(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return CHINESE_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones ? CHINESE_DIGITS[ones] : ''}`;
}

function letters(n: number, base: string): string {
  const letter = base[(n - 1) % 26];
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let result = '';
  for (const [value, symbol] of table) {
    while (n >= value) {
      result += symbol;
      n -= value;
    }
  }
  return result;
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseNumber(n);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1] : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function readLevels(abstract: Element): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of elements(abstract)) {
    if (!isW(lvl, 'lvl')) continue;
    const suffix = wAttr(wChild(lvl, 'suff'), 'val') ?? 'tab';
    levels.set(wNumber(lvl, 'ilvl') ?? 0, {
      format: wAttr(wChild(lvl, 'numFmt'), 'val') ?? 'decimal',
      text: wAttr(wChild(lvl, 'lvlText'), 'val') ?? '',
      start: wNumber(wChild(lvl, 'start'), 'val') ?? 1,
      suffix: suffix === 'space' ? ' ' : suffix === 'nothing' ? '' : '\t',
      run: readRunProps(wChild(lvl, 'rPr')),
    });
  }
  return levels;
}

export interface NumberLabel {
  text: string;
  run: RunProps;
}

/** Counts list items in document order and prints their labels. */
export class Numbering {
  private readonly lists = new Map<string, { levels: Map<number, Level>; starts: Map<number, number> }>();
  private readonly counters = new Map<string, number[]>();

  constructor(pkg: DocxPackage, documentPart: string) {
    const part = pkg.related(documentPart, 'numbering');
    const root = part ? pkg.xml(part) : undefined;
    if (!root) return;
    const abstracts = new Map<string, Map<number, Level>>();
    for (const element of elements(root)) {
      if (isW(element, 'abstractNum')) abstracts.set(wAttr(element, 'abstractNumId') ?? '', readLevels(element));
    }
    for (const element of elements(root)) {
      if (!isW(element, 'num')) continue;
      const levels = new Map(abstracts.get(wAttr(wChild(element, 'abstractNumId'), 'val') ?? '') ?? []);
      const starts = new Map<number, number>();
      for (const override of elements(element)) {
        if (!isW(override, 'lvlOverride')) continue;
        const ilvl = wNumber(override, 'ilvl') ?? 0;
        const start = wNumber(wChild(override, 'startOverride'), 'val');
        if (start !== undefined) starts.set(ilvl, start);
        const replaced = readLevels(override).get(ilvl);
        if (replaced) levels.set(ilvl, replaced);
      }
      this.lists.set(wAttr(element, 'numId') ?? '', { levels, starts });
    }
  }

  /** The label for the next item of list `numId` at level `ilvl`, or undefined when there is none. */
  next(numId: string | undefined, ilvl = 0): NumberLabel | undefined {
    if (!numId || numId === '0') return undefined;
    const list = this.lists.get(numId);
    const level = list?.levels.get(ilvl);
    if (!list || !level) return undefined;
    const counts = this.counters.get(numId) ?? [];
    const startOf = (i: number) => list.starts.get(i) ?? list.levels.get(i)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    counts.length = ilvl + 1;
    this.counters.set(numId, counts);
    if (level.format === 'bullet') return undefined;
    const text = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const i = Number(digit) - 1;
      const format = list.levels.get(i)?.format ?? 'decimal';
      return formatNumber(counts[i] ?? startOf(i), format);
    });
    return text ? { text: text + level.suffix, run: level.run } : undefined;
  }
}
