// Splits findings into new ones and ones the baseline knows (by rule, file and salted hash).
import type { Finding } from '../detect/types.js';
import { entryKey, hashSecret, type Baseline, type BaselineEntry } from './baseline.js';

export interface Partition {
  readonly fresh: Finding[];
  readonly known: Array<{ readonly finding: Finding; readonly entry: BaselineEntry }>;
  /** Entries no finding matched: candidates for `leakgate baseline --prune`. */
  readonly unused: BaselineEntry[];
}

export const partitionFindings = (findings: readonly Finding[], baseline: Baseline): Partition => {
  const byKey = new Map(baseline.entries.map((entry) => [entryKey(entry), entry]));
  const used = new Set<string>();
  const fresh: Finding[] = [];
  const known: Partition['known'] = [];
  for (const finding of findings) {
    const key = entryKey({ ruleId: finding.ruleId, file: finding.file, hash: hashSecret(baseline.salt, finding.secret) });
    const entry = byKey.get(key);
    if (entry) {
      known.push({ finding, entry });
      used.add(key);
    } else fresh.push(finding);
  }
  return { fresh, known, unused: baseline.entries.filter((entry) => !used.has(entryKey(entry))) };
};
