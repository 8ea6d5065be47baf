// The blob route's attribution pass (`git log --raw`) read as it streams, so that the blob scan can
// start beside it instead of after it: the wanted blobs and their paths grow as commits arrive, and
// whoever reads the blobs is told of each blob the pass names for the first time.
import type { CommitInfo } from '../detect/types.js';
import type { BlobHistory } from './blob-history-source.js';
import { gitStream } from './git.js';
import { COMMIT_FORMAT } from './parse-diff.js';
import { createRawLogParser, type RawEntry } from './parse-raw-log.js';
import type { NotScanned } from './not-scanned.js';

/** Every commit of every ref, merges as combined entries (a path that differs from all parents). */
const RAW_LOG_ARGS: readonly string[] = ['log', '--raw', '-c', '-z', '--no-renames', '--no-abbrev', '--root', '--no-textconv', '--no-ext-diff', `--format=${COMMIT_FORMAT}`, '--all', '--'];

export interface WantedBlobs {
  /** Each blob some commit put at a path, with those paths in the order the pass named them. */
  readonly wanted: Map<string, string[]>;
  /** The pass has ended: `wanted` is whole. */
  readonly complete: () => boolean;
  /** Settles when the pass ends (rejects with git's failure). */
  readonly done: Promise<unknown>;
  /** Told of each blob the pass names for the first time (set by the blob reader). */
  onNewBlob: ((blob: string) => void) | undefined;
  /** Stops the pass (the scan was abandoned). */
  readonly stop: () => void;
}

export interface LiveBlobHistory extends WantedBlobs {
  /** Filled as the pass goes; whole once `done` resolves. */
  readonly history: BlobHistory;
  readonly done: Promise<BlobHistory>;
  /** The files a blob scan reads so far: each wanted blob once per path (see countBlobFiles). */
  readonly files: () => number;
  /** Told of each changed path as the pass reads it; newPath when its blob is at that path for the first time. */
  onEntry: ((entry: RawEntry, newPath: boolean) => void) | undefined;
}

/** Starts `git log --raw` over every ref; see WantedBlobs. */
export const startBlobHistory = (root: string, onCommit?: (commit: CommitInfo) => void, seen?: NotScanned): LiveBlobHistory => {
  const commits: CommitInfo[] = [];
  const entries: RawEntry[] = [];
  const wanted = new Map<string, string[]>();
  let complete = false;
  let files = 0;
  /** Notes that the blob is at the path; false when that was known. */
  const named = (blob: string, path: string): boolean => {
    const paths = wanted.get(blob);
    if (paths === undefined) {
      wanted.set(blob, [path]);
      live.onNewBlob?.(blob);
    } else if (paths.includes(path)) return false;
    else paths.push(path);
    files++;
    return true;
  };
  const parser = createRawLogParser((event) => {
    if (event.kind === 'commit') {
      const { parents: _parents, ...commit } = event.commit;
      commits.push(commit);
      onCommit?.(commit);
      return;
    }
    const { blob, path, submodule } = event.entry;
    if (submodule) seen?.submodules.add(path);
    entries.push(event.entry);
    const newPath = blob !== undefined && named(blob, path);
    live.onEntry?.(event.entry, newPath);
  });
  const stream = gitStream(RAW_LOG_ARGS, root);
  const read = async (): Promise<BlobHistory> => {
    try {
      for await (const chunk of stream.stdout) parser.push(chunk as Buffer);
      parser.end();
      await stream.done;
    } finally {
      stream.kill();
    }
    complete = true;
    return { commits, entries };
  };
  const live: LiveBlobHistory = {
    history: { commits, entries },
    wanted,
    complete: () => complete,
    // Its first chunk is awaited before the parser can call onNewBlob, so `live` exists by then.
    done: read(),
    onNewBlob: undefined,
    onEntry: undefined,
    stop: () => stream.kill(),
    files: () => files,
  };
  // Observed by whoever awaits it; a failure while the blobs still stream must not go unhandled.
  live.done.catch(() => undefined);
  return live;
};
