// What a team moving over from gitleaks has already accepted: `.gitleaksignore` fingerprints and a
// gitleaks JSON report given as a baseline (`--baseline-path`). Both are read once, before the scan.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Finding, Suppression } from '../detect/types.js';
import { LeakgateError } from '../errors.js';

export interface KnownPlace {
  readonly commit: string | undefined;
  readonly file: string;
  readonly ruleId: string;
  readonly line: number;
  /** A gitleaks report's secret, when it was written with --redact off. */
  readonly secret: string | undefined;
}

/**
 * gitleaks' fingerprints are `commit:file:rule:line` (git scans) or `file:rule:line` (directory
 * scans), one a line, `#` for comments (gitleaks detect.go, AddGitleaksIgnore). A path may hold
 * ":", so the line and rule are read from the right and a commit only as a leading 40-hex sha.
 */
export const parseGitleaksIgnore = (text: string, shown: string): KnownPlace[] =>
  text.split(/\r?\n/).flatMap((raw, n) => {
    const entry = raw.trim();
    if (entry === '' || entry.startsWith('#')) return [];
    const m = /^(?:([0-9a-f]{40}|[0-9a-f]{64}):)?(.+):([^:]+):(\d+)$/.exec(entry);
    if (!m) throw new LeakgateError('config', `${shown}:${n + 1}: not a gitleaks fingerprint (commit:file:rule:line or file:rule:line)`);
    return [{ commit: m[1], file: m[2] as string, ruleId: m[3] as string, line: Number(m[4]), secret: undefined }];
  });

/** A gitleaks JSON report (`gitleaks … --report-format json`): an array of findings. */
export const parseGitleaksReport = (text: string, shown: string): KnownPlace[] => {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LeakgateError('baseline', `${shown}: not a gitleaks JSON report (${(error as Error).message})`, { cause: error });
  }
  if (!Array.isArray(data)) throw new LeakgateError('baseline', `${shown}: not a gitleaks JSON report (an array of findings)`);
  return data.map((item: unknown, n) => {
    const f = (item ?? {}) as Record<string, unknown>;
    if (typeof f['File'] !== 'string' || typeof f['RuleID'] !== 'string' || typeof f['StartLine'] !== 'number') {
      throw new LeakgateError('baseline', `${shown}: finding #${n + 1} lacks File, RuleID or StartLine: not a gitleaks JSON report`);
    }
    const secret = typeof f['Secret'] === 'string' && f['Secret'] !== '' && !f['Secret'].includes('REDACTED') ? f['Secret'] : undefined;
    const commit = typeof f['Commit'] === 'string' && f['Commit'] !== '' ? f['Commit'] : undefined;
    return { commit, file: f['File'], ruleId: f['RuleID'], line: f['StartLine'], secret };
  });
};

/**
 * A finding is known when the place matches: with the report's secret, the same secret in the same
 * file (as our baseline, a line move does not break it); without, the same file, rule and line; a
 * commit, when both name one, must be the same.
 */
const knows = (place: KnownPlace, finding: Finding): boolean =>
  place.file === finding.file &&
  (place.commit === undefined || finding.commit === undefined || finding.commit.sha === place.commit) &&
  (place.secret !== undefined ? place.secret === finding.secret : place.ruleId === finding.ruleId && place.line === finding.line);

export interface GitleaksKnown {
  readonly apply: (findings: readonly Finding[], suppressed: Suppression[]) => Finding[];
}

const readText = (path: string, shown: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new LeakgateError('baseline', `cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
};

/** The .gitleaksignore at the root and the --baseline-path report, if any; undefined when neither. */
export const gitleaksKnown = (root: string, cwd: string, baselinePath: string | undefined): GitleaksKnown | undefined => {
  const sets: { places: KnownPlace[]; by: string; reason: 'allowlist' | 'baseline' }[] = [];
  const ignore = join(root, '.gitleaksignore');
  if (existsSync(ignore)) sets.push({ places: parseGitleaksIgnore(readText(ignore, '.gitleaksignore'), '.gitleaksignore'), by: '.gitleaksignore', reason: 'allowlist' });
  if (baselinePath !== undefined) {
    const shown = relative(cwd, resolve(cwd, baselinePath)) || baselinePath;
    sets.push({ places: parseGitleaksReport(readText(resolve(cwd, baselinePath), shown), shown), by: shown, reason: 'baseline' });
  }
  if (sets.length === 0) return undefined;
  return {
    apply: (findings, suppressed) =>
      findings.filter((finding) => {
        const set = sets.find(({ places }) => places.some((place) => knows(place, finding)));
        if (set) suppressed.push({ reason: set.reason, ruleId: finding.ruleId, file: finding.file, line: finding.line, by: set.by });
        return set === undefined;
      }),
  };
};
