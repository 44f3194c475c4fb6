export type EncodingOption = 'auto' | 'utf8' | 'gb18030';
export const ENCODING_OPTIONS: readonly EncodingOption[] = ['auto', 'utf8', 'gb18030'];
export type FileEncoding = 'utf8' | 'gb18030';

/** A file's text without its byte-order mark, and what is needed to write it back the same way. */
export interface DecodedText {
  text: string;
  hasBom: boolean;
  encoding: FileEncoding;
}

export type DecodeProblem = 'empty' | 'binary' | 'utf16' | 'notUtf8' | 'notGb18030' | 'unknownEncoding';

const BOM = '\uFEFF';

/** The GB18030 codec, loaded on first use (see build.mjs: a chunk of its own). */
const gb18030 = () => import('./gb18030');

/** Decodes a file. `auto`: valid UTF-8 wins, else GB18030 (which includes GBK and GB2312). */
export async function decodeText(bytes: Uint8Array, option: EncodingOption): Promise<DecodedText | { problem: DecodeProblem }> {
  if (bytes.length === 0) return { problem: 'empty' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { problem: 'utf16' };
  if (bytes.includes(0)) return { problem: 'binary' };

  let decoded: string | undefined;
  let encoding: FileEncoding = 'utf8';
  if (option !== 'gb18030') decoded = decodeUtf8(bytes);
  if (decoded === undefined) {
    if (option === 'utf8') return { problem: 'notUtf8' };
    decoded = (await gb18030()).decodeGb18030(bytes);
    encoding = 'gb18030';
    if (decoded === undefined) return { problem: option === 'auto' ? 'unknownEncoding' : 'notGb18030' };
  }
  const hasBom = decoded.startsWith(BOM);
  const text = hasBom ? decoded.slice(1) : decoded;
  if (text.trim() === '') return { problem: 'empty' };
  return { text, hasBom, encoding };
}

/** The bytes of a text in the encoding it was read in, with its BOM if it had one. */
export async function encodeText({ text, hasBom, encoding }: DecodedText): Promise<Uint8Array> {
  const whole = hasBom ? BOM + text : text;
  return encoding === 'utf8' ? Buffer.from(whole, 'utf8') : (await gb18030()).encodeGb18030(whole);
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
