/** The parts of a reply as a tree of line spans: shared by the outline (symbols) and folding. */
import type { Block, HeadingLevel, ReplyModel } from '../core/model';

export type OutlineKind = 'header' | 'title' | 'salutation' | 'section' | 'thanks' | 'signature' | 'contact' | 'copyTo';

export interface OutlineNode {
  kind: OutlineKind;
  name: string;
  startLine: number;
  endLine: number;
  /** The line that names the node (a heading's own line). */
  nameLine: number;
  level?: HeadingLevel;
  children: OutlineNode[];
}

const SIGNATURE_PARTS = new Set(['organ', 'date', 'publicity', 'signer']);

function collapse(text: string): string {
  const single = text.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
  return single.length > 60 ? `${single.slice(0, 59)}…` : single;
}

export function outline(model: ReplyModel): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  let lastBodyLine = -1;
  let previous: OutlineNode | undefined;

  const closeSections = (level: number) => {
    while (open.length > 0 && (open[open.length - 1].level ?? 0) >= level) {
      const node = open.pop() as OutlineNode;
      node.endLine = Math.max(node.nameLine, lastBodyLine);
    }
  };
  const leaf = (kind: OutlineKind, block: Block, name = block.text): OutlineNode => ({
    kind,
    name: collapse(name),
    startLine: block.line,
    endLine: block.line,
    nameLine: block.line,
    children: [],
  });
  /** Adds a block to the previous node when it continues the same part, else starts a new top-level node. */
  const extendOrAdd = (kind: OutlineKind, block: Block) => {
    if (previous && previous.kind === kind) {
      previous.endLine = block.line;
      return;
    }
    closeSections(0);
    previous = leaf(kind, block);
    roots.push(previous);
  };

  for (const block of model.blocks) {
    switch (block.type) {
      case 'header':
      case 'docNumber':
        extendOrAdd('header', block);
        break;
      case 'docTitle':
        extendOrAdd('title', block);
        break;
      case 'salutation':
        previous = leaf('salutation', block);
        roots.push(previous);
        break;
      case 'opening':
        if (previous?.kind === 'salutation') previous.endLine = block.line;
        break;
      case 'heading': {
        const level = block.heading?.level ?? 1;
        closeSections(level);
        const node: OutlineNode = { ...leaf('section', block), level };
        (open.length > 0 ? open[open.length - 1].children : roots).push(node);
        open.push(node);
        lastBodyLine = block.line;
        previous = node;
        break;
      }
      case 'paragraph':
        lastBodyLine = block.line;
        break;
      case 'thanks':
        extendOrAdd('thanks', block);
        break;
      case 'contact':
        extendOrAdd('contact', block);
        break;
      case 'copyTo':
        extendOrAdd('copyTo', block);
        break;
      case 'footer':
        closeSections(0);
        previous = undefined;
        break;
      default:
        if (SIGNATURE_PARTS.has(block.type)) extendOrAdd('signature', block);
    }
  }
  closeSections(0);
  return roots;
}
