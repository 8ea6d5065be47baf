// Generic rules (password assignments, high-entropy values, JWTs) are a fallback: they give way
// to a provider's rule that found, or rejected, the same value.
import type { DetectResult } from './detector.js';
import type { Finding } from './types.js';

// A token that a provider's validator rejected (a checksum that fails) is no secret for a
// generic rule either.
export const dropRejected = (result: DetectResult, rejected: readonly string[], generic: ReadonlySet<string>): DetectResult => {
  if (rejected.length === 0 || generic.size === 0) return result;
  const kept = result.findings.filter(
    (finding) => !generic.has(finding.ruleId) || !rejected.some((secret) => finding.secret.includes(secret) || secret.includes(finding.secret)),
  );
  return kept.length === result.findings.length ? result : { ...result, findings: kept };
};

// A secret found by a provider's rule is not reported again by a generic rule.
export const dropShadowedGeneric = (result: DetectResult, generic: ReadonlySet<string>): DetectResult => {
  if (result.findings.length < 2 || generic.size === 0) return result;
  const specific = result.findings.filter((finding) => !generic.has(finding.ruleId));
  if (specific.length === result.findings.length || specific.length === 0) return result;
  const covered = (finding: Finding): boolean =>
    specific.some(
      (other) =>
        other.line === finding.line &&
        (other.secret.includes(finding.secret) || finding.secret.includes(other.secret)),
    );
  const kept = result.findings.filter((finding) => !generic.has(finding.ruleId) || !covered(finding));
  return { ...result, findings: kept };
};

