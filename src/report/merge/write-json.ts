// The merged JSON report: summary first, then every finding, streamed. Stable key order, no
// timestamps, so the same inputs give the same bytes.
import type { CorrelationGroup } from '../correlation.js';
import type { MergeWriter } from './sink.js';

const indent = (text: string, by: string): string => text.replace(/\n/g, `\n${by}`);

export const groupJson = (group: CorrelationGroup) => ({
  correlation: group.correlation,
  rules: group.rules,
  repositories: group.repositories,
  atHead: group.atHead,
  count: group.count,
  places: group.places.map((place) => ({ repository: place.repository, file: place.file, line: place.line, ...(place.presentInHead !== undefined ? { presentInHead: place.presentInHead } : {}) })),
});

export const writeMergedJson: MergeWriter = async (merged, write) => {
  const { summary } = merged;
  const head = {
    version: 1,
    tool: { name: 'leakgate', version: summary.toolVersion },
    merge: { reports: summary.reports, repositories: summary.repositories.length, findings: summary.findings, failed: summary.failed.length },
    totals: {
      bySeverity: summary.bySeverity,
      byRule: summary.byRule,
      byRepository: summary.repositories.map((repo) => ({ repository: repo.name, modes: repo.modes, findings: repo.findings, atHead: repo.atHead, bySeverity: repo.bySeverity, failed: repo.failed })),
    },
    failed: summary.failed,
    correlations: summary.groups.map(groupJson),
  };
  const text = JSON.stringify(head, null, 2);
  write(`${text.slice(0, -2)},\n  "findings": [`);
  let first = true;
  for await (const repo of merged.repositories()) {
    for (const finding of repo.findings) {
      write(`${first ? '' : ','}\n    ${indent(JSON.stringify(finding, null, 2), '    ')}`);
      first = false;
    }
  }
  write(first ? ']\n}\n' : '\n  ]\n}\n');
};
