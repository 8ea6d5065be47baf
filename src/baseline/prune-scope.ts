// Which baseline entries a run may call "no longer found". A files scan cannot see history and a
// history audit cannot see untracked files, so each prunes only entries that it alone found, in
// the part of the tree it scanned; a reviewed entry (a verdict from `leakgate audit`) is a
// person's work and goes only when asked (--prune-reviewed).
import type { BaselineEntry, BaselineMode } from './baseline.js';

export interface PruneScope {
  readonly mode: BaselineMode;
  /** Was this entry's file inside what the run scanned? */
  readonly covers: (file: string) => boolean;
}

/** Paths (relative to the root, posix, "." for all) a files scan read: entries under them are covered. */
export const coveringPaths = (targets: readonly string[]): ((file: string) => boolean) => {
  if (targets.some((target) => target === '.' || target === '')) return () => true;
  return (file) => targets.some((target) => file === target || file.startsWith(`${target}/`));
};

/** Found only by this kind of run, in the part it scanned: its absence from this run means it is gone. */
export const prunable = (entry: BaselineEntry, scope: PruneScope): boolean =>
  entry.from !== undefined && entry.from.length === 1 && entry.from[0] === scope.mode && scope.covers(entry.file);

export const isReviewed = (entry: BaselineEntry): boolean => entry.status !== 'unreviewed';
