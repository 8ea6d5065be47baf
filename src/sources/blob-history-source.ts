// Full history read blob by blob: a cheap `git log --raw` pass lists, for every commit, the blob
// each changed path took on; then `git cat-file --batch-all-objects --unordered` streams every
// object in pack order, and each blob that some commit put at some path is scanned once (per
// path: allowlists and path rules depend on it). Findings carry their blob; attributeBlobFindings()
// then names the commit that introduced each secret.
import { LeakgateError } from '../errors.js';
import type { CommitInfo } from '../detect/types.js';
import { openBlobReader } from './blob-reader.js';
import { gitStream } from './git.js';
import { createBatchParser, type BatchObject } from './parse-batch.js';
import { isUtf8Text, sniffEncoding } from './decode-content.js';
import { readKnownBinary } from './known-binary.js';
import type { RawEntry } from './parse-raw-log.js';
import { startBlobHistory, type WantedBlobs } from './live-blob-history.js';
import { readAhead } from './read-ahead.js';
import { ownBuffer, type SourceItem } from './source-item.js';
import { isLfsPointer, type NotScanned } from './not-scanned.js';

export interface BlobHistory {
  /** In git log order (newest first); entries refer to them by index. */
  readonly commits: readonly CommitInfo[];
  readonly entries: readonly RawEntry[];
}

/** The attribution pass read whole (auto reads it before choosing a route). */
export const readBlobHistory = (root: string, onCommit?: (commit: CommitInfo) => void, seen?: NotScanned): Promise<BlobHistory> =>
  startBlobHistory(root, onCommit, seen).done;

/** Each blob some commit put at a path, with those paths (usually one). */
export const wantedBlobs = (history: BlobHistory): Map<string, string[]> => {
  const wanted = new Map<string, string[]>();
  for (const { blob, path } of history.entries) {
    if (blob === undefined) continue;
    const paths = wanted.get(blob);
    if (paths === undefined) wanted.set(blob, [path]);
    else if (!paths.includes(path)) paths.push(path);
  }
  return wanted;
};

export interface ObjectSizes {
  /** Sizes of the wanted blobs (and of the blobs the changed paths held before, when wanted too). */
  readonly sizes: Map<string, number>;
  /** Bytes of every object, of every type: what `cat-file --batch-all-objects` streams. */
  readonly objectBytes: number;
}

/** Sizes from `git cat-file --batch-check` over every object (no content read); every blob's without `wanted`. */
export const objectSizes = async (root: string, wanted?: ReadonlyMap<string, readonly string[]>): Promise<ObjectSizes> => {
  const stream = gitStream(['cat-file', '--batch-all-objects', '--batch-check=%(objectname) %(objectsize) %(objecttype)', '--unordered'], root);
  const sizes = new Map<string, number>();
  let objectBytes = 0;
  let rest = '';
  try {
    for await (const chunk of stream.stdout) {
      const lines = (rest + (chunk as Buffer).toString('latin1')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const [oid = '', size = '', type] = line.split(' ');
        objectBytes += Number(size) || 0;
        if (type === 'blob' && (wanted === undefined || wanted.has(oid))) sizes.set(oid, Number(size) || 0);
      }
    }
    await stream.done;
  } finally {
    stream.kill();
  }
  return { sizes, objectBytes };
};

/** The files a blob scan reads: each wanted blob once per path it was at. */
export const countBlobFiles = (wanted: ReadonlyMap<string, readonly string[]>): number => {
  let files = 0;
  for (const paths of wanted.values()) files += paths.length;
  return files;
};

const itemsFor = (blob: string, paths: readonly string[], content: Uint8Array | undefined, maxFileSize: number): SourceItem[] =>
  paths.flatMap((path, i): SourceItem[] => {
    if (content !== undefined) {
      // Decoded in the worker that scans it; each path needs its own buffer to hand over (shared
      // memory is shared, not handed over). Only
      // the first bytes are sniffed here, to note a binary blob as not scanned (as `scan` does).
      const raw = i === 0 || content.buffer instanceof SharedArrayBuffer ? content : new Uint8Array(content);
      const item: SourceItem = { kind: 'fragment', fragment: { path, raw, startLine: 1, blob }, bytes: content.length, file: true };
      const text = isUtf8Text(content) || sniffEncoding(content).encoding !== 'binary' || readKnownBinary(path, content) !== undefined;
      return text ? [item] : [{ kind: 'skipped', path, reason: `binary (blob ${blob.slice(0, 12)})` }, item];
    }
    return [
      { kind: 'skipped', path, reason: `blob ${blob.slice(0, 12)} is larger than --max-file-size (${maxFileSize} bytes)` },
      // Still checked by the rules that look at names (a keystore, a .p12).
      { kind: 'fragment', fragment: { path, text: '', startLine: 1, blob }, bytes: 0, file: false },
    ];
  });

/** cat-file outruns the scan by far: a small lead is enough to keep it busy. */
const READ_AHEAD = 4 * 1024 * 1024;

export interface BlobSourceOptions {
  readonly maxFileSize: number;
  readonly seen?: NotScanned;
}

/**
 * Blobs cat-file streams before the attribution pass names them are held, up to this many bytes
 * (pack order puts a tip's old files early, the pass names them last); past it the scan waits for
 * the pass to end, as it all did before the two overlapped.
 */
const HOLD = 64 * 1024 * 1024;

const missing = (blob: string, path: string): LeakgateError =>
  new LeakgateError('git', `blob ${blob} (${path}) is missing from the repository: a partial clone or a corrupt repository cannot be audited in full (git fetch --refetch, or git fsck)`);

/**
 * Scans the wanted blobs, each once per path, while the attribution pass may still be naming
 * them: a blob read before the pass names it is held until it does (or the pass ends without it);
 * a path the pass names after its blob was scanned is read again at the end, with any blob
 * cat-file did not list (replaced, or missing).
 */
export async function* blobHistorySource(root: string, wants: WantedBlobs, options: BlobSourceOptions): AsyncGenerator<SourceItem> {
  const { wanted } = wants;
  /** How many of a blob's paths were scanned, while the pass may still name more. */
  const scanned = new Map<string, number>();
  const tooLarge = new Set<string>();
  const held = new Map<string, Uint8Array | undefined>();
  let heldBytes = 0;
  const named: string[] = [];
  wants.onNewBlob = (blob) => {
    if (held.has(blob)) named.push(blob);
  };
  function* scan(blob: string, content: Uint8Array | undefined): Generator<SourceItem> {
    const paths = wanted.get(blob);
    const from = scanned.get(blob) ?? 0;
    if (paths === undefined || from >= paths.length) return;
    if (wants.complete()) {
      wanted.delete(blob);
      scanned.delete(blob);
    } else {
      scanned.set(blob, paths.length);
      if (content === undefined) tooLarge.add(blob);
    }
    yield* scanAt(blob, from === 0 ? paths : paths.slice(from), content, options);
  }
  function* release(blob: string): Generator<SourceItem> {
    const content = held.get(blob);
    held.delete(blob);
    heldBytes -= content?.length ?? 0;
    yield* scan(blob, content);
  }
  const want = (object: BatchObject): 'read' | 'note' | 'skip' => {
    if (object.type !== 'blob' || (wants.complete() && !wanted.has(object.oid))) return 'skip';
    return object.size > options.maxFileSize ? 'note' : 'read';
  };
  const parser = createBatchParser(want);
  const stream = gitStream(['cat-file', '--batch-all-objects', '--batch', '--unordered'], root);
  try {
    for await (const chunk of readAhead(stream.stdout, READ_AHEAD, READ_AHEAD / 4)) {
      for (const { object, content } of parser.push(chunk)) {
        if (wanted.has(object.oid)) yield* scan(object.oid, content);
        else if (!wants.complete() && !held.has(object.oid)) {
          held.set(object.oid, content);
          heldBytes += content?.length ?? 0;
        }
      }
      while (named.length > 0) yield* release(named.pop() as string);
      if (heldBytes > HOLD) await wants.done;
      if (wants.complete()) for (const blob of [...held.keys()]) yield* release(blob);
    }
    // git's own failure (a corrupt pack, a kill) says more than output cut short.
    await stream.done;
    parser.end();
    await wants.done;
  } finally {
    stream.kill();
    wants.stop();
  }
  wants.onNewBlob = undefined;
  for (const blob of [...held.keys()]) yield* release(blob);
  yield* scanLeftOver(root, wanted, scanned, tooLarge, options);
}

function* scanAt(blob: string, paths: readonly string[], content: Uint8Array | undefined, options: BlobSourceOptions): Generator<SourceItem> {
  if (content !== undefined && isLfsPointer(content)) for (const path of paths) options.seen?.lfs.add(path);
  yield* itemsFor(blob, paths, content, options.maxFileSize);
}

/** The paths not scanned once cat-file's stream has ended, read blob by blob. */
async function* scanLeftOver(root: string, wanted: ReadonlyMap<string, readonly string[]>, scanned: ReadonlyMap<string, number>, tooLarge: ReadonlySet<string>, options: BlobSourceOptions): AsyncGenerator<SourceItem> {
  const left = [...wanted].filter(([blob, paths]) => (scanned.get(blob) ?? 0) < paths.length);
  if (left.length === 0) return;
  const reader = openBlobReader(root);
  try {
    for (const [blob, paths] of left) {
      const fresh = paths.slice(scanned.get(blob) ?? 0);
      if (tooLarge.has(blob)) {
        yield* itemsFor(blob, fresh, undefined, options.maxFileSize);
        continue;
      }
      const content = await reader.read(blob);
      if (content === undefined) throw missing(blob, fresh[0] ?? '');
      yield* scanAt(blob, fresh, content.length > options.maxFileSize ? undefined : ownBuffer(content), options);
    }
  } finally {
    await reader.close();
  }
}
