// One finding per secret: the same rule, file and secret seen in many commits (branches,
// cherry-picks, merges) is reported once, attributed to the commit that introduced it.
import type { Finding } from '../detect/types.js';

/**
 * Committer time decides (a cherry-pick or a rebase keeps the author date, not the commit time);
 * author time next, as instants, whatever the time zones.
 */
export const earlier = (a: Finding, b: Finding): boolean => {
  const ca = a.commit?.committedAt ?? 0;
  const cb = b.commit?.committedAt ?? 0;
  if (ca !== cb) return ca < cb;
  const da = Date.parse(a.commit?.date ?? '');
  const db = Date.parse(b.commit?.date ?? '');
  return da !== db ? da < db : true;
};

/**
 * `git log` lists newest first, so among equal times the last one seen is the oldest; a finding
 * replaces the kept one when it is earlier, or as early and seen later.
 */
export const consolidateHistory = (findings: readonly Finding[]): Finding[] => {
  const kept = new Map<string, { finding: Finding; commits: Set<string> }>();
  for (const finding of findings) {
    const entry = kept.get(finding.fingerprint);
    const sha = finding.commit?.sha ?? '';
    if (!entry) {
      kept.set(finding.fingerprint, { finding, commits: new Set([sha]) });
      continue;
    }
    entry.commits.add(sha);
    if (earlier(finding, entry.finding)) entry.finding = finding;
  }
  return [...kept.values()].map(({ finding, commits }) => ({ ...finding, occurrences: commits.size }));
};
