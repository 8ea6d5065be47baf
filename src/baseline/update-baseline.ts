// Merges current findings into a baseline: new ones added (unreviewed), known ones keep their
// verdict and note, and with prune, entries no longer found are dropped.
import type { Finding } from '../detect/types.js';
import { entryKey, hashSecret, type Baseline, type BaselineEntry } from './baseline.js';

export interface BaselineUpdate {
  readonly baseline: Baseline;
  readonly added: number;
  readonly pruned: number;
}

export const updateBaseline = (current: Baseline, findings: readonly Finding[], prune: boolean): BaselineUpdate => {
  const existing = new Map(current.entries.map((entry) => [entryKey(entry), entry]));
  const found = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    const entry: BaselineEntry = { ruleId: finding.ruleId, file: finding.file, hash: hashSecret(current.salt, finding.secret), status: 'unreviewed', note: '' };
    const key = entryKey(entry);
    found.set(key, existing.get(key) ?? found.get(key) ?? entry);
  }
  const added = [...found.keys()].filter((key) => !existing.has(key)).length;
  const kept = prune ? current.entries.filter((entry) => found.has(entryKey(entry))) : current.entries;
  const entries = [...kept, ...[...found.entries()].filter(([key]) => !existing.has(key)).map(([, entry]) => entry)];
  return { baseline: { ...current, entries }, added, pruned: current.entries.length - kept.length };
};
