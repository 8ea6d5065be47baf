// Generic rules (password assignments, high-entropy values, JWTs) are a fallback: they give way
// to a provider's rule that found, or rejected, the same value.
import type { DetectResult } from './detector.js';
import { meetsFloor } from './generic/confidence.js';
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

/** A file reported by its name and by a secret in it is one finding: the content's, which says where. */
export const dropNamedWithContent = (result: DetectResult, named: ReadonlySet<string>): DetectResult => {
  if (named.size === 0 || result.findings.length < 2) return result;
  const content = result.findings.some((finding) => !named.has(finding.ruleId));
  if (!content) return result;
  return { ...result, findings: result.findings.filter((finding) => !named.has(finding.ruleId)) };
};

// A secret found by a provider's rule is not reported again by a generic rule; and one value on
// one line is one finding, however many generic rules read it (`"JwtSettings": { "SecretKey": … }`
// is both a secret assignment and a JWT key): the first rule, in rule order, keeps it. The provider's
// finding takes the generic one's confidence where that is higher: naming the provider does not make
// a secret less certain (a bare-token rule at medium, low in a test, over a generic reading at medium).
// A credential file's reader is not raised: it knows the format, and reads ciphertext as such.
export const dropShadowedGeneric = (
  result: DetectResult,
  generic: ReadonlySet<string>,
  formatReaders: ReadonlySet<string> = new Set(),
): DetectResult => {
  if (result.findings.length < 2) return result;
  const specific = result.findings.filter((finding) => !generic.has(finding.ruleId));
  const shadows = (other: Finding, finding: Finding): boolean =>
    other.line === finding.line && (other.secret.includes(finding.secret) || finding.secret.includes(other.secret));
  const covered = (finding: Finding): boolean => specific.some((other) => shadows(other, finding));
  const seen = new Set<string>();
  const seenSpecific = new Set<string>();
  const kept = result.findings.filter((finding) => {
    if (!generic.has(finding.ruleId)) {
      // Two providers' rules reading one token (an Azure key by its signature and by its
      // SharedAccessKey= name): one finding, the first rule's.
      const key = `${finding.line}:${finding.secret}`;
      if (seenSpecific.has(key)) return false;
      seenSpecific.add(key);
      return true;
    }
    if (covered(finding)) return false;
    const key = `${finding.line}:${finding.column}:${finding.secret}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (kept.length === result.findings.length) return result;
  const dropped = result.findings.filter((finding) => generic.has(finding.ruleId) && covered(finding));
  const raised = kept.map((finding) => {
    if (generic.has(finding.ruleId) || formatReaders.has(finding.ruleId)) return finding;
    const higher = dropped.filter((other) => shadows(finding, other) && !meetsFloor(finding.confidence, other.confidence));
    if (higher.length === 0) return finding;
    const best = higher.reduce((a, b) => (meetsFloor(a.confidence, b.confidence) ? a : b));
    const as = `as ${best.ruleId} read it${best.why ? `: ${best.why}` : ''}`;
    return { ...finding, confidence: best.confidence, why: finding.why ? `${finding.why}; ${as}` : as };
  });
  return { ...result, findings: raised };
};
