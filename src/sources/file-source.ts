// Files and directories as a source: walk, read each file, yield its bytes (or text) to scan.
import { OwnFileError, readRegularFile } from '../read-own-file.js';
import { decodeContent, isUtf8Text } from './decode-content.js';
import { readKnownBinary } from './known-binary.js';
import { ownBuffer, type SourceItem } from './source-item.js';
import { git } from './git.js';
import { isLfsPointer, type NotScanned } from './not-scanned.js';
import { LARGE_FILE, largeFileItems } from './large-file.js';
import { streamPieces } from './stream-pieces.js';
import { findRepoRoot, trackedOf, walkFiles, type Tracked, type WalkItem, type WalkOptions } from './walk-files.js';

export interface FileSourceOptions extends WalkOptions {
  readonly maxFileSize: number;
  /** Counts the LFS pointers met (their content is on an LFS server). */
  readonly seen?: NotScanned;
}

const formatSize = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

/** A file whose content is not scanned is still checked by the rules that look at names (a .p12, an id_rsa). */
const nameOnly = (path: string): SourceItem => ({ kind: 'fragment', fragment: { path, text: '', startLine: 1 }, bytes: 0, file: false });

/** A large file in pieces read from it (sources/large-file.ts), or undefined to read it whole. */
const inPieces = (item: Extract<WalkItem, { kind: 'file' }>, size: number | undefined, maxFileSize: number): Iterable<SourceItem> | undefined => {
  if (size === undefined || size <= LARGE_FILE || size > maxFileSize) return undefined;
  try {
    return largeFileItems(item.abs, item.path, maxFileSize);
  } catch {
    // Unreadable: reading it whole says why.
    return undefined;
  }
};

function* readItem(item: WalkItem, maxFileSize: number, seen: NotScanned | undefined): Generator<SourceItem> {
  if (item.kind === 'skipped') return yield item;
  const tooLarge = (size: number): SourceItem[] => [
    { kind: 'skipped', path: item.path, reason: `larger than --max-file-size (${formatSize(size)})` },
    nameOnly(item.path),
  ];
  if (item.size !== undefined && item.size > maxFileSize) return yield* tooLarge(item.size);
  let bytes: Uint8Array | undefined;
  let size = item.size;
  try {
    // Read synchronously: one open, fstat, read and close, not four round trips through libuv's
    // thread pool (npm run bench: 1,200 small files, ~0.2 s of the main thread). A file found by
    // its directory entry alone is sized here: over LARGE_FILE, it is read in pieces instead.
    if (size === undefined || size <= LARGE_FILE) bytes = readRegularFile(item.abs, Math.min(maxFileSize, LARGE_FILE));
  } catch (error) {
    if (!(error instanceof OwnFileError && error.code === 'EFBIG' && error.size !== undefined)) {
      return yield { kind: 'skipped', path: item.path, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    }
    if (error.size > maxFileSize) return yield* tooLarge(error.size);
    size = error.size;
  }
  if (bytes === undefined) {
    const pieces = inPieces(item, size, maxFileSize);
    if (pieces) return yield* pieces;
    try {
      bytes = readRegularFile(item.abs, maxFileSize);
    } catch (error) {
      if (error instanceof OwnFileError && error.code === 'EFBIG' && error.size !== undefined) return yield* tooLarge(error.size);
      return yield { kind: 'skipped', path: item.path, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    }
  }
  yield* bytesItems(item.path, bytes, seen);
}

/** A file read whole: UTF-8 travels as bytes to the worker that decodes and scans it; the rest is decoded here. */
const bytesItems = (path: string, bytes: Uint8Array, seen: NotScanned | undefined): SourceItem[] => {
  if (isLfsPointer(bytes)) seen?.lfs.add(path);
  if (isUtf8Text(bytes)) return [{ kind: 'fragment', fragment: { path, raw: bytes, startLine: 1 }, bytes: bytes.length, file: true }];
  const decoded = decodeContent(bytes);
  // A binary file is noted as skipped, unless a tool's known encoding reads it.
  if (decoded.kind === 'binary') {
    const text = readKnownBinary(path, bytes);
    if (text !== undefined) return [{ kind: 'fragment', fragment: { path, text, startLine: 1 }, bytes: bytes.length, file: true }];
    return [{ kind: 'skipped', path, reason: 'binary' }, nameOnly(path)];
  }
  return [{ kind: 'fragment', fragment: { path, text: decoded.text, startLine: 1 }, bytes: bytes.length, file: true }];
};

/**
 * The files the index tracks, when .gitignore applies (`git ls-files`: a tracked file matching an
 * ignore rule, `git add -f prod.env`, is still scanned). Without git, ignore rules apply to all.
 */
const trackedFiles = async (root: string): Promise<Tracked | undefined> => {
  const repo = findRepoRoot(root);
  if (repo === undefined) return undefined;
  try {
    return trackedOf((await git(['ls-files', '-z', '--cached', '--full-name'], repo)).toString('utf8').split('\u0000').filter(Boolean));
  } catch {
    return undefined;
  }
};

async function* walkAndRead(targets: readonly string[], options: FileSourceOptions, trackedSoon: Promise<Tracked | undefined>): AsyncGenerator<SourceItem> {
  const tracked = await trackedSoon;
  const walk = tracked ? { ...options, tracked } : options;
  for (const item of walkFiles(targets, walk)) yield* readItem(item, options.maxFileSize, options.seen);
}

/**
 * The files under the targets, read. `git ls-files` starts now, when the request is made, and runs
 * while the config and baseline are read (as `staged` starts its git diff); trackedFiles never rejects.
 */
export const fileSource = (targets: readonly string[], options: FileSourceOptions): AsyncGenerator<SourceItem> =>
  walkAndRead(targets, options, options.gitignore ? trackedFiles(options.root) : Promise.resolve(undefined));

/**
 * Stdin up to --max-file-size (over it: skipped with a note, as a file is, and read no further).
 * UTF-8 travels as bytes, like a file; more than LARGE_FILE of it is cut into pieces as it arrives
 * (sources/stream-pieces.ts), never held whole (V8 caps a string at 2^29 - 24 characters: 512 MB
 * of stdin was an "internal error"; held whole, 200 MB of stdin peaked at ~560 MB).
 */
export async function* stdinSource(stdin: AsyncIterable<Buffer | string>, maxFileSize: number): AsyncGenerator<SourceItem> {
  const chunks = (async function* () {
    for await (const chunk of stdin) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  })();
  const head: Buffer[] = [];
  let size = 0;
  let sniffed = false;
  for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) {
    head.push(next.value);
    size += next.value.length;
    if (size > maxFileSize) {
      yield { kind: 'skipped', path: '-', reason: `larger than --max-file-size (over ${formatSize(maxFileSize)})` };
      return;
    }
    if (size > LARGE_FILE && !sniffed) {
      // UTF-16 and binary input is read whole, as before; UTF-8 text is cut as it comes.
      sniffed = true;
      const joined = Buffer.concat(head);
      if (isUtf8Text(joined)) return yield* streamPieces(joined, chunks, maxFileSize);
      head.splice(0, head.length, joined);
    }
  }
  // A plain Uint8Array over its own ArrayBuffer: a Buffer's slice() is a view, and the pieces of a
  // large input (scan/split-fragment.ts) must be copies, each handed over to a worker.
  const joined = Buffer.concat(head);
  const bytes = ownBuffer(new Uint8Array(joined.buffer, joined.byteOffset, joined.byteLength));
  if (isUtf8Text(bytes)) {
    yield { kind: 'fragment', fragment: { path: '-', raw: bytes, startLine: 1 }, bytes: bytes.length, file: true };
    return;
  }
  const decoded = decodeContent(bytes);
  if (decoded.kind === 'binary') {
    yield { kind: 'skipped', path: '-', reason: 'binary' };
    return;
  }
  yield { kind: 'fragment', fragment: { path: '-', text: decoded.text, startLine: 1 }, bytes: bytes.length, file: true };
}
