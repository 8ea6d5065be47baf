// Stdin in pieces as it arrives: the cuts splitRaw makes in the same bytes held whole (piece
// bounds at line starts, context either side), each piece yielded once its bytes and its bounds
// are known. It holds a window of about a piece and a half, the contexts and a few MiB of line
// search, not the whole input (200 MB of stdin held ~560 MB when read whole).
import { countLines, lineStartBefore, lineStartFrom, MAX_LINE_SEARCH, SPLIT, type Bytes, type SplitOptions } from '../scan/split-fragment.js';
import type { SourceItem } from './source-item.js';

/** Bytes [base, base + buf.length) of the stream, as the cutting functions read them (by absolute offset). */
interface Window extends Bytes {
  base: number;
  buf: Buffer;
  eof: boolean;
}

const windowOf = (head: Buffer): Window => {
  const w: Window = {
    base: 0,
    buf: head,
    eof: false,
    get length() {
      return w.base + w.buf.length;
    },
    at: (index) => w.buf[index - w.base],
    indexOf: (byte, from) => {
      const found = w.buf.indexOf(byte, Math.max(0, from - w.base));
      return found === -1 ? -1 : found + w.base;
    },
    lastIndexOf: (byte, from) => {
      if (from < w.base) return -1;
      const found = w.buf.lastIndexOf(byte, from - w.base);
      return found === -1 ? -1 : found + w.base;
    },
    slice: (from, to) => new Uint8Array(w.buf.subarray(from - w.base, to - w.base)),
  };
  return w;
};

/** Reads on until the window reaches `until` (or the stream ends); false once the input is over the limit. */
const fill = async (w: Window, chunks: AsyncIterator<Buffer>, until: number, limit: number): Promise<boolean> => {
  const more: Buffer[] = [];
  let size = w.length;
  while (!w.eof && size < until) {
    const next = await chunks.next();
    if (next.done === true) w.eof = true;
    else {
      more.push(next.value);
      size += next.value.length;
    }
  }
  if (more.length > 0) w.buf = Buffer.concat([w.buf, ...more]);
  return w.length <= limit;
};

const overLimit = (limit: number): SourceItem => ({
  kind: 'skipped',
  path: '-',
  reason: `larger than --max-file-size (over ${(limit / 1048576).toFixed(1)} MB): read and scanned up to there, the rest not read`,
});

/**
 * The pieces of stdin, given its first bytes (more than two pieces and a half of UTF-8 text) and
 * the rest of the stream. Where a line is too long to cut at, the rest of the input becomes one
 * last piece (all of it, when that happens before the first cut).
 */
export async function* streamPieces(head: Buffer, chunks: AsyncIterator<Buffer>, limit: number, options: SplitOptions = SPLIT): AsyncGenerator<SourceItem> {
  const w = windowOf(head);
  const { piece, context } = options;
  let start = 0;
  let line = 1;
  for (let first = true; ; first = false) {
    if (!(await fill(w, chunks, start + piece + MAX_LINE_SEARCH + piece / 2 + 2, limit))) return yield overLimit(limit);
    const next = lineStartFrom(w, start + piece);
    // Not the last piece unless the input ends within half a piece of the cut (as splitRaw decides).
    const end = next === -1 ? -1 : w.eof && w.length - next <= piece / 2 ? w.length : next;
    if (end !== -1 && !(await fill(w, chunks, end + context + MAX_LINE_SEARCH + 2, limit))) return yield overLimit(limit);
    const last = end === w.length && w.eof;
    const to = end === -1 ? -1 : lineStartFrom(w, Math.min(w.length, end + context));
    const from = lineStartBefore(w, Math.max(0, start - context));
    if (end === -1 || to === -1 || from === -1) {
      // A line too long to cut at: the rest whole.
      if (!(await fill(w, chunks, Number.POSITIVE_INFINITY, limit))) return yield overLimit(limit);
      if (first) return yield { kind: 'fragment', fragment: { path: '-', raw: w.slice(0, w.length), startLine: 1 }, bytes: w.length, file: true };
      const at = Math.max(from, w.base);
      const raw = w.slice(at, w.length);
      const fragment = { path: '-', raw, startLine: line - countLines(raw, 0, start - at), owns: { fromLine: line, toLine: Number.POSITIVE_INFINITY, first } };
      return yield { kind: 'fragment', fragment, bytes: w.length - start, file: false };
    }
    const raw = w.slice(from, to);
    const inside = last ? Number.POSITIVE_INFINITY : countLines(raw, start - from, end - from);
    const fragment = { path: '-', raw, startLine: line - countLines(raw, 0, start - from), owns: { fromLine: line, toLine: line + inside, first } };
    yield { kind: 'fragment', fragment, bytes: end - start, file: first };
    if (last) return;
    line += inside;
    start = end;
    // Keep what the next piece's context and its line search may reach back to.
    const keep = Math.max(0, start - context - MAX_LINE_SEARCH - 2);
    if (keep > w.base) {
      w.buf = w.buf.subarray(keep - w.base);
      w.base = keep;
    }
  }
}
