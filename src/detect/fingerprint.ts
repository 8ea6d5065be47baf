import { createHash, createHmac, hash } from 'node:crypto';
import type { Finding } from './types.js';

/**
 * A finding's identity inside one run: rule, file and secret, never the line, so that the same
 * secret seen in many commits or blobs is one finding (consolidate-history, attribute-blobs).
 * It is a plain hash of the secret, so it is never printed: reports carry reportedFingerprints.
 */
export const fingerprint = (ruleId: string, file: string, secret: string): string =>
  createHash('sha256').update(`${ruleId}\0${file}\0${secret}`).digest('hex').slice(0, 32);

const VERSION = 'leakgate-fingerprint/v2';

/**
 * The fingerprints printed in JSON, CSV and SARIF (partialFingerprints). A plain hash of rule,
 * file and secret let a weak password be guessed back from a SARIF file (issue 17), so the secret
 * takes part only under a key that is not public: the baseline's salt, when there is a baseline
 * (then a finding keeps its fingerprint when lines move, as its baseline entry does). Without one,
 * a finding is named by where it is: rule, file, commit, and its rank among that rule's findings
 * in that file and commit (by line and column) — stable across runs of the same tree, which is
 * what code scanning needs to follow an alert. `findings` must be sorted (sortFindings).
 */
export const reportedFingerprints = (findings: readonly Finding[], key: string | undefined): Finding[] => {
  const ranks = new Map<string, number>();
  return findings.map((finding) => {
    const place = `${VERSION}\0${finding.ruleId}\0${finding.file}\0${finding.commit?.sha ?? ''}`;
    let value: string;
    if (key !== undefined) value = createHmac('sha256', Buffer.from(key, 'hex')).update(`${place}\0${finding.secret}`).digest('hex');
    else {
      const rank = ranks.get(place) ?? 0;
      ranks.set(place, rank + 1);
      value = hash('sha256', `${place}\0#${rank}`, 'hex');
    }
    return { ...finding, fingerprint: value.slice(0, 32) };
  });
};
