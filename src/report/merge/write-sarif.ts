// The merged SARIF 2.1.0: one run per repository, each with its own automationDetails.id, since
// GitHub code scanning takes runs of one tool apart by category
// (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#runautomationdetails-object).
// A repository whose scan failed is a run with executionSuccessful false and the error as a notification.
import type { Severity } from '../../detect/types.js';
import { describeGroup, type CorrelationGroup } from '../correlation.js';
import type { MergedFinding } from './merged-finding.js';
import { countRules, sortedRules, type RepositorySummary, type RuleCount } from './merge-summary.js';
import type { FailedScan } from './parse-report.js';
import type { MergeWriter } from './sink.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };

const sarifRule = (rule: RuleCount) => ({
  id: rule.ruleId,
  name: rule.ruleId,
  shortDescription: { text: rule.description },
  defaultConfiguration: { level: LEVEL[rule.severity] },
  properties: { tags: ['security', 'secret'], 'security-severity': SECURITY_SEVERITY[rule.severity] },
});

const sarifResult = (f: MergedFinding, ruleIndex: number, group: CorrelationGroup | undefined) => ({
  ruleId: f.ruleId,
  ruleIndex,
  level: LEVEL[f.severity],
  // SARIF's rank (0-100) from the finding's confidence, as in a single scan's SARIF.
  ...(f.confidence !== undefined ? { rank: f.confidence === 'high' ? 90 : f.confidence === 'medium' ? 60 : 30 } : {}),
  message: { text: `${f.description} found: ${f.secret}${group ? `. ${describeGroup(group)}` : ''}` },
  locations: [
    {
      physicalLocation: {
        artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
        region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column), endLine: Math.max(1, f.endLine, f.line), endColumn: Math.max(f.endColumn, f.endLine === f.line ? f.column + 1 : 1, 1) },
      },
    },
  ],
  partialFingerprints: { 'leakgateLocation/v1': f.id },
  properties: {
    repository: f.repository,
    ...(f.confidence !== undefined ? { confidence: f.confidence } : {}),
    validated: f.validated,
    ...(f.commit !== undefined ? { commit: f.commit, author: f.author, date: f.date } : {}),
    ...(f.presentInHead !== undefined ? { presentInHead: f.presentInHead } : {}),
    ...(f.correlation !== undefined ? { correlation: f.correlation } : {}),
  },
});

const sarifRun = (repo: RepositorySummary, findings: readonly MergedFinding[], failures: readonly FailedScan[], groups: ReadonlyMap<string, CorrelationGroup>, version: string) => {
  const rules = sortedRules(countRules(findings));
  const index = new Map(rules.map((rule, n) => [rule.ruleId, n]));
  return {
    tool: { driver: { name: 'leakgate', semanticVersion: version, informationUri: 'https://www.npmjs.com/package/leakgate', rules: rules.map(sarifRule) } },
    automationDetails: { id: `leakgate/${repo.name}/` },
    invocations: [
      {
        executionSuccessful: failures.length === 0,
        ...(failures.length > 0
          ? { toolExecutionNotifications: failures.map((failure) => ({ level: 'error', message: { text: `${failure.mode} failed (${failure.code}): ${failure.message}` } })) }
          : {}),
      },
    ],
    results: findings.map((f) => sarifResult(f, index.get(f.ruleId) ?? -1, f.correlation === undefined ? undefined : groups.get(f.correlation))),
    columnKind: 'utf16CodeUnits',
    properties: { repository: repo.name, modes: repo.modes },
  };
};

const indent = (text: string): string => text.replace(/\n/g, '\n    ');

export const writeMergedSarif: MergeWriter = async (merged, write) => {
  const { summary } = merged;
  const groups = new Map(summary.groups.map((group) => [group.correlation, group]));
  const byName = new Map(summary.repositories.map((repo) => [repo.name, repo]));
  const failedBy = new Map<string, FailedScan[]>();
  for (const failure of summary.failed) failedBy.set(failure.repository, [...(failedBy.get(failure.repository) ?? []), failure]);
  write('{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [');
  let first = true;
  for await (const { repository, findings } of merged.repositories()) {
    const repo = byName.get(repository);
    if (!repo) continue;
    const failures = failedBy.get(repository) ?? [];
    write(`${first ? '' : ','}\n    ${indent(JSON.stringify(sarifRun(repo, findings, failures, groups, summary.toolVersion), null, 2))}`);
    first = false;
  }
  write(first ? ']\n}\n' : '\n  ]\n}\n');
};
