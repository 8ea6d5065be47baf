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
import { COMMIT_FORMAT } from './parse-diff.js';
import { createRawLogParser, type RawEntry } from './parse-raw-log.js';
import { readAhead } from './read-ahead.js';
import { ownBuffer, type SourceItem } from './source-item.js';
import { isLfsPointer, type NotScanned } from './not-scanned.js';

export interface BlobHistory {
  /** In git log order (newest first); entries refer to them by index. */
  readonly commits: readonly CommitInfo[];
  readonly entries: readonly RawEntry[];
}

/** Every commit of every ref, merges as combined entries (a path that differs from all parents). */
const RAW_LOG_ARGS: readonly string[] = ['log', '--raw', '-c', '-z', '--no-renames', '--no-abbrev', '--root', '--no-textconv', '--no-ext-diff', `--format=${COMMIT_FORMAT}`, '--all', '--'];

export const readBlobHistory = async (root: string, onCommit?: (commit: CommitInfo) => void, seen?: NotScanned): Promise<BlobHistory> => {
  const commits: CommitInfo[] = [];
  const entries: RawEntry[] = [];
  const parser = createRawLogParser((event) => {
    if (event.kind === 'entry') {
      if (event.entry.submodule) seen?.submodules.add(event.entry.path);
      entries.push(event.entry);
      return;
    }
    const { parents: _parents, ...commit } = event.commit;
    commits.push(commit);
    onCommit?.(commit);
  });
  const stream = gitStream(RAW_LOG_ARGS, root);
  try {
    for await (const chunk of stream.stdout) parser.push(chunk as Buffer);
    parser.end();
    await stream.done;
  } finally {
    stream.kill();
  }
  return { commits, entries };
};

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

/** Sizes from `git cat-file --batch-check` over every object (no content read). */
export const objectSizes = async (root: string, wanted: ReadonlyMap<string, readonly string[]>): Promise<ObjectSizes> => {
  const stream = gitStream(['cat-file', '--batch-all-objects', '--batch-check=%(objectname) %(objectsize)', '--unordered'], root);
  const sizes = new Map<string, number>();
  let objectBytes = 0;
  let rest = '';
  try {
    for await (const chunk of stream.stdout) {
      const lines = (rest + (chunk as Buffer).toString('latin1')).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const space = line.indexOf(' ');
        const size = Number(line.slice(space + 1)) || 0;
        objectBytes += size;
        const oid = line.slice(0, space);
        if (wanted.has(oid)) sizes.set(oid, size);
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

/** Scans the wanted blobs (see wantedBlobs); the map is emptied as they are read. */
export async function* blobHistorySource(root: string, wanted: Map<string, string[]>, options: BlobSourceOptions): AsyncGenerator<SourceItem> {
  const want = (object: BatchObject): 'read' | 'note' | 'skip' => {
    if (object.type !== 'blob' || !wanted.has(object.oid)) return 'skip';
    return object.size > options.maxFileSize ? 'note' : 'read';
  };
  const parser = createBatchParser(want);
  const stream = gitStream(['cat-file', '--batch-all-objects', '--batch', '--unordered'], root);
  try {
    for await (const chunk of readAhead(stream.stdout, READ_AHEAD, READ_AHEAD / 4)) {
      for (const { object, content } of parser.push(chunk)) {
        const paths = wanted.get(object.oid) ?? [];
        wanted.delete(object.oid);
        if (content !== undefined && isLfsPointer(content)) for (const path of paths) options.seen?.lfs.add(path);
        yield* itemsFor(object.oid, paths, content, options.maxFileSize);
      }
    }
    // git's own failure (a corrupt pack, a kill) says more than output cut short.
    await stream.done;
    parser.end();
  } finally {
    stream.kill();
  }
  if (wanted.size === 0) return;
  // Not among the stored objects: replaced (git replace), or missing (a partial clone, corruption).
  const reader = openBlobReader(root);
  try {
    for (const [blob, paths] of wanted) {
      const content = await reader.read(blob);
      if (content === undefined) {
        throw new LeakgateError('git', `blob ${blob} (${paths[0] ?? ''}) is missing from the repository: a partial clone or a corrupt repository cannot be audited in full (git fetch --refetch, or git fsck)`);
      }
      yield* itemsFor(blob, paths, content.length > options.maxFileSize ? undefined : ownBuffer(content), options.maxFileSize);
    }
  } finally {
    await reader.close();
  }
}
