// Does an allowlist drop a candidate? gitleaks semantics: OR (any condition) or AND (all given).
import type { Allowlist } from './types.js';

export interface Candidate {
  readonly secret: string;
  readonly match: string;
  readonly line: string;
  readonly path: string;
  readonly commit: string | undefined;
}

const testRegex = (regex: RegExp, text: string): boolean => {
  regex.lastIndex = 0;
  return regex.test(text);
};

export const allowlistDrops = (allowlist: Allowlist, candidate: Candidate): boolean => {
  const target = candidate[allowlist.regexTarget];
  const lowerSecret = candidate.secret.toLowerCase();
  const checks: Array<() => boolean> = [];
  if (allowlist.regexes.length > 0) checks.push(() => allowlist.regexes.some((r) => testRegex(r, target)));
  if (allowlist.stopwords.length > 0) checks.push(() => allowlist.stopwords.some((w) => lowerSecret.includes(w)));
  if (allowlist.paths.length > 0) checks.push(() => allowlist.paths.some((p) => p.test(candidate.path)));
  if (allowlist.commits.length > 0) {
    checks.push(() => candidate.commit !== undefined && allowlist.commits.some((c) => candidate.commit?.startsWith(c)));
  }
  if (checks.length === 0) return false;
  return allowlist.condition === 'AND' ? checks.every((check) => check()) : checks.some((check) => check());
};

/** Does a (global) allowlist apply to this rule? Untargeted ones apply to every rule but those of a skipped tag. */
export const targets = (allowlist: Allowlist, rule: { readonly id: string; readonly tags: readonly string[] }): boolean =>
  !allowlist.skipTags.some((tag) => rule.tags.includes(tag)) &&
  ((allowlist.targetRules.length === 0 && allowlist.targetTags.length === 0) ||
    allowlist.targetRules.includes(rule.id) ||
    allowlist.targetTags.some((tag) => rule.tags.includes(tag)));

/** A path-only allowlist (OR, paths and nothing else, every rule) drops a whole file before it is read. */
export const allowsWholePath = (allowlist: Allowlist, path: string): boolean =>
  allowlist.paths.length > 0 &&
  allowlist.targetRules.length === 0 &&
  allowlist.targetTags.length === 0 &&
  allowlist.skipTags.length === 0 &&
  (allowlist.condition === 'OR' ||
    (allowlist.regexes.length === 0 && allowlist.stopwords.length === 0 && allowlist.commits.length === 0)) &&
  allowlist.paths.some((matcher) => matcher.test(path));

/** Names an allowlist for --verbose: its description, or what it holds. */
export const describeAllowlist = (allowlist: Allowlist, owner: string): string =>
  `${owner} allowlist${allowlist.description ? ` "${allowlist.description}"` : ''}`;
