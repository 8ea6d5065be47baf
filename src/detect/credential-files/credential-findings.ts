// Turns judged credential-file values into findings, and keeps one finding per secret and place:
// a credential-file finding replaces a generic rule's reading of the same line (it knows the
// format, and decodes what the tool encodes), and gives way to a provider rule's (a checksum).
import type { DetectResult } from '../detector.js';
import { shannonEntropy } from '../entropy.js';
import { findingAt } from '../finding-at.js';
import type { LineIndex } from '../line-index.js';
import type { Finding, Fragment, Rule } from '../types.js';
import type { CredentialCandidate } from './credential-candidates.js';

export const credentialFinding = (rule: Rule, fragment: Fragment, lines: LineIndex, found: CredentialCandidate): Finding => {
  const line = lines.lineAt(found.start);
  return findingAt({
    rule, fragment, lines, start: found.start, end: found.end, secret: found.secret,
    // The secret alone: an encoded value (base64, WinSCP's hex) would show the secret in another form.
    match: found.secret,
    entropy: shannonEntropy(found.secret),
    validated: null,
    confidence: found.confidence,
    why: found.why,
    ...(found.decoded ? { decoded: found.decoded } : {}),
    lineText: fragment.text.slice(line.start, line.end),
  });
};

const overlaps = (a: Finding, b: Finding): boolean => a.secret.includes(b.secret) || b.secret.includes(a.secret);

// The older path-gated regexes for the same files (sensitive-file-netrc-password…) read a value
// without its format: the credential-file reading replaces theirs.
const isFormatBlind = (finding: Finding, generic: ReadonlySet<string>): boolean =>
  generic.has(finding.ruleId) || (finding.ruleId.startsWith('sensitive-file-') && finding.secret !== finding.file);

// A provider rule's reading of the encoded value a credential-file finding decodes (npm's base64 `_auth`):
// the same secret at the same place, shown by the credential file's reading as the tool reads it.
const readsDecoded = (ours: Finding, other: Finding): boolean =>
  ours.decoded !== undefined && ours.line === other.line && ours.column === other.column && ours.secret !== other.secret;

// Two readings of one value (credentials.xml read for its name and for its credential elements): the first stays.
const readBefore = (ours: readonly Finding[], finding: Finding): boolean =>
  ours.slice(0, ours.indexOf(finding)).some((other) => other.line === finding.line && other.column === finding.column && other.secret === finding.secret);

/**
 * One finding per secret and line: a credential-file finding over generic and format-blind ones and
 * over a provider's reading of the value it decodes, a provider's (its own token format, a checksum)
 * over the credential-file one.
 */
export const preferCredentialFindings = (result: DetectResult, credential: ReadonlySet<string>, generic: ReadonlySet<string>): DetectResult => {
  const ours = result.findings.filter((finding) => credential.has(finding.ruleId));
  if (ours.length === 0) return result;
  const providers = result.findings.filter((f) => !credential.has(f.ruleId) && !isFormatBlind(f, generic) && f.secret !== f.file);
  const kept = result.findings.filter((finding) => {
    if (isFormatBlind(finding, generic)) return !ours.some((other) => other.line === finding.line);
    if (!credential.has(finding.ruleId)) return !ours.some((other) => readsDecoded(other, finding));
    return !readBefore(ours, finding) && !providers.some((other) => other.line === finding.line && overlaps(other, finding));
  });
  return kept.length === result.findings.length ? result : { ...result, findings: kept };
};

// A line a credential file's format reads as a comment: INI, conf, shell and YAML (#, ;), JSON with
// comments (//), SQL (--), XML (<!--, on its line).
const COMMENT_LINE = /^\s*(?:#|;|\/\/|--|<!--)/;

/**
 * In a whole file read in its credential format, a format-blind finding on a commented-out line
 * (`#password=…` in a .my.cnf) is dropped: the tool does not read it, and the reader skipped it.
 */
export const dropCommentedOut = (result: DetectResult, text: string, generic: ReadonlySet<string>): DetectResult => {
  const blind = result.findings.filter((finding) => isFormatBlind(finding, generic));
  if (blind.length === 0) return result;
  const lines = text.split('\n');
  const kept = result.findings.filter((f) => !isFormatBlind(f, generic) || !COMMENT_LINE.test(lines[f.line - 1] ?? ''));
  return kept.length === result.findings.length ? result : { ...result, findings: kept };
};

/** The start most credential-file paths share: the file is at the root or under a folder. */
const AT_NAME = '(?:^|/)';

/**
 * One test of a path for all credential-file rules (each is a path-only rule that runs on every
 * fragment): the union of their path regexes, case-insensitive, so a path none of them can match
 * costs one regex instead of one each. Undefined when a path is not a regex (a user's glob).
 * The shared start is factored out, `(?:^|/)(?:a|b|…)|\.sql$`: the same paths match, and the
 * union of 36 rules compiles and runs in about half the time of one alternative per rule (the
 * first 400 paths of a cold scan: 4.5-8.5 ms before, most of it compiling).
 */
export const credentialPathGate = (rules: readonly Rule[]): ((path: string) => boolean) | undefined => {
  const sources = rules.map((rule) => rule.path?.source);
  if (sources.length === 0 || sources.some((source) => source === undefined || !/[\\^$()|]/.test(source))) return undefined;
  const bodies = sources.map((source) => (source as string).replace(/^\(\?i\)/, ''));
  const named = bodies.filter((body) => body.startsWith(AT_NAME)).map((body) => `(?:${body.slice(AT_NAME.length)})`);
  const others = bodies.filter((body) => !body.startsWith(AT_NAME)).map((body) => `(?:${body})`);
  try {
    const union = new RegExp([...(named.length > 0 ? [`${AT_NAME}(?:${named.join('|')})`] : []), ...others].join('|'), 'i');
    return (path) => union.test(path);
  } catch {
    return undefined;
  }
};
