// A large file is one fragment, and one fragment runs on one worker: a 50 MB bundle kept one
// core busy while the other idled. Here its bytes are cut, at line starts, into pieces that the
// workers scan side by side. Each piece carries context either side (so windows, lookbehinds and
// matches that run past its end see the same text as in the whole file) and owns only the lines
// in its middle: a finding is kept by the piece that owns the line it starts on.
import type { DetectResult } from '../detect/detector.js';
import { isUtf8Text } from '../sources/decode-content.js';
import type { Owned, RawFragment } from '../sources/source-item.js';

export interface SplitOptions {
  /** Bytes each piece owns (it ends at the first line start after this many). */
  readonly piece: number;
  /** Bytes of whole lines before and after: more than any window (64 KiB for a PEM block). */
  readonly context: number;
}

export const SPLIT: SplitOptions = { piece: 4 << 20, context: 128 << 10 };

/**
 * The bytes to cut, as far as cutting needs them: a Uint8Array is one, and so is a large file read
 * by position (sources/file-bytes.ts), which is then never held whole. slice() returns a copy.
 */
export interface Bytes {
  readonly length: number;
  at(index: number): number | undefined;
  indexOf(byte: number, from: number): number;
  lastIndexOf(byte: number, from: number): number;
  slice(from: number, to: number): Uint8Array;
}

/** A line that long (minified code) is not cut around: the fragment stays whole. */
export const MAX_LINE_SEARCH = 1 << 20;
const NEWLINE = 10;

/** Offset of the first line start at or after `at` (the text's length if none), or -1 if over MAX_LINE_SEARCH away. */
export const lineStartFrom = (raw: Bytes, at: number): number => {
  if (at <= 0) return 0;
  if (at >= raw.length || raw.at(at - 1) === NEWLINE) return Math.min(at, raw.length);
  const newline = raw.indexOf(NEWLINE, at);
  if (newline === -1) return raw.length - at > MAX_LINE_SEARCH ? -1 : raw.length;
  return newline - at > MAX_LINE_SEARCH ? -1 : newline + 1;
};

/** Offset of the last line start at or before `at`, or -1 if over MAX_LINE_SEARCH away. */
export const lineStartBefore = (raw: Bytes, at: number): number => {
  if (at <= 0) return 0;
  const newline = raw.lastIndexOf(NEWLINE, at - 1);
  const start = newline + 1;
  return at - start > MAX_LINE_SEARCH ? -1 : start;
};

export const countLines = (raw: Uint8Array, from: number, to: number): number => {
  let lines = 0;
  for (let at = raw.indexOf(NEWLINE, from); at !== -1 && at < to; at = raw.indexOf(NEWLINE, at + 1)) lines++;
  return lines;
};

interface Cut {
  /** The lines it owns start in [start, end); it holds the bytes [from, to). */
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Where to cut bytes larger than two pieces and a half, every bound a line start; undefined when
 * they are smaller or a line is too long to cut at. Settled first, a few searches near each cut,
 * so that a file is cut whole or not at all.
 */
export const planCuts = (raw: Bytes, options: SplitOptions = SPLIT): readonly Cut[] | undefined => {
  if (raw.length <= options.piece * 2.5) return undefined;
  const bounds = [0];
  for (let at = 0; ; ) {
    const next = lineStartFrom(raw, at + options.piece);
    if (next === -1) return undefined;
    if (raw.length - next <= options.piece / 2) break;
    bounds.push(next);
    at = next;
  }
  if (bounds.length === 1) return undefined;
  bounds.push(raw.length);
  // Then each piece's context, also at line starts (or, again, no split at all).
  const cuts: Cut[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] as number;
    const end = bounds[i + 1] as number;
    const from = lineStartBefore(raw, Math.max(0, start - options.context));
    const to = lineStartFrom(raw, Math.min(raw.length, end + options.context));
    if (from === -1 || to === -1) return undefined;
    cuts.push({ start, end, from, to });
  }
  return cuts;
};

/**
 * The pieces, each made when it is asked for (its bytes a copy of its own, ready to hand to a
 * worker, or a view when they are shared memory), so the first goes to a worker while the next
 * is still being read and counted.
 */
export function* piecesOf(fragment: Omit<RawFragment, 'raw'>, raw: Bytes, cuts: readonly Cut[]): Generator<RawFragment> {
  let lineOfStart = fragment.startLine;
  for (const [i, { start, end, from, to }] of cuts.entries()) {
    const last = i + 1 === cuts.length;
    // Bytes in shared memory (a large blob, see parse-batch.ts) are handed to the workers as views
    // of the one buffer; others are copied, each piece a buffer of its own to transfer.
    // A Buffer's slice() is a view, not a copy (the diff route reads a changed file into one): handing
    // the first piece over would detach the whole file under the next.
    const bytes = !(raw instanceof Uint8Array) ? raw.slice(from, to) : raw.buffer instanceof SharedArrayBuffer ? raw.subarray(from, to) : Uint8Array.prototype.slice.call(raw, from, to);
    // Lines starting in [start, end): end is a line start, so each ends with a newline before it.
    const linesInside = last ? Number.POSITIVE_INFINITY : countLines(bytes, start - from, end - from);
    yield {
      ...fragment,
      raw: bytes,
      startLine: lineOfStart - countLines(bytes, 0, start - from),
      owns: { fromLine: lineOfStart, toLine: lineOfStart + linesInside, first: i === 0 },
    };
    lineOfStart += linesInside;
  }
}

/**
 * The pieces of a UTF-8 fragment larger than two pieces and a half, or the fragment itself
 * (smaller, not UTF-8 text, or lines too long to cut at): a 50 MB file has its first piece at a
 * worker after ~12 ms, not ~150 ms.
 */
export const splitRaw = (fragment: RawFragment, options: SplitOptions = SPLIT): Iterable<RawFragment> => {
  const { raw } = fragment;
  // Only UTF-8 text is cut (at 0x0A bytes, always a character boundary there): UTF-16 and binary stay whole.
  if (fragment.owns !== undefined || raw.length <= options.piece * 2.5 || !isUtf8Text(raw)) return [fragment];
  const cuts = planCuts(raw, options);
  return cuts ? piecesOf(fragment, raw, cuts) : [fragment];
};

/**
 * What a piece reports: findings and suppressions on the lines it owns; the findings of rules on
 * the file's name, and "the whole file is allowlisted", once, from the first piece.
 */
export const keepOwned = (result: DetectResult, owns: Owned, pathOnly: (ruleId: string) => boolean): DetectResult => {
  const mine = (line: number): boolean => line >= owns.fromLine && line < owns.toLine;
  return {
    findings: result.findings.filter((finding) => (pathOnly(finding.ruleId) ? owns.first : mine(finding.line))),
    suppressed: result.suppressed.filter((suppression) => mine(suppression.line)),
    pathAllowed: result.pathAllowed && owns.first,
  };
};
