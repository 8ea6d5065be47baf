// What a merge knows before it writes its first finding: totals, failures and correlation groups.
import { SEVERITIES, type Severity } from '../../detect/types.js';
import type { CorrelationGroup } from '../correlation.js';
import type { MergedFinding } from './merged-finding.js';
import type { FailedScan } from './parse-report.js';

export interface RuleCount {
  readonly ruleId: string;
  readonly description: string;
  readonly severity: Severity;
  readonly count: number;
}

export interface RepositorySummary {
  readonly name: string;
  readonly modes: readonly string[];
  readonly findings: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Findings still at HEAD (history) or in the tree (scan). */
  readonly atHead: number;
  readonly failed: boolean;
}

export interface MergeSummary {
  readonly toolVersion: string;
  readonly reports: number;
  readonly findings: number;
  readonly repositories: readonly RepositorySummary[];
  readonly byRule: readonly RuleCount[];
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly failed: readonly FailedScan[];
  readonly groups: readonly CorrelationGroup[];
}

export const zeroSeverities = (): Record<Severity, number> =>
  Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;

/** Counts per rule, in rule id order. */
export const countRules = (findings: Iterable<MergedFinding>, into = new Map<string, RuleCount>()): Map<string, RuleCount> => {
  for (const f of findings) {
    const seen = into.get(f.ruleId);
    into.set(f.ruleId, { ruleId: f.ruleId, description: seen?.description ?? f.description, severity: seen?.severity ?? f.severity, count: (seen?.count ?? 0) + 1 });
  }
  return into;
};

export const sortedRules = (counts: Map<string, RuleCount>): RuleCount[] =>
  [...counts.values()].sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));

export const summariseRepository = (name: string, modes: readonly string[], findings: readonly MergedFinding[], failed: boolean): RepositorySummary => {
  const bySeverity = zeroSeverities();
  for (const f of findings) bySeverity[f.severity]++;
  return {
    name,
    modes,
    findings: findings.length,
    bySeverity,
    atHead: findings.filter((f) => f.presentInHead !== false).length,
    failed,
  };
};

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const compareFailed = (a: FailedScan, b: FailedScan): number =>
  byText(a.repository, b.repository) || byText(a.mode, b.mode) || byText(a.code, b.code) || byText(a.message, b.message);
