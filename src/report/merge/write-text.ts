// The merged report for people at a terminal (the default): totals, failures, the secrets seen in
// several places, then the findings repository by repository.
import { describeGroup, describePlace } from '../correlation.js';
import type { MergedFinding } from './merged-finding.js';
import type { MergeSummary } from './merge-summary.js';
import type { MergeWriter } from './sink.js';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const headline = (summary: MergeSummary): string => {
  const withFindings = summary.repositories.filter((repo) => repo.findings > 0).length;
  const found = summary.findings === 0 ? 'no secrets found' : `${plural(summary.findings, 'finding')} in ${plural(withFindings, 'repository', 'repositories')}`;
  const failed = summary.failed.length > 0 ? ` · ${plural(new Set(summary.failed.map((f) => f.repository)).size, 'repository', 'repositories')} FAILED to scan` : '';
  return `${found} · ${plural(summary.repositories.length, 'repository', 'repositories')} from ${plural(summary.reports, 'report')}${failed}`;
};

export const summaryLines = (summary: MergeSummary): string[] => {
  const out = [headline(summary)];
  const severities = Object.entries(summary.bySeverity).filter(([, n]) => n > 0).map(([severity, n]) => `${n} ${severity}`);
  if (severities.length > 0) out.push(`by severity: ${severities.join(', ')}`);
  if (summary.byRule.length > 0) out.push(`by rule: ${summary.byRule.map((rule) => `${rule.count} ${rule.ruleId}`).join(', ')}`);
  if (summary.failed.length > 0) {
    out.push('', 'failed to scan (nothing is known of these):');
    for (const f of summary.failed) out.push(`  ${f.repository}: ${f.mode} failed (${f.code}): ${f.message}`);
  }
  if (summary.groups.length > 0) {
    out.push('', 'the same secret in several places:');
    for (const group of summary.groups) {
      out.push(`  ${describeGroup(group)}`);
      for (const place of group.places) out.push(`    ${describePlace(place)}`);
      if (group.count > group.places.length) out.push(`    … and ${group.count - group.places.length} more places (the JSON report counts them)`);
    }
  }
  return out;
};

const findingLine = (f: MergedFinding): string => {
  const commit = f.commit ? ` commit ${f.commit.slice(0, 12)} ${(f.date ?? '').slice(0, 10)}` : '';
  const head = f.presentInHead === undefined ? '' : f.presentInHead ? ' (at HEAD)' : ' (removed since)';
  const confidence = f.confidence ? ` (${f.confidence} confidence)` : '';
  return `  ${f.file}:${f.line}:${f.column}  ${f.severity}${confidence}  ${f.ruleId}  ${f.secret}${commit}${head}`;
};

export const writeMergedText: MergeWriter = async (merged, write) => {
  write(`${summaryLines(merged.summary).join('\n')}\n`);
  for await (const repo of merged.repositories()) {
    if (repo.findings.length === 0) continue;
    write(`\n${repo.repository}\n`);
    for (const finding of repo.findings) write(`${findingLine(finding)}\n`);
  }
};
