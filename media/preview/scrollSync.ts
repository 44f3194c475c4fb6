/** Maps source lines to vertical offsets in the preview and back, through the blocks' data-line. */

interface Anchor {
  line: number;
  top: number;
}

/** Blocks in page order with their offset from the document's top; a split block counts once. */
function anchors(): Anchor[] {
  const result: Anchor[] = [];
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('#pr-pages [data-line]'))) {
    const line = Number(element.dataset.line);
    if (!Number.isFinite(line) || (result.length > 0 && result[result.length - 1].line >= line)) continue;
    result.push({ line, top: element.getBoundingClientRect().top + window.scrollY });
  }
  return result;
}

/** The vertical offset where the source line would stand, between the blocks around it. */
export function offsetOfLine(line: number): number | undefined {
  const list = anchors();
  if (list.length === 0) return undefined;
  // Up to the first block, show the page from its top edge.
  if (line <= list[0].line) return 0;
  let previous = list[0];
  for (const anchor of list) {
    if (anchor.line > line) {
      if (anchor === previous || line <= previous.line) return previous.top;
      const fraction = (line - previous.line) / (anchor.line - previous.line);
      return previous.top + fraction * (anchor.top - previous.top);
    }
    previous = anchor;
  }
  return previous.top;
}

/** The source line shown at a vertical offset. */
export function lineAtOffset(offset: number): number | undefined {
  const list = anchors();
  if (list.length === 0) return undefined;
  for (let i = 0; i < list.length; i++) {
    const next = list[i + 1];
    if (!next || next.top > offset) {
      const current = list[i];
      if (!next || offset <= current.top) return current.line;
      const fraction = (offset - current.top) / (next.top - current.top);
      return Math.floor(current.line + fraction * (next.line - current.line));
    }
  }
  return list[list.length - 1].line;
}
