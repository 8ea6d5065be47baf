// Merges current findings into a baseline: new ones added (unreviewed), known ones keep their
// verdict and note and record that this kind of run found them; with a prune, entries no longer
// found are dropped, but only those this run could have found (see prune-scope.ts).
import type { Finding } from '../detect/types.js';
import { entryKey, hashSecret, type Baseline, type BaselineEntry, type BaselineMode } from './baseline.js';
import { isReviewed, prunable, type PruneScope } from './prune-scope.js';

export interface BaselineUpdate {
  readonly baseline: Baseline;
  readonly added: number;
  readonly pruned: number;
  /** Reviewed entries no longer found, kept (--prune-reviewed drops them). */
  readonly keptReviewed: number;
}

export interface UpdateOptions {
  readonly scope: PruneScope;
  readonly prune: boolean;
  readonly pruneReviewed: boolean;
}

const withMode = (entry: BaselineEntry, mode: BaselineMode): BaselineEntry =>
  entry.from?.includes(mode) ? entry : { ...entry, from: [...new Set([...(entry.from ?? []), mode])].sort() };

export const updateBaseline = (current: Baseline, findings: readonly Finding[], options: UpdateOptions): BaselineUpdate => {
  const { mode } = options.scope;
  const existing = new Map(current.entries.map((entry) => [entryKey(entry), entry]));
  const found = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const entry: BaselineEntry = { ruleId: finding.ruleId, file: finding.file, hash: hashSecret(current.salt, finding.secret), status: 'unreviewed', note: '', from: [mode] };
    const key = entryKey(entry);
    found.set(key, found.get(key) ?? withMode(existing.get(key) ?? entry, mode));
  }
  let pruned = 0;
  let keptReviewed = 0;
  const kept: BaselineEntry[] = [];
  for (const entry of current.entries) {
    const key = entryKey(entry);
    const now = found.get(key);
    if (now) kept.push(now);
    else if (!options.prune || !prunable(entry, options.scope)) kept.push(entry);
    else if (isReviewed(entry) && !options.pruneReviewed) {
      kept.push(entry);
      keptReviewed++;
    } else pruned++;
  }
  const added = [...found.entries()].filter(([key]) => !existing.has(key)).map(([, entry]) => entry);
  return { baseline: { ...current, entries: [...kept, ...added] }, added: added.length, pruned, keptReviewed };
};
