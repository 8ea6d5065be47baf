// Secrets never leave the process whole unless the user asks (--no-redact).
import type { Finding } from '../detect/types.js';

/** Keeps at most 4 leading characters of a long secret (a recognisable prefix like "ghp_"), masks the rest. */
export const redactSecret = (secret: string): string => {
  const keep = secret.length >= 16 ? 4 : 0;
  return `${secret.slice(0, keep)}*****`;
};

export const redactFinding = (finding: Finding): Finding => {
  const hidden = redactSecret(finding.secret);
  return { ...finding, secret: hidden, match: finding.match.split(finding.secret).join(hidden) };
};

export const maybeRedact = (findings: readonly Finding[], redact: boolean): readonly Finding[] =>
  redact ? findings.map(redactFinding) : findings;
