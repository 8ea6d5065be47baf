// A finding at a place in a fragment, built in one place for every way detection reports one (a
// rule's match, a credential file's value), so a field added to Finding is filled in everywhere.
import type { Confidence, Finding, Fragment, Rule, Validation } from './types.js';
import { fingerprint } from './fingerprint.js';
import type { LineIndex } from './line-index.js';

export interface FoundAt {
  readonly rule: Rule;
  readonly fragment: Fragment;
  readonly lines: LineIndex;
  /** Offsets of the secret in the fragment's text. */
  readonly start: number;
  readonly end: number;
  readonly secret: string;
  /** What reporters show around the secret (they mask the secret in it first). */
  readonly match: string;
  readonly entropy: number;
  readonly validated: Validation;
  readonly confidence: Confidence;
  readonly why?: string;
  readonly decoded?: string;
  /** The line that holds the secret. */
  readonly lineText: string;
}

export const findingAt = (found: FoundAt): Finding => {
  const { rule, fragment, lines, secret } = found;
  const start = lines.position(found.start);
  const end = lines.position(found.end);
  return {
    ruleId: rule.id,
    description: rule.description,
    severity: rule.severity,
    file: fragment.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    secret,
    match: found.match,
    entropy: Math.round(found.entropy * 1000) / 1000,
    validated: found.validated,
    confidence: found.confidence,
    ...(found.why !== undefined ? { why: found.why } : {}),
    fingerprint: fingerprint(rule.id, fragment.path, secret),
    ...(found.decoded ? { decoded: found.decoded } : {}),
    ...(fragment.commit ? { commit: fragment.commit } : {}),
    ...(fragment.blob ? { blob: fragment.blob, blobLine: found.lineText.slice(0, 1000) } : {}),
  };
};
