// Which route reads a full history faster, estimated from what the attribution pass (`git log
// --raw`) and one `git cat-file --batch-check` tell, before the diff route has read any content
// (the blob route may start as soon as it is certain to win: see choose-route.ts). Pure: the facts
// in, the estimates out.
//
// The diff route pays git's `log -p` (for each changed path git inflates both versions and diffs
// them: a cost per path and one per byte of the versions), then reads each modified file's new
// version whole and scans it (whole up to 4 x 68 KiB, else the regions around its changes: see
// scan/keep-added.ts), and an added file's lines. The blob route pays `cat-file` streaming every
// object, and scans every unique blob once per path. Both scan at the detector's rate, so the
// choice turns on git's diff against the bytes each route scans. Constants: docs/performance.md
// ("auto's cost model"), measured on 2 cores; only their ratios decide.
import type { BlobHistory } from './blob-history-source.js';
import type { RawEntry } from './parse-raw-log.js';

export interface HistoryShape {
  readonly commits: number;
  /** Changed paths of all commits (a file pair git diffs, or a file it adds or deletes). */
  readonly changes: number;
  /** Bytes of both versions of every changed path: what git inflates and diffs for `log -p`. */
  readonly changedBytes: number;
  /** Bytes the diff route scans: added files whole, modified ones whole or around their changes. */
  readonly diffScanBytes: number;
  /** Bytes the blob route scans: each wanted blob once per path it was at. */
  readonly uniqueBytes: number;
  /** Bytes of every object in the repository (what `cat-file --batch-all-objects` streams). */
  readonly objectBytes: number;
}

/** Seconds per unit. */
export const COST = {
  /** git log -p: per changed path and per byte of the versions (fitted on eslint and lodash, checked on express). */
  gitPerChange: 33e-6,
  gitPerChangedByte: 1.8e-9,
  /** The detector on two workers, with decoding and hand-over (the blob route on eslint and the npm versions). */
  scanPerByte: 10e-9,
  /** cat-file --batch-all-objects beside the scan: what it adds to the blob route. */
  catFilePerObjectByte: 1e-9,
} as const;

/** A modified file larger than this is scanned around its changes only (keep-added.ts: 4 x REACH). */
const WHOLE_UP_TO = 4 * 68 * 1024;
/**
 * The share of a larger modified file's bytes past WHOLE_UP_TO the diff route is taken to scan.
 * 0.5 put the npm versions at a tie (6.6 s each) where the blob route measures twice as fast: its
 * bundles are rewritten throughout, and git's diff of them costs more than the per-byte rate says.
 */
const BEYOND_WHOLE = 1;

/** The rates, as numbers (a test or a bench may try others). */
export type CostRates = { readonly [K in keyof typeof COST]: number };

export interface RouteEstimate {
  readonly diff: number;
  readonly blobs: number;
  readonly route: 'diff' | 'blobs';
}

export const estimateRoutes = (shape: HistoryShape, cost: CostRates = COST): RouteEstimate => {
  const diff = shape.changes * cost.gitPerChange + shape.changedBytes * cost.gitPerChangedByte + shape.diffScanBytes * cost.scanPerByte;
  const blobs = shape.uniqueBytes * cost.scanPerByte + shape.objectBytes * cost.catFilePerObjectByte;
  return { diff, blobs, route: blobs <= diff ? 'blobs' : 'diff' };
};

/** historyShape summed as the attribution pass streams: each entry as it comes, and each path a blob is at. */
export interface ShapeTally {
  readonly commit: () => void;
  /** One changed path; newPath when it is the first time its blob is at that path (a file the blob route scans). */
  readonly entry: (entry: RawEntry, newPath: boolean) => void;
  readonly shape: () => HistoryShape;
  /**
   * The blob route wins whatever the rest of the pass brings: every entry adds to diff at least
   * what it adds to blobs (it scans the new version as the blob route does, once per entry rather
   * than once per path, and pays git's diff besides), so diff's lead only grows; objectBytes is
   * known whole from the start. Holds while BEYOND_WHOLE counts a large version whole.
   */
  readonly blobsCertain: () => boolean;
}

export const createShapeTally = (sizes: ReadonlyMap<string, number>, objectBytes: number, cost: CostRates = COST): ShapeTally => {
  const sizeOf = (blob: string | undefined): number => (blob === undefined ? 0 : (sizes.get(blob) ?? 0));
  let commits = 0;
  let changes = 0;
  let changedBytes = 0;
  let diffScanBytes = 0;
  let uniqueBytes = 0;
  const shape = (): HistoryShape => ({ commits, changes, changedBytes, diffScanBytes, uniqueBytes, objectBytes });
  return {
    commit: () => void commits++,
    entry: (entry, newPath) => {
      changes++;
      const after = sizeOf(entry.blob);
      changedBytes += after;
      for (const before of entry.before) changedBytes += sizeOf(before);
      const modified = entry.before.some((before) => before !== undefined);
      // Past WHOLE_UP_TO only the regions around the changes: how much is unknown before git diffs
      // it (lodash: small edits to 500 KB files, a tie; the npm versions: bundles rewritten throughout).
      diffScanBytes += modified && after > WHOLE_UP_TO ? WHOLE_UP_TO + (after - WHOLE_UP_TO) * BEYOND_WHOLE : after;
      if (newPath) uniqueBytes += after;
    },
    shape,
    blobsCertain: () => BEYOND_WHOLE >= 1 && estimateRoutes(shape(), cost).route === 'blobs',
  };
};

/** The shape of a history from its attribution pass and the sizes of its blobs (by id). */
export const historyShape = (history: BlobHistory, wanted: ReadonlyMap<string, readonly string[]>, sizes: ReadonlyMap<string, number>, objectBytes: number): HistoryShape => {
  const tally = createShapeTally(sizes, objectBytes);
  for (const _commit of history.commits) tally.commit();
  for (const entry of history.entries) tally.entry(entry, false);
  let uniqueBytes = 0;
  for (const [blob, paths] of wanted) uniqueBytes += (sizes.get(blob) ?? 0) * paths.length;
  return { ...tally.shape(), uniqueBytes };
};
