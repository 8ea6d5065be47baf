// Bytes to text, decided by the text and not by the first bytes alone: UTF-8 (invalid sequences
// replaced, never fatal); UTF-16 and UTF-32, with or without a byte-order mark, when the bytes
// look like it (a BOM followed by plain ASCII is UTF-8 after two stray bytes, not UTF-16); text
// with a few NUL bytes in it (git calls any NUL in the first 8,000 bytes binary, and would have us
// skip a config file with one stray NUL). What is left is binary.

import { isUtf8 } from 'node:buffer';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

export type Decoded =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly encoding: Encoding;
      /** The bytes the text was decoded from, when they are valid UTF-8 (the detector can read them: Detector.detect). */
      readonly utf8?: Uint8Array;
    }
  | { readonly kind: 'binary' };

const SNIFF = 8000;
const utf8 = new TextDecoder('utf-8');
const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

/** Zero bytes at each position modulo `width` over the first bytes from `skip`, as fractions of the units. */
const zeroShares = (bytes: Uint8Array, width: 2 | 4, skip: number): number[] => {
  const n = Math.min(bytes.length - skip, SNIFF) - (Math.min(bytes.length - skip, SNIFF) % width);
  const zeros = new Array<number>(width).fill(0);
  for (let i = 0; i < n; i++) if (bytes[skip + i] === 0) (zeros[i % width] as number)++;
  const units = n / width;
  return zeros.map((count) => (units === 0 ? 0 : count / units));
};

/** Text in a wide encoding leaves its high bytes zero (mostly, or always); text rarely zeroes its low byte. */
const wideByZeros = (bytes: Uint8Array, skip: number): Encoding | undefined => {
  if (bytes.length - skip < 8) return undefined;
  const [a = 0, b = 0, c = 0, d = 0] = zeroShares(bytes, 4, skip);
  // UTF-32: the top byte is always zero, the next one is but for characters beyond the BMP.
  if (a < 0.05 && c > 0.7 && d > 0.95) return 'utf-32le';
  if (a > 0.95 && b > 0.7 && d < 0.05) return 'utf-32be';
  const [even = 0, odd = 0] = zeroShares(bytes, 2, skip);
  if (odd > 0.7 && even < 0.05) return 'utf-16le';
  if (even > 0.7 && odd < 0.05) return 'utf-16be';
  return undefined;
};

/** Valid UTF-8 and no NUL in the first bytes: plain text (a sniff; a bad byte later is replaced). */
const utf8Sniff = (bytes: Uint8Array, skip: number): boolean => {
  const head = bytes.subarray(skip, skip + SNIFF);
  if (head.indexOf(0) !== -1) return false;
  // A multi-byte character cut at the end of the sniff is not an error: back up to its start.
  let end = head.length;
  while (end > 0 && end > head.length - 4 && ((head[end - 1] as number) & 0xc0) === 0x80) end--;
  if (end > 0 && (head[end - 1] as number) >= 0xc0) end--;
  try {
    utf8Fatal.decode(head.subarray(0, end));
    return true;
  } catch {
    return false;
  }
};

/** Text with NULs in it: few NULs, next to no other control bytes, and what remains decodes as UTF-8 (mostly). */
const textAroundNuls = (bytes: Uint8Array): boolean => {
  const head = bytes.subarray(0, SNIFF);
  let nul = 0;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) nul++;
    else if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12 && byte !== 27) control++;
  }
  if (nul > head.length * 0.1 || control > head.length * 0.01) return false;
  const text = utf8.decode(head.filter((byte) => byte !== 0));
  let replaced = 0;
  for (const ch of text) if (ch === '\ufffd') replaced++;
  return replaced <= text.length * 0.05;
};

const BOMS: ReadonlyArray<{ readonly bytes: readonly number[]; readonly encoding: Encoding }> = [
  { bytes: [0xff, 0xfe, 0, 0], encoding: 'utf-32le' },
  { bytes: [0, 0, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
];

/** The encoding the bytes are in, or binary; and how many leading bytes are a byte-order mark. */
export const sniffEncoding = (bytes: Uint8Array): { readonly encoding: Encoding | 'binary'; readonly skip: number } => {
  const bom = BOMS.find((mark) => mark.bytes.every((byte, i) => bytes[i] === byte));
  if (bom?.encoding === 'utf-8') return { encoding: 'utf-8', skip: 3 };
  if (bom) {
    const skip = bom.bytes.length;
    // Trust the mark when the text after it agrees (ASCII in a wide encoding), or when it cannot be
    // UTF-8 (CJK in UTF-16 has no zero bytes, and is not valid UTF-8 either).
    const wide = wideByZeros(bytes, skip);
    if (wide === bom.encoding) return { encoding: bom.encoding, skip };
    if (utf8Sniff(bytes, skip)) return { encoding: 'utf-8', skip: 0 };
    if (wide === undefined) return { encoding: bom.encoding, skip };
  }
  // No NUL: what git calls text, read as UTF-8 (an invalid byte becomes U+FFFD, the rest is kept).
  if (bytes.subarray(0, SNIFF).indexOf(0) === -1) return { encoding: 'utf-8', skip: 0 };
  const wide = wideByZeros(bytes, 0);
  if (wide) return { encoding: wide, skip: 0 };
  if (textAroundNuls(bytes)) return { encoding: 'utf-8', skip: 0 };
  return { encoding: 'binary', skip: 0 };
};

const decode16 = (bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): string => {
  const body = bytes.subarray(skip, skip + ((bytes.length - skip) & ~1));
  if (encoding === 'utf-16le') return new TextDecoder('utf-16le').decode(body);
  const swapped = Buffer.from(body);
  swapped.swap16();
  return new TextDecoder('utf-16le').decode(swapped);
};

/** UTF-32, which TextDecoder does not read: code points outside Unicode become U+FFFD. */
const decode32 = (bytes: Uint8Array, little: boolean, skip: number): string => {
  const parts: string[] = [];
  let points: number[] = [];
  for (let i = skip; i + 3 < bytes.length; i += 4) {
    const [a, b, c, d] = [bytes[i] as number, bytes[i + 1] as number, bytes[i + 2] as number, bytes[i + 3] as number];
    const point = (little ? a | (b << 8) | (c << 16) | (d << 24) : d | (c << 8) | (b << 16) | (a << 24)) >>> 0;
    points.push(point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff) ? 0xfffd : point);
    if (points.length === 8192) {
      parts.push(String.fromCodePoint(...points));
      points = [];
    }
  }
  parts.push(String.fromCodePoint(...points));
  return parts.join('');
};

/** Read as UTF-8 without more ado: no byte-order mark of a wide encoding, no NUL among the first bytes (what git calls text). */
export const isUtf8Text = (bytes: Uint8Array): boolean =>
  !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff) && !(bytes[0] === 0 && bytes[1] === 0) && bytes.subarray(0, SNIFF).indexOf(0) === -1;

/** Bytes known to be UTF-8 text (a piece of a file that isUtf8Text said so of): a leading BOM is dropped. */
export const decodeUtf8 = (bytes: Uint8Array): string => utf8.decode(bytes);

/**
 * What decodeUtf8 decodes, as bytes the text maps to one by one: valid UTF-8 (TextDecoder replaces
 * an invalid sequence) after the byte-order mark it drops; undefined otherwise. isUtf8 is simdutf's
 * check, ~10 GB/s (https://nodejs.org/api/buffer.html#bufferisutf8input).
 */
export const utf8Source = (bytes: Uint8Array): Uint8Array | undefined => {
  if (!isUtf8(bytes)) return undefined;
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
};

export const decodeContent = (bytes: Uint8Array): Decoded => {
  const { encoding, skip } = sniffEncoding(bytes);
  switch (encoding) {
    case 'binary':
      return { kind: 'binary' };
    case 'utf-8': {
      const body = skip ? bytes.subarray(skip) : bytes;
      const source = utf8Source(body);
      return { kind: 'text', text: utf8.decode(body), encoding, ...(source ? { utf8: source } : {}) };
    }
    case 'utf-16le':
    case 'utf-16be':
      return { kind: 'text', text: decode16(bytes, encoding, skip), encoding };
    default:
      return { kind: 'text', text: decode32(bytes, encoding === 'utf-32le', skip), encoding };
  }
};
