// Secrets never leave the process whole unless the user asks (--no-redact): not in the secret
// field, and not wherever else a found secret shows up (a match, a commit subject, a path).
import type { Finding } from '../detect/types.js';

/** gitleaks' `--redact[=N]`: N is the percent of the secret masked; 100 unless given. */
export const FULL_REDACTION = 100;

/**
 * Masks `percent` of a secret, from its end. At 100, a long secret keeps at most 4 leading
 * characters (a recognisable prefix like "ghp_"); below 100 the first (100 - N)% are shown, as
 * gitleaks does (cmd/detect: RedactPercent), but at least one character is always masked.
 */
export const redactSecret = (secret: string, percent = FULL_REDACTION): string => {
  const prefix = secret.length >= 16 ? 4 : 0;
  const shown = Math.max(prefix, Math.floor((secret.length * (100 - percent)) / 100));
  return `${secret.slice(0, Math.min(shown, secret.length - 1))}*****`;
};

/** Shorter secrets are masked in their own field only: masking them in every text would mangle words. */
const MIN_MASKED = 6;

/** A rule on file names reports the path as its "secret": a name, not a secret to mask elsewhere. */
const isPathOnly = (finding: Finding): boolean => finding.secret === finding.file && finding.match === finding.file;

/**
 * A function that masks every given secret wherever it occurs in a text. Secrets are looked up by
 * their first MIN_MASKED characters at each position (one map lookup a character), so a report of
 * thousands of findings is masked in time linear in its text, longest secret first.
 */
export const createMasker = (secrets: Iterable<string>, percent = FULL_REDACTION): ((text: string) => string) => {
  const byHead = new Map<string, string[]>();
  // The first two characters of every head, as one number: most positions are passed over on it.
  const starts = new Set<number>();
  for (const secret of new Set(secrets)) {
    if (secret.length < MIN_MASKED) continue;
    const head = secret.slice(0, MIN_MASKED);
    const list = byHead.get(head);
    if (list) list.push(secret);
    else byHead.set(head, [secret]);
    starts.add(secret.charCodeAt(0) * 65536 + secret.charCodeAt(1));
  }
  if (byHead.size === 0) return (text) => text;
  for (const list of byHead.values()) list.sort((a, b) => b.length - a.length);
  return (text) => {
    let out = '';
    let last = 0;
    for (let i = 0; i + MIN_MASKED <= text.length; ) {
      if (!starts.has(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      const hit = byHead.get(text.slice(i, i + MIN_MASKED))?.find((secret) => text.startsWith(secret, i));
      if (hit === undefined) {
        i++;
        continue;
      }
      out += `${text.slice(last, i)}${redactSecret(hit, percent)}`;
      i += hit.length;
      last = i;
    }
    return last === 0 ? text : `${out}${text.slice(last)}`;
  };
};

/** The secrets of these findings worth masking wherever they appear. */
export const secretsOf = (findings: readonly Finding[]): string[] => findings.filter((f) => !isPathOnly(f)).map((f) => f.secret);

/**
 * A path masked segment by segment. A segment that is itself a whole short secret stays: a password
 * that is also a folder's name (a DSN's `saleor` in a repository whose code is under saleor/) would
 * turn every path under that folder into stars, telling a reader no more than the folder's name.
 * Tokens (16 characters and more) are masked wherever they are, file names included.
 */
const maskPath = (path: string, mask: (text: string) => string, percent: number): string =>
  path.split('/').map((segment) => {
    const masked = mask(segment);
    return segment.length < 16 && masked === redactSecret(segment, percent) ? segment : masked;
  }).join('/');

export const redactFinding = (finding: Finding, mask: (text: string) => string, percent = FULL_REDACTION): Finding => ({
  ...finding,
  secret: redactSecret(finding.secret, percent),
  match: mask(finding.match.split(finding.secret).join(redactSecret(finding.secret, percent))),
  file: maskPath(finding.file, mask, percent),
  ...(finding.blobLine !== undefined ? { blobLine: mask(finding.blobLine) } : {}),
  ...(finding.commit
    ? { commit: { ...finding.commit, author: mask(finding.commit.author), email: mask(finding.commit.email), message: mask(finding.commit.message) } }
    : {}),
});

/**
 * Findings as reported: with `percent` undefined (--no-redact) as found; otherwise each secret
 * masked in its own field, and every secret in `known` (all the scan found, the baseline's known
 * ones too) masked in every other field.
 */
export const maybeRedact = (findings: readonly Finding[], percent: number | undefined, known: readonly Finding[] = findings): readonly Finding[] => {
  if (percent === undefined) return findings;
  const mask = createMasker([...secretsOf(known), ...secretsOf(findings)], percent);
  return findings.map((finding) => redactFinding(finding, mask, percent));
};

/** A match is shown up to this many characters: cut after masking, so a cut never splits a secret out of its mask. */
const MAX_MATCH_SHOWN = 400;

export const shortMatch = (match: string): string => (match.length > MAX_MATCH_SHOWN ? `${match.slice(0, MAX_MATCH_SHOWN)}…` : match);
