/** Builds small .docx files from WordprocessingML snippets, for reader and layout tests. */
import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const NAMESPACES = [
  W,
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'mc:Ignorable="wps"',
].join(' ');
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParts {
  /** The children of w:body. */
  body: string;
  /** The children of w:styles. */
  styles?: string;
  /** The children of w:numbering. */
  numbering?: string;
  /** Footer parts' children of w:ftr, by relationship id (`rIdF1`). */
  footers?: Record<string, string>;
  /** The children of w:settings. */
  settings?: string;
  /** The a:fontScheme element of the theme. */
  fontScheme?: string;
}

/** A paragraph of plain runs, with optional paragraph properties. */
export function p(text: string, pPr = '', rPr = ''): string {
  const runs = text.split('\n').map((line) => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(line)}</w:t></w:r>`);
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs.join('<w:r><w:br/></w:r>')}</w:p>`;
}

export function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Section properties in twips. */
export function sectPr(options: { w?: number; h?: number; top?: number; bottom?: number; left?: number; right?: number; grid?: string; footers?: string } = {}): string {
  const { w = 11906, h = 16838, top = 2098, bottom = 1984, left = 1587, right = 1474, grid = '', footers = '' } = options;
  return `<w:sectPr>${footers}<w:pgSz w:w="${w}" w:h="${h}"/><w:pgMar w:top="${top}" w:bottom="${bottom}" w:left="${left}" w:right="${right}" w:header="851" w:footer="992" w:gutter="0"/>${grid}</w:sectPr>`;
}

export function makeDocx(parts: DocxParts): Uint8Array {
  const rels: string[] = [];
  const files: Record<string, Uint8Array> = {};
  const overrides: string[] = [];
  const add = (name: string, type: string, contentType: string, xml: string) => {
    const id = `rId${rels.length + 1}`;
    rels.push(`<Relationship Id="${id}" Type="${REL}/${type}" Target="${name}"/>`);
    files[`word/${name}`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`);
    overrides.push(`<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.${contentType}"/>`);
  };
  if (parts.styles !== undefined) add('styles.xml', 'styles', 'wordprocessingml.styles+xml', `<w:styles ${W}>${parts.styles}</w:styles>`);
  if (parts.numbering !== undefined) add('numbering.xml', 'numbering', 'wordprocessingml.numbering+xml', `<w:numbering ${W}>${parts.numbering}</w:numbering>`);
  if (parts.settings !== undefined) add('settings.xml', 'settings', 'wordprocessingml.settings+xml', `<w:settings ${W}>${parts.settings}</w:settings>`);
  if (parts.fontScheme !== undefined) {
    add('theme/theme1.xml', 'theme', 'theme+xml', `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="t"><a:themeElements>${parts.fontScheme}</a:themeElements></a:theme>`);
  }
  for (const [id, xml] of Object.entries(parts.footers ?? {})) {
    const name = `${id}.xml`;
    rels.push(`<Relationship Id="${id}" Type="${REL}/footer" Target="${name}"/>`);
    files[`word/${name}`] = strToU8(`<w:ftr ${NAMESPACES}>${xml}</w:ftr>`);
  }
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      `${overrides.join('')}</Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  files['word/_rels/document.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  files['word/document.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NAMESPACES}><w:body>${parts.body}</w:body></w:document>`);
  return zipSync(files);
}
