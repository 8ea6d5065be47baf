// A finding in a merged report: the JSON report's finding, always redacted, stamped with its
// repository, with an id made of public data only (never of the secret).
import { createHash } from 'node:crypto';
import type { Severity } from '../../detect/types.js';

export interface MergedFinding {
  readonly repository: string;
  readonly ruleId: string;
  readonly description: string;
  readonly severity: Severity;
  readonly confidence?: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Masked: a merge never carries a secret, whatever its inputs held. */
  readonly secret: string;
  readonly match: string;
  readonly entropy: number;
  readonly validated: boolean | null;
  readonly decoded?: string;
  readonly commit?: string;
  readonly author?: string;
  readonly email?: string;
  readonly date?: string;
  readonly message?: string;
  readonly occurrences?: number;
  readonly presentInHead?: boolean;
  /** HMAC-SHA256 of the secret under the organisation's key, when the scan had one. */
  readonly correlation?: string;
  /** Repository, rule, file, commit and position: stable across runs, and no function of the secret. */
  readonly id: string;
}

export const findingId = (repository: string, ruleId: string, file: string, commit: string | undefined, line: number, column: number): string =>
  createHash('sha256').update([repository, ruleId, file, commit ?? '', line, column].join('\0')).digest('hex').slice(0, 32);

const text = (a: string | undefined, b: string | undefined): number => {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * A total order (code units, never the locale's collation), so that the same findings in any
 * input order give the same bytes: location, rule, commit, then the whole serialised finding.
 */
export const compareMerged = (a: MergedFinding, b: MergedFinding): number =>
  text(a.repository, b.repository) ||
  text(a.file, b.file) ||
  a.line - b.line ||
  a.column - b.column ||
  text(a.ruleId, b.ruleId) ||
  text(a.commit, b.commit) ||
  text(JSON.stringify(a), JSON.stringify(b));
