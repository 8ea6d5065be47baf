// A version of a large file scanned around its changes only (sources/blob-delta.ts) reports what
// touches its changed lines; what lies on the lines it kept from the version it was compared
// with is that version's, moved by the lines inserted or taken out above it. Carried over here,
// so the attribution (attribute-blobs.ts) sees every blob's findings as a scan of the whole blob
// would give them, and names the commit that introduced each secret as before. Pure.
import type { Finding } from '../detect/types.js';
import type { BlobDelta } from '../sources/blob-delta.js';
import { mapLines } from '../sources/line-delta.js';

const key = (blob: string, path: string): string => `${blob}\u0000${path}`;

/**
 * The findings with those of each delta's base carried to it. Deltas come in the order their
 * blobs were read, so a base's own carried findings are there before a later version takes them.
 * Rules on a file's name report on every version already: not carried.
 */
export const carryFindings = (findings: readonly Finding[], deltas: readonly BlobDelta[], pathOnly: (ruleId: string) => boolean): Finding[] => {
  if (deltas.length === 0) return [...findings];
  const byBlob = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.blob === undefined) continue;
    const list = byBlob.get(key(finding.blob, finding.file));
    if (list) list.push(finding);
    else byBlob.set(key(finding.blob, finding.file), [finding]);
  }
  const out = [...findings];
  for (const delta of deltas) {
    const base = byBlob.get(key(delta.base, delta.path));
    if (base === undefined) continue;
    let own = byBlob.get(key(delta.blob, delta.path));
    for (const finding of base) {
      if (pathOnly(finding.ruleId)) continue;
      const line = mapLines(delta.runs, finding.line, finding.endLine);
      if (line === undefined) continue;
      const endLine = line + finding.endLine - finding.line;
      // What touches the scanned lines came from the scan (keep-added.ts keeps exactly that).
      if (endLine >= delta.from && line <= delta.to) continue;
      const carried: Finding = { ...finding, blob: delta.blob, line, endLine };
      out.push(carried);
      if (own === undefined) byBlob.set(key(delta.blob, delta.path), (own = []));
      own.push(carried);
    }
  }
  return out;
};
