// The merged report in GitHub-flavoured Markdown, for a job summary ($GITHUB_STEP_SUMMARY, which
// takes up to 1 MiB per step: https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#step-isolation-and-limits).
// Findings past MAX_ROWS are counted, not listed: the CSV and SARIF hold them all.
import { describeGroup, describePlace } from '../correlation.js';
import type { MergedFinding } from './merged-finding.js';
import type { MergeWriter } from './sink.js';
import { headline } from './write-text.js';

export const MAX_ROWS = 500;
const MAX_GROUPS = 50;

/** Table cells: pipes and line breaks would end the cell, and backticks or angle brackets render. */
const cell = (value: string | number | undefined): string =>
  String(value ?? '').replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');

const findingRow = (f: MergedFinding): string =>
  `| ${cell(f.repository)} | ${cell(f.confidence ? `${f.severity} (${f.confidence})` : f.severity)} | ${cell(f.ruleId)} | ${cell(`${f.file}:${f.line}`)} | ${cell(f.secret)} | ${cell(f.commit?.slice(0, 12))} | ${cell(f.date?.slice(0, 10))} | ${f.presentInHead === undefined ? '' : f.presentInHead ? 'yes' : 'no'} |`;

export const writeMergedMarkdown: MergeWriter = async (merged, write) => {
  const { summary } = merged;
  const out = ['## leakgate org audit', '', `**${cell(headline(summary))}**`, ''];
  if (summary.failed.length > 0) {
    out.push('### Failed to scan', '', 'Nothing is known of these repositories:', '');
    for (const f of summary.failed) out.push(`- **${cell(f.repository)}**: ${cell(`${f.mode} failed (${f.code}): ${f.message}`)}`);
    out.push('');
  }
  out.push('| severity | findings |', '|---|---:|', ...Object.entries(summary.bySeverity).map(([severity, n]) => `| ${severity} | ${n} |`), '');
  if (summary.byRule.length > 0) out.push('| rule | severity | findings |', '|---|---|---:|', ...summary.byRule.map((rule) => `| ${cell(rule.ruleId)} | ${rule.severity} | ${rule.count} |`), '');
  const listed = summary.repositories.filter((repo) => repo.findings > 0 || repo.failed);
  if (listed.length > 0) {
    out.push('| repository | findings | at HEAD | critical | high | medium | low | info |', '|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of listed) out.push(`| ${cell(r.name)}${r.failed ? ' (failed)' : ''} | ${r.findings} | ${r.atHead} | ${r.bySeverity.critical} | ${r.bySeverity.high} | ${r.bySeverity.medium} | ${r.bySeverity.low} | ${r.bySeverity.info} |`);
    out.push('');
  }
  if (summary.groups.length > 0) {
    out.push('### The same secret in several places', '');
    for (const group of summary.groups.slice(0, MAX_GROUPS)) {
      out.push(`- ${cell(describeGroup(group))}: ${group.places.map((place) => cell(describePlace(place))).join('; ')}`);
    }
    if (summary.groups.length > MAX_GROUPS) out.push(`- … and ${summary.groups.length - MAX_GROUPS} more (see the JSON or SARIF report)`);
    out.push('');
  }
  write(`${out.join('\n')}\n`);
  if (summary.findings === 0) return;
  write('### Findings\n\n| repository | severity | rule | where | secret | commit | date | at HEAD |\n|---|---|---|---|---|---|---|---|\n');
  let rows = 0;
  for await (const repo of merged.repositories()) {
    for (const finding of repo.findings) {
      if (rows++ < MAX_ROWS) write(`${findingRow(finding)}\n`);
    }
  }
  if (rows > MAX_ROWS) write(`\n… and ${rows - MAX_ROWS} more findings: the CSV and SARIF reports list them all.\n`);
};
