/** Unpacks the XML parts of a .docx (an OPC package, i.e. a ZIP file). */
import { unzipSync } from 'fflate';
import { DocxReadError } from './errors';

/** No reply's XML part comes near this; a larger one is a damaged file or a zip bomb. */
const MAX_PART_BYTES = 64 * 1024 * 1024;
const XML_PART = /\.(xml|rels)$/i;

/** Part names (lower-cased, no leading slash) to their bytes. Media and other binary parts are skipped. */
export type PartBytes = Map<string, Uint8Array>;

export function unzipParts(bytes: Uint8Array): PartBytes {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new DocxReadError('legacyFormat');
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new DocxReadError('notZip');
  let tooLarge: { name: string; size: number } | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!XML_PART.test(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) {
          tooLarge ??= { name: file.name, size: file.originalSize };
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    throw new DocxReadError('corrupt', { detail: error instanceof Error ? error.message : String(error) });
  }
  if (tooLarge) throw new DocxReadError('tooLarge', { part: tooLarge.name, size: Math.round(tooLarge.size / 1048576) });
  const parts: PartBytes = new Map();
  for (const [name, data] of Object.entries(files)) parts.set(name.replace(/^\/+/, '').toLowerCase(), data);
  return parts;
}

/** Decodes an XML part: UTF-8 unless it starts with a UTF-16 byte-order mark. */
export function decodePart(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  return new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
}
