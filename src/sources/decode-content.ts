// Bytes to text: UTF-8 (invalid sequences replaced, never fatal), UTF-16 by BOM or by its zero bytes,
// and binary detected as git does: a NUL byte in the first 8,000 bytes.

export type Decoded =
  | { readonly kind: 'text'; readonly text: string; readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { readonly kind: 'binary' };

const SNIFF = 8000;
const utf8 = new TextDecoder('utf-8');

/** Text in UTF-16 without a BOM: most ASCII characters leave every other byte zero. */
const utf16Without = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined => {
  const n = Math.min(bytes.length, SNIFF) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.7 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.7 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
};

const decode16 = (bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): string => {
  const body = bytes.subarray(skip, skip + ((bytes.length - skip) & ~1));
  if (encoding === 'utf-16le') return new TextDecoder('utf-16le').decode(body);
  const swapped = Buffer.from(body);
  swapped.swap16();
  return new TextDecoder('utf-16le').decode(swapped);
};

/** Read as UTF-8: no UTF-16 byte-order mark, no NUL among the first bytes (what git calls text). */
export const isUtf8Text = (bytes: Uint8Array): boolean =>
  !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff) && bytes.subarray(0, SNIFF).indexOf(0) === -1;

/** Bytes known to be UTF-8 text (a piece of a file that isUtf8Text said so of): a leading BOM is dropped. */
export const decodeUtf8 = (bytes: Uint8Array): string => utf8.decode(bytes);

export const decodeContent = (bytes: Uint8Array): Decoded => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'text', text: decode16(bytes, 'utf-16le', 2), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'text', text: decode16(bytes, 'utf-16be', 2), encoding: 'utf-16be' };
  if (isUtf8Text(bytes)) {
    const skip = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return { kind: 'text', text: utf8.decode(skip ? bytes.subarray(skip) : bytes), encoding: 'utf-8' };
  }
  const utf16 = utf16Without(bytes);
  if (utf16) return { kind: 'text', text: decode16(bytes, utf16, 0), encoding: utf16 };
  return { kind: 'binary' };
};
