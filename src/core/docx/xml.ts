/** XML parsing and the few DOM helpers the .docx reader needs (WordprocessingML, transitional or strict). */
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { DocxReadError } from './errors';

export type { Element };

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const ELEMENT_NODE = 1;

export function parseXml(text: string, part: string): Document {
  try {
    const document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
    if (!document.documentElement) throw new Error('no root element');
    return document;
  } catch (error) {
    throw new DocxReadError('badXml', { part, detail: error instanceof Error ? error.message.split('\n')[0] : String(error) });
  }
}

/** Whether a node is the WordprocessingML element `w:<name>`. */
export function isW(node: Element, name: string): boolean {
  return node.localName === name && W_NAMESPACES.has(node.namespaceURI ?? '');
}

export function isMc(node: Element, name: string): boolean {
  return node.localName === name && node.namespaceURI === MC;
}

/**
 * The element children, with markup-compatibility blocks resolved: of an `mc:AlternateContent`
 * only the first `mc:Choice` is kept (its `mc:Fallback` repeats the same content, e.g. a text box twice).
 */
export function elements(parent: Element): Element[] {
  const result: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (isMc(element, 'AlternateContent')) {
      const branches = elements(element);
      const chosen = branches.find((b) => isMc(b, 'Choice')) ?? branches.find((b) => isMc(b, 'Fallback'));
      if (chosen) result.push(...elements(chosen));
    } else {
      result.push(element);
    }
  }
  return result;
}

export function wChild(parent: Element | undefined, name: string): Element | undefined {
  return parent ? elements(parent).find((e) => isW(e, name)) : undefined;
}

export function wChildren(parent: Element | undefined, name: string): Element[] {
  return parent ? elements(parent).filter((e) => isW(e, name)) : [];
}

/** A `w:`-namespaced attribute, whichever WordprocessingML namespace the file uses. */
export function wAttr(element: Element | undefined, name: string): string | undefined {
  if (!element) return undefined;
  for (const namespace of W_NAMESPACES) {
    if (element.hasAttributeNS(namespace, name)) return element.getAttributeNS(namespace, name) ?? undefined;
  }
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? undefined) : undefined;
}

export function wNumber(element: Element | undefined, name: string): number | undefined {
  const raw = wAttr(element, name);
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

/** An on/off property (`<w:b/>`, `<w:b w:val="false"/>`); undefined when the element is absent. */
export function wToggle(element: Element | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = wAttr(element, 'val');
  return value === undefined || !/^(false|0|off|none)$/i.test(value);
}

/** Every descendant element in document order, markup-compatibility blocks resolved. */
export function descendants(root: Element, visit: (element: Element) => boolean | void): void {
  for (const element of elements(root)) {
    if (visit(element) === false) continue;
    descendants(element, visit);
  }
}
