/** The parts of a .docx package and the relationships between them. */
import type { Document, Element } from '@xmldom/xmldom';
import { DocxReadError } from './errors';
import { decodePart, type PartBytes, unzipParts } from './zip';
import { parseXml } from './xml';

export interface Relationship {
  id: string;
  /** The last segment of the relationship type URI (`styles`, `footer`, `officeDocument`). */
  type: string;
  /** The target part's name, resolved against the source part, lower-cased. */
  target: string;
}

export class DocxPackage {
  private readonly documents = new Map<string, Document | undefined>();

  private constructor(
    private readonly parts: PartBytes,
    /** The main document part, usually `word/document.xml`. */
    readonly mainPart: string,
  ) {}

  static open(bytes: Uint8Array): DocxPackage {
    const parts = unzipParts(bytes);
    const probe = new DocxPackage(parts, '');
    const main = probe.relationships('').find((r) => r.type === 'officeDocument')?.target ?? 'word/document.xml';
    if (!parts.has(main)) throw new DocxReadError('noDocument');
    return new DocxPackage(parts, main);
  }

  /** A part's XML root element, or undefined when the part is missing. Parsed once. */
  xml(part: string): Element | undefined {
    const name = part.toLowerCase();
    if (!this.documents.has(name)) {
      const data = this.parts.get(name);
      this.documents.set(name, data ? parseXml(decodePart(data), name) : undefined);
    }
    return this.documents.get(name)?.documentElement ?? undefined;
  }

  /** The relationships of a part ('' for the package itself). */
  relationships(source: string): Relationship[] {
    const slash = source.lastIndexOf('/');
    const folder = slash >= 0 ? source.slice(0, slash + 1) : '';
    const relsPart = source === '' ? '_rels/.rels' : `${folder}_rels/${source.slice(slash + 1)}.rels`;
    const root = this.xml(relsPart);
    if (!root) return [];
    const result: Relationship[] = [];
    for (let node = root.firstChild; node; node = node.nextSibling) {
      const element = node as Element;
      if (element.nodeType !== 1 || element.localName !== 'Relationship') continue;
      if (element.getAttribute('TargetMode') === 'External') continue;
      const type = (element.getAttribute('Type') ?? '').split('/').pop() ?? '';
      const target = element.getAttribute('Target') ?? '';
      result.push({ id: element.getAttribute('Id') ?? '', type, target: resolvePartName(folder, target) });
    }
    return result;
  }

  /** The first part related to `source` by a relationship of the given type. */
  related(source: string, type: string): string | undefined {
    return this.relationships(source).find((r) => r.type === type)?.target;
  }
}

function resolvePartName(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folder + target;
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/').toLowerCase();
}
