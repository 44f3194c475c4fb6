/** GB18030 (which includes GBK and GB2312) through iconv-lite: a large table, loaded only for such files. */
import * as iconv from 'iconv-lite';

/** iconv-lite replaces bytes it cannot read; a text that does not encode back to the same bytes was not GB18030. */
export function decodeGb18030(bytes: Uint8Array): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = iconv.decode(buffer, 'gb18030', { stripBOM: false });
  return iconv.encode(text, 'gb18030').equals(buffer) ? text : undefined;
}

export function encodeGb18030(text: string): Uint8Array {
  return iconv.encode(text, 'gb18030');
}
