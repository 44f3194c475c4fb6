/**
 * Cuts the flow of blocks into A4 pages the way a browser's print does: each page's text block takes lines
 * until the next one would pass its foot, and a paragraph that crosses the foot is split between two lines.
 * The pages keep the blocks' `data-line`, so scroll sync and double-click work on either part.
 */

export interface PageOptions {
  /** Label for screen readers, with `{n}` for the page number. */
  pageLabel: string;
}

/** Moves every block of `flow` into pages under `root`; returns the number of pages. */
export function paginate(flow: HTMLElement, root: HTMLElement, options: PageOptions): number {
  root.textContent = '';
  const blocks = Array.from(flow.children) as HTMLElement[];
  let count = 0;
  let text = addPage(root, ++count, options);
  for (const first of blocks) {
    let block: HTMLElement = first;
    text.appendChild(block);
    for (;;) {
      const foot = text.getBoundingClientRect().bottom;
      if (block.getBoundingClientRect().bottom <= foot + 0.5) break;
      const rest = splitAt(block, foot);
      if (rest === block && text.firstElementChild === block) break; // taller than a page and unbreakable
      if (rest !== block) block.after(rest);
      text = addPage(root, ++count, options);
      text.appendChild(rest);
      block = rest;
    }
  }
  return count;
}

function addPage(root: HTMLElement, number: number, options: PageOptions): HTMLElement {
  const page = document.createElement('section');
  page.className = 'pr-page';
  page.setAttribute('aria-label', options.pageLabel.replace('{n}', String(number)));
  const text = document.createElement('div');
  text.className = 'pr-text';
  const folio = document.createElement('div');
  folio.className = `pr-folio ${number % 2 === 1 ? 'pr-folio-odd' : 'pr-folio-even'}`;
  folio.textContent = `— ${number} —`;
  page.append(text, folio);
  root.appendChild(page);
  return text;
}

interface CharAt {
  node: Text;
  offset: number;
}

function characters(block: HTMLElement): CharAt[] {
  const chars: CharAt[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let offset = 0; offset < node.data.length; offset++) chars.push({ node, offset });
  }
  return chars;
}

/** The vertical middle of one character's box, or NaN when it has none (a collapsed space). */
function middleOf(range: Range, at: CharAt): number {
  range.setStart(at.node, at.offset);
  range.setEnd(at.node, at.offset + 1);
  const rect = range.getBoundingClientRect();
  return rect.height > 0 ? (rect.top + rect.bottom) / 2 : Number.NaN;
}

/**
 * Splits the block before the first line that passes `foot` and returns the second part (classes and
 * data-line copied), or the block itself when not even its first line fits or it cannot be split.
 */
function splitAt(block: HTMLElement, foot: number): HTMLElement {
  if (getComputedStyle(block).display !== 'block') return block;
  const chars = characters(block);
  const range = document.createRange();
  // The first character whose line lies below the foot; lines run in order, so a binary search finds it.
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    let probe = mid;
    let middle = middleOf(range, chars[probe]);
    while (Number.isNaN(middle) && probe + 1 < chars.length) middle = middleOf(range, chars[++probe]);
    if (Number.isNaN(middle) || middle > foot) high = mid;
    else low = mid + 1;
  }
  if (low === 0 || low >= chars.length) return block;
  range.setStart(chars[low].node, chars[low].offset);
  range.setEndAfter(block.lastChild as Node);
  const rest = block.cloneNode(false) as HTMLElement;
  rest.appendChild(range.extractContents());
  block.classList.add('pr-split');
  rest.classList.add('pr-cont');
  return rest;
}
