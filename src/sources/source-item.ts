import type { Fragment } from '../detect/types.js';
import { decodeContent, decodeUtf8, utf8Source } from './decode-content.js';
import { readKnownBinary } from './known-binary.js';

/**
 * A file's bytes not yet decoded: decoded where it is scanned (in a worker, whose share of the
 * work it is), and handed over without a copy. Its buffer must be its own, not a pooled slab.
 */
export interface RawFragment extends Omit<Fragment, 'text' | 'lineNumbers'> {
  readonly raw: Uint8Array;
  /** A piece of a larger file (see scan/split-fragment.ts): the lines it reports on; the rest is context. */
  readonly owns?: Owned;
  /**
   * A changed file read whole so that rules see the lines around a change (a key body typed
   * between existing BEGIN and END lines): only findings that touch these lines are reported.
   */
  readonly added?: readonly number[];
  /** Renamed or copied from this path: when that path was allowlisted, every line counts as added. */
  readonly renamedFrom?: string;
}

export interface Owned {
  /** Lines [fromLine, toLine) of the file. */
  readonly fromLine: number;
  readonly toLine: number;
  /** The file's first piece: it alone reports what concerns the whole file (rules on its name). */
  readonly first: boolean;
}

export const isRaw = (fragment: Fragment | RawFragment): fragment is RawFragment => 'raw' in fragment;

/**
 * Decodes a raw fragment: a file a tool encodes in a known way is read as the tool does (its bytes
 * may or may not look binary); a binary one becomes empty text (rules on names still apply).
 */
export const decodeFragment = (fragment: RawFragment): Fragment => decodeRaw(fragment).fragment;

/** decodeFragment, with the bytes the text was decoded from when the detector can read them (valid UTF-8). */
export const decodeRaw = (fragment: RawFragment): { readonly fragment: Fragment; readonly utf8?: Uint8Array } => {
  const { raw, owns, added: _added, renamedFrom: _from, ...rest } = fragment;
  // A piece of a large file is UTF-8 (only such files are cut): no sniffing of its own first bytes.
  if (owns) {
    const utf8 = utf8Source(raw);
    return { fragment: { ...rest, text: decodeUtf8(raw) }, ...(utf8 ? { utf8 } : {}) };
  }
  const known = readKnownBinary(rest.path, raw);
  if (known !== undefined) return { fragment: { ...rest, text: known } };
  const decoded = decodeContent(raw);
  if (decoded.kind === 'binary') return { fragment: { ...rest, text: '' } };
  return { fragment: { ...rest, text: decoded.text }, ...(decoded.utf8 ? { utf8: decoded.utf8 } : {}) };
};

/** Bytes of the fragment's own buffer (to hand over) or a fresh copy when it is a view. */
export const ownBuffer = (bytes: Uint8Array): Uint8Array => {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes;
  const copy = new Uint8Array(new ArrayBuffer(bytes.byteLength));
  copy.set(bytes);
  return copy;
};

/** What a source yields: text to scan (or bytes to decode first), or a note that something was not scanned, and why. */
export type SourceItem =
  | { readonly kind: 'fragment'; readonly fragment: Fragment | RawFragment; readonly bytes: number; readonly file: boolean }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string };
