// Turns judged credential-file values into findings, and keeps one finding per secret and place:
// a credential-file finding replaces a generic rule's reading of the same line (it knows the
// format, and decodes what the tool encodes), and gives way to a provider rule's (a checksum).
import type { DetectResult } from '../detector.js';
import { shannonEntropy } from '../entropy.js';
import { fingerprint } from '../fingerprint.js';
import type { LineIndex } from '../line-index.js';
import type { Finding, Fragment, Rule } from '../types.js';
import type { CredentialCandidate } from './credential-candidates.js';

export const credentialFinding = (rule: Rule, fragment: Fragment, lines: LineIndex, found: CredentialCandidate): Finding => {
  const start = lines.position(found.start);
  const end = lines.position(found.end);
  const line = lines.lineAt(found.start);
  return {
    ruleId: rule.id,
    description: rule.description,
    severity: rule.severity,
    file: fragment.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    secret: found.secret,
    // The secret alone: an encoded value (base64, WinSCP's hex) would show the secret in another form.
    match: found.secret,
    entropy: Math.round(shannonEntropy(found.secret) * 1000) / 1000,
    validated: null,
    confidence: found.confidence,
    why: found.why,
    fingerprint: fingerprint(rule.id, fragment.path, found.secret),
    ...(found.decoded ? { decoded: found.decoded } : {}),
    ...(fragment.commit ? { commit: fragment.commit } : {}),
    ...(fragment.blob ? { blob: fragment.blob, blobLine: fragment.text.slice(line.start, line.end).slice(0, 1000) } : {}),
  };
};

const overlaps = (a: Finding, b: Finding): boolean => a.secret.includes(b.secret) || b.secret.includes(a.secret);

/** One finding per secret and line: credential-file findings over generic ones, provider findings over both. */
export const preferCredentialFindings = (result: DetectResult, credential: ReadonlySet<string>, generic: ReadonlySet<string>): DetectResult => {
  const ours = result.findings.filter((finding) => credential.has(finding.ruleId));
  if (ours.length === 0) return result;
  const providers = result.findings.filter((f) => !credential.has(f.ruleId) && !generic.has(f.ruleId) && f.secret !== f.file);
  const kept = result.findings.filter((finding) => {
    if (generic.has(finding.ruleId)) return !ours.some((other) => other.line === finding.line);
    if (!credential.has(finding.ruleId)) return true;
    return !providers.some((other) => other.line === finding.line && overlaps(other, finding));
  });
  return kept.length === result.findings.length ? result : { ...result, findings: kept };
};
