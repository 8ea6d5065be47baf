// Much of a large history's unique bytes are versions of a few large files (eslint: CHANGELOG.md
// and two test files hold 542 MB of its 1.66 GB of blobs), each a few lines away from the one
// before. Such a version is scanned only around the lines it changes against the version of the
// same path read before it, as the diff route scans a changed file (scan/keep-added.ts); the
// findings on the lines it kept are carried over from that version (scan/carry-findings.ts).
// On eslint, 533 versions (292 MB of the 592 MB over DELTA_FROM) are scanned so, their detection
// 8.9 -> 5.3 s on one thread, for 0.4 s of the main thread over all blobs: REACH (68 KiB either
// side of a change, a block rule's window) bounds what it saves; a smaller file is scanned whole.
import { REACH } from '../scan/keep-added.js';
import { sniffEncoding } from './decode-content.js';
import { hasKnownEncoding } from './known-binary.js';
import { newlines, sharedEnds, versionDelta } from './line-delta.js';

/** A blob at a path scanned around its changes against `base` at the same path. */
export interface BlobDelta {
  readonly blob: string;
  readonly path: string;
  readonly base: string;
  /** Lines kept from base: (baseLine, line, count) triples, 1-based. */
  readonly runs: Int32Array;
  /** The lines [from, to] whose findings come from the scan (1-based); the others' from base. */
  readonly from: number;
  readonly to: number;
}

/** keep-added.ts scans a file of up to 4 x REACH characters whole: only larger ones gain. */
export const DELTA_FROM = 4 * REACH;
/**
 * One cut into pieces for the workers (scan/split-fragment.ts: over 2.5 x 4 MiB) is scanned whole
 * piece by piece: nothing to gain. Comparing the npm versions' bundles (28 over 8 MiB, 273 MB)
 * cost 0.36 s of the main thread; without them 0.09 s.
 */
export const DELTA_UP_TO = 8 << 20;
/**
 * Lines either side of the new ones whose findings are taken from the scan, not carried: a rule's
 * window reaches two lines past its keyword's line, an allow marker can sit on the line before
 * (detect/windows.ts, detect/inline-allow.ts), and lines taken out join the two either side.
 */
const MARGIN = 2;
/** A version mostly within REACH of its changes is scanned whole: there is little to carry. */
const WORTH = 0.6;
/** Bytes of earlier versions kept; past it the least recently read paths' are dropped. */
const KEPT_BYTES = 16 << 20;

export interface DeltaTracker {
  /** The lines to scan in this blob at this path (the others' findings carried), or undefined to scan it whole. */
  readonly touched: (blob: string, path: string, content: Uint8Array) => readonly number[] | undefined;
}

interface Version {
  blob: string;
  /** A copy of its bytes (its own buffer goes to a worker), in a buffer reused by the path's next versions. */
  buffer: Uint8Array;
  length: number;
  /** Counted when first needed: a version rewritten throughout (a bundle) never is. */
  lines: number | undefined;
}

/**
 * The last version read at each path, up to KEPT_BYTES. Copying each version into a fresh buffer
 * made the main thread collect garbage for ~3 s on eslint (592 MB of copies, beside a heap holding
 * the attribution pass): a path's buffer is filled again by its next version.
 */
const createVersionStore = () => {
  const prior = new Map<string, Version>();
  let kept = 0;
  const remember = (path: string, blob: string, content: Uint8Array, lines: number | undefined): void => {
    let version = prior.get(path);
    prior.delete(path);
    if (version === undefined || version.buffer.length < content.length) {
      kept -= version?.buffer.length ?? 0;
      version = { blob, buffer: new Uint8Array(Math.ceil(content.length * 1.25)), length: 0, lines: 0 };
      kept += version.buffer.length;
    }
    version.buffer.set(content);
    Object.assign(version, { blob, length: content.length, lines });
    prior.set(path, version);
    for (const [oldest, { buffer }] of prior) {
      if (kept <= KEPT_BYTES) break;
      prior.delete(oldest);
      kept -= buffer.length;
    }
  };
  return { get: (path: string): Version | undefined => prior.get(path), remember };
};

export const createDeltaTracker = (deltas: BlobDelta[], wholeOnly: (path: string) => boolean): DeltaTracker => {
  const { get, remember } = createVersionStore();
  return {
    touched: (blob, path, content) => {
      // Lines equal as bytes decode to equal text only in UTF-8 (a tool's own encoding, or UTF-16, differ).
      if (content.length <= DELTA_FROM || content.length > DELTA_UP_TO || wholeOnly(path) || hasKnownEncoding(path) || sniffEncoding(content).encoding !== 'utf-8') return undefined;
      const before = get(path);
      const base = before?.blob;
      const a = before?.buffer.subarray(0, before.length);
      const ends = a === undefined ? undefined : sharedEnds(a, content);
      const scanned = ends === undefined ? content.length : Math.min(content.length, content.length - ends.tailBytes + REACH) - Math.max(0, ends.headEnd - REACH);
      if (a === undefined || ends === undefined || base === undefined || scanned > WORTH * content.length) {
        remember(path, blob, content, undefined);
        return undefined;
      }
      const delta = versionDelta(a, before?.lines ?? newlines(a, 0, a.length) + 1, content, ends);
      remember(path, blob, content, delta.lines);
      const from = Math.max(1, delta.from - MARGIN);
      const to = Math.min(delta.lines, delta.to + MARGIN);
      deltas.push({ blob, path, base, runs: delta.runs, from, to });
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    },
  };
};
