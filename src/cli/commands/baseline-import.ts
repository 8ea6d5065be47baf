// leakgate baseline --import .secrets.baseline: a detect-secrets team's accepted findings, carried over.
//
// detect-secrets stores, per file, { type, line_number, hashed_secret, is_secret? } where
// hashed_secret is the plain SHA-1 of the secret (detect_secrets/core/potential_secret.py). A plain
// hash cannot become our salted HMAC, and keeping it would put a guessable hash of every weak
// password in our baseline. So the import scans the files now and carries over exactly the
// findings whose secret, in the same file, has that SHA-1: each becomes an ordinary entry (rule,
// file, HMAC), with detect-secrets' audit verdict. Results leakgate does not find (another
// detector's idea of a secret, or a secret since changed) are listed, not guessed at.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { hashSecret, entryKey, type Baseline, type BaselineEntry, type BaselineStatus } from '../../baseline/baseline.js';
import type { Finding } from '../../detect/types.js';
import { LeakgateError } from '../../errors.js';
import { escapeControl } from '../../report/escape-control.js';

export interface DetectSecretsResult {
  readonly file: string;
  readonly type: string;
  readonly line: number;
  readonly sha1: string;
  readonly status: BaselineStatus;
}

const fail = (shown: string, why: string): never => {
  throw new LeakgateError('baseline', `${shown}: not a detect-secrets baseline (${why})`);
};

const resultOf = (shown: string, file: string, value: unknown): DetectSecretsResult => {
  const r = (value ?? {}) as Record<string, unknown>;
  if (typeof r['hashed_secret'] !== 'string' || !/^[0-9a-f]{40}$/.test(r['hashed_secret'])) return fail(shown, `a result in ${file} has no hashed_secret`);
  // is_secret: the verdict of `detect-secrets audit` (true: a real secret, false: a false positive).
  const status: BaselineStatus = r['is_secret'] === false ? 'false-positive' : r['is_secret'] === true ? 'must-fix' : 'unreviewed';
  return { file, type: typeof r['type'] === 'string' ? r['type'] : 'secret', line: typeof r['line_number'] === 'number' ? r['line_number'] : 0, sha1: r['hashed_secret'], status };
};

export const readDetectSecretsBaseline = (path: string, shown: string): DetectSecretsResult[] => {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new LeakgateError('baseline', `cannot read ${shown}: ${(error as Error).message}`, { cause: error });
  }
  const results = (data as { results?: unknown } | null)?.results;
  if (typeof results !== 'object' || results === null || Array.isArray(results)) return fail(shown, 'no "results" object');
  return Object.entries(results as Record<string, unknown>).flatMap(([file, list]) =>
    Array.isArray(list) ? list.map((value) => resultOf(shown, file.replaceAll('\\', '/'), value)) : fail(shown, `results for ${file} are not a list`),
  );
};

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

export interface ImportResult {
  readonly baseline: Baseline;
  readonly added: number;
  readonly unmatched: readonly DetectSecretsResult[];
}

/** Entries for the findings whose secret detect-secrets recorded in the same file. */
export const importDetectSecrets = (current: Baseline, findings: readonly Finding[], results: readonly DetectSecretsResult[]): ImportResult => {
  const entries = new Map(current.entries.map((entry) => [entryKey(entry), entry] as const));
  const matched = new Set<DetectSecretsResult>();
  let added = 0;
  for (const finding of findings) {
    const digest = sha1(finding.secret);
    const result = results.find((r) => r.file === finding.file && r.sha1 === digest);
    if (!result) continue;
    matched.add(result);
    const entry: BaselineEntry = { ruleId: finding.ruleId, file: finding.file, hash: hashSecret(current.salt, finding.secret), status: result.status, note: `imported from detect-secrets (${result.type})`, from: ['scan'] };
    if (entries.has(entryKey(entry))) continue;
    entries.set(entryKey(entry), entry);
    added++;
  }
  return { baseline: { ...current, entries: [...entries.values()] }, added, unmatched: results.filter((r) => !matched.has(r)) };
};

export const describeUnmatched = (unmatched: readonly DetectSecretsResult[], shown: string): string =>
  unmatched.length === 0
    ? ''
    : `leakgate: ${unmatched.length} result${unmatched.length === 1 ? '' : 's'} of ${shown} not carried over (leakgate finds no secret with that SHA-1 there: another detector's finding, or the secret changed):\n` +
      unmatched.map((r) => `  ${escapeControl(r.file)}:${r.line} ${escapeControl(r.type)}\n`).join('');

export const importShown = (cwd: string, file: string): { path: string; shown: string } => {
  const path = resolve(cwd, file);
  return { path, shown: relative(cwd, path) || path };
};
