// Turns a streamed `git diff` / `git log -p` into fragments: the added lines of each file, with
// the commit that added them (a changed file is read whole, see whole-file.ts). Binary-marked
// files are read from their blob and scanned when their content is text (a .gitattributes "-diff"
// must not hide a secret).
import { StringDecoder } from 'node:string_decoder';
import type { CommitInfo } from '../detect/types.js';
import { decodeContent } from './decode-content.js';
import { hasKnownEncoding, readKnownBinary } from './known-binary.js';
import { openBlobReader, type BlobReader } from './blob-reader.js';
import type { GitStream } from './git.js';
import { readAhead } from './read-ahead.js';
import { createDiffParser, type DiffEvent, type DiffFile } from './parse-diff.js';
import { isRaw, type SourceItem } from './source-item.js';
import { isLfsPointer, type NotScanned } from './not-scanned.js';
import { addedLinesFragment, needsWholeFile, readWholeFile } from './whole-file.js';

/** Flags for a raw, machine-readable patch whatever the repository's or user's config says. */
export const DIFF_ARGS: readonly string[] = [
  '-U0',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--full-index',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '-M',
];

export interface DiffSourceOptions {
  readonly cwd: string;
  readonly maxFileSize: number;
  /** Called once per commit header seen (history), for counting and progress. */
  readonly onCommit?: (commit: CommitInfo & { readonly parents: readonly string[] }) => void;
  /** Counts the submodules (gitlinks) and LFS pointers met: their content is not here to scan. */
  readonly seen?: NotScanned;
}

/** Changed files whose blobs are asked for before the first is answered. */
const READS_AHEAD = 16;

/**
 * A file git called binary (a NUL byte, or a -diff attribute), or one a tool encodes: read from its
 * blob, decoded as the tool does (sources/known-binary.ts), scanned when it is text after all
 * (UTF-16, or text with a stray NUL); noted as skipped when it is binary.
 */
const readBinary = async (
  file: DiffFile,
  commit: CommitInfo | undefined,
  blobs: BlobReader,
  options: DiffSourceOptions,
): Promise<SourceItem[]> => {
  if (!file.blob || /^0+$/.test(file.blob)) return [];
  const content = await blobs.read(file.blob);
  if (!content) return [{ kind: 'skipped', path: file.path, reason: `blob ${file.blob.slice(0, 12)} is missing` }];
  if (content.length > options.maxFileSize) return [{ kind: 'skipped', path: file.path, reason: 'larger than --max-file-size' }];
  const at = { path: file.path, startLine: 1, ...(commit ? { commit } : {}) };
  const known = readKnownBinary(file.path, content);
  if (known !== undefined) return [{ kind: 'fragment', fragment: { ...at, text: known }, bytes: content.length, file: true }];
  const decoded = decodeContent(content);
  // A binary file is still checked by the rules that look at names (a keystore, a .p12).
  if (decoded.kind === 'binary') {
    return [
      { kind: 'skipped', path: file.path, reason: 'binary' },
      { kind: 'fragment', fragment: { ...at, text: '' }, bytes: 0, file: false },
    ];
  }
  return [{ kind: 'fragment', fragment: { ...at, text: decoded.text }, bytes: content.length, file: true }];
};

export async function* diffSource(stream: GitStream, options: DiffSourceOptions): AsyncGenerator<SourceItem> {
  const decoder = new StringDecoder('utf8');
  let commit: CommitInfo | undefined;
  let events: DiffEvent[] = [];
  const parser = createDiffParser((event) => events.push(event));
  let blobs: BlobReader | undefined;
  let rest: string[] = [];
  const take = function* (): Generator<DiffEvent> {
    const batch = events;
    events = [];
    yield* batch;
  };
  // Blob reads are queued to cat-file without waiting for each answer (a round trip per changed
  // file would add up over a long history); items still come out in the diff's order.
  const pending: Array<Promise<SourceItem[]> | SourceItem[]> = [];
  const reader = (): BlobReader => (blobs ??= openBlobReader(options.cwd));
  const itemsOf = (file: DiffFile): Promise<SourceItem[]> | SourceItem[] => {
    if (file.skip) {
      if (file.skip === 'submodule') options.seen?.submodules.add(file.path);
      return [];
    }
    // A file a tool encodes may look like text to git (no NUL): its diff lines mean nothing, its blob does.
    if (file.binary || hasKnownEncoding(file.path)) return readBinary(file, commit, reader(), options);
    if (needsWholeFile(file)) return readWholeFile(file, commit, reader(), options.maxFileSize);
    const fragment = addedLinesFragment(file, commit);
    return [{ kind: 'fragment', fragment, bytes: fragment.text.length, file: true }];
  };
  const noted = (items: SourceItem[]): SourceItem[] => {
    for (const item of items) {
      if (item.kind !== 'fragment' || item.fragment.startLine !== 1) continue;
      if (isLfsPointer(isRaw(item.fragment) ? item.fragment.raw : item.fragment.text)) options.seen?.lfs.add(item.fragment.path);
    }
    return items;
  };
  const toItems = async function* (limit: number): AsyncGenerator<SourceItem> {
    for (const event of take()) {
      if (event.kind === 'commit') {
        commit = event.commit;
        options.onCommit?.(event.commit);
        continue;
      }
      const items = itemsOf(event.file);
      // Awaited in turn below; a read that fails meanwhile (git killed) must not be an unhandled rejection.
      if (items instanceof Promise) items.catch(() => undefined);
      pending.push(items);
      while (pending.length > limit) yield* noted(await (pending.shift() as Promise<SourceItem[]>));
    }
    while (pending.length > 0 && !(pending[0] instanceof Promise)) yield* noted(pending.shift() as SourceItem[]);
  };
  try {
    for await (const chunk of readAhead(stream.stdout)) {
      const text = decoder.write(chunk);
      // A long line (minified code) arrives in many chunks: its parts are kept apart and joined
      // once, at its newline (searching rest + text again at each chunk was quadratic).
      let newline = text.indexOf('\n');
      if (newline === -1) {
        rest.push(text);
        continue;
      }
      parser.push(rest.join('') + text.slice(0, newline));
      rest = [];
      let start = newline + 1;
      for (newline = text.indexOf('\n', start); newline !== -1; newline = text.indexOf('\n', start)) {
        parser.push(text.slice(start, newline));
        start = newline + 1;
      }
      if (start < text.length) rest.push(text.slice(start));
      yield* toItems(READS_AHEAD);
    }
    const last = rest.join('') + decoder.end();
    if (last) parser.push(last);
    parser.end();
    yield* toItems(0);
    // git's exit status decides: a corrupt object or a killed git is an error, never a partial pass.
    await stream.done;
  } finally {
    stream.kill();
    await blobs?.close();
  }
}
