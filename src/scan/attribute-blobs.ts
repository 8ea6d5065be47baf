// Full history read blob by blob: each finding came from a blob at a path; name the commit that
// introduced it, as the diff route would (`git log -p -M --cc`, added lines):
// - a commit introduces a secret at a path when the blob it puts there holds the secret and the
//   blob the path held in every parent did not;
// - a file deleted in the same commit that held it means the secret moved (a rename): it stays
//   attributed where it began;
// - a merge that brings a secret already introduced elsewhere (a rename on one side, an edit on
//   the other) introduces nothing; one whose conflict resolution adds a new secret does;
// - a commit that rewrites the line holding a secret it already had counts as an occurrence.
// Pure: findings and the `git log --raw` facts in, one finding per secret out.
import type { CommitInfo, Finding } from '../detect/types.js';
import type { BlobHistory } from '../sources/blob-history-source.js';
import { earlier } from './consolidate-history.js';

const fragmentKey = (blob: string, path: string): string => `${blob}\u0000${path}`;
const secretKey = (finding: Finding): string => `${finding.ruleId}\u0000${finding.secret}`;
const lineKey = (finding: Finding): string => `${secretKey(finding)}\u0000${finding.blobLine ?? finding.match}`;

interface Kept {
  finding: Finding;
  readonly commits: Set<number>;
}

export const attributeBlobFindings = (findings: readonly Finding[], history: BlobHistory): Finding[] => {
  // Per (blob, path): its findings by fingerprint (the first line wins), its secrets by rule, and
  // the lines that hold them, to tell a rewritten line.
  const byFragment = new Map<string, Map<string, Finding>>();
  const secrets = new Map<string, Set<string>>();
  for (const finding of findings) {
    if (finding.blob === undefined) continue;
    const key = fragmentKey(finding.blob, finding.file);
    let found = byFragment.get(key);
    if (!found) byFragment.set(key, (found = new Map()));
    if (!found.has(finding.fingerprint)) found.set(finding.fingerprint, finding);
    let held = secrets.get(key);
    if (!held) secrets.set(key, (held = new Set()));
    held.add(secretKey(finding));
    held.add(lineKey(finding));
  }
  const holds = (blob: string | undefined, path: string, what: string): boolean =>
    blob !== undefined && (secrets.get(fragmentKey(blob, path))?.has(what) ?? false);

  // Files each commit deleted (only those that held a secret matter).
  const deleted = new Map<number, Array<{ readonly blob: string; readonly path: string }>>();
  for (const entry of history.entries) {
    if (entry.blob !== undefined) continue;
    for (const blob of entry.before) {
      if (blob === undefined || !secrets.has(fragmentKey(blob, entry.path))) continue;
      const list = deleted.get(entry.commit) ?? [];
      list.push({ blob, path: entry.path });
      deleted.set(entry.commit, list);
    }
  }

  const commitOf = (index: number): CommitInfo => history.commits[index] as CommitInfo;
  const introduced = new Map<string, Kept>();
  const fromMerges = new Map<string, Kept>();
  const alreadyThere = new Map<string, Kept>();
  const rewritten = new Map<string, Set<number>>();
  const moved = new Set<string>();
  const keep = (into: Map<string, Kept>, finding: Finding, commit: number): void => {
    const attributed: Finding = { ...finding, commit: commitOf(commit) };
    const entry = into.get(finding.fingerprint);
    if (!entry) into.set(finding.fingerprint, { finding: attributed, commits: new Set([commit]) });
    else {
      entry.commits.add(commit);
      if (earlier(attributed, entry.finding)) entry.finding = attributed;
    }
  };
  for (const entry of history.entries) {
    if (entry.blob === undefined) continue;
    const found = byFragment.get(fragmentKey(entry.blob, entry.path));
    if (!found) continue;
    for (const finding of found.values()) {
      const secret = secretKey(finding);
      if (deleted.get(entry.commit)?.some((gone) => holds(gone.blob, gone.path, secret))) {
        moved.add(finding.fingerprint);
        continue;
      }
      if (!entry.before.some((blob) => holds(blob, entry.path, secret))) {
        keep(entry.before.length > 1 ? fromMerges : introduced, finding, entry.commit);
        continue;
      }
      keep(alreadyThere, finding, entry.commit);
      if (!entry.before.some((blob) => holds(blob, entry.path, lineKey(finding)))) {
        const commits = rewritten.get(finding.fingerprint) ?? new Set<number>();
        commits.add(entry.commit);
        rewritten.set(finding.fingerprint, commits);
      }
    }
  }

  // When each secret (rule and value, any path) was first introduced by a commit of one parent.
  const firstSeen = new Map<string, Finding>();
  for (const { finding } of introduced.values()) {
    const secret = secretKey(finding);
    const seen = firstSeen.get(secret);
    if (!seen || earlier(finding, seen)) firstSeen.set(secret, finding);
  }
  for (const [fingerprint, merged] of fromMerges) {
    const seen = firstSeen.get(secretKey(merged.finding));
    if (seen && earlier(seen, merged.finding)) {
      moved.add(fingerprint);
      continue;
    }
    const own = introduced.get(fingerprint);
    if (!own) introduced.set(fingerprint, merged);
    else {
      for (const commit of merged.commits) own.commits.add(commit);
      if (earlier(merged.finding, own.finding)) own.finding = merged.finding;
    }
  }
  // A secret only ever seen as already there (its first commit lies beyond a shallow boundary):
  // the earliest commit that held it.
  for (const [fingerprint, entry] of alreadyThere) {
    if (!introduced.has(fingerprint) && !moved.has(fingerprint)) introduced.set(fingerprint, { finding: entry.finding, commits: new Set([-1]) });
  }
  return [...introduced.entries()].map(([fingerprint, { finding, commits }]) => {
    for (const commit of rewritten.get(fingerprint) ?? []) commits.add(commit);
    const { blob: _blob, blobLine: _line, ...rest } = finding;
    return { ...rest, occurrences: commits.size };
  });
};
