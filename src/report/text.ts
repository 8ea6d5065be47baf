// The human report: findings grouped by file, then a one-line summary. Colour only when asked.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Finding, Severity } from '../detect/types.js';
import { escapeControl as e } from './escape-control.js';
import type { Report, ReportFinding } from './report.js';
import { correlationGroups, describeGroup, describePlace } from './correlation.js';
import { plural, summaryLine } from './summary-line.js';

const SEVERITY_COLOR: Readonly<Record<Severity, (c: ChalkInstance) => ChalkInstance>> = {
  critical: (c) => c.bgRed.white.bold,
  high: (c) => c.red.bold,
  medium: (c) => c.yellow,
  low: (c) => c.cyan,
  info: (c) => c.gray,
};

const validity = (finding: Finding): string =>
  finding.validated === true ? ' (checksum/structure verified)' : finding.validated === false ? ' (fails its checksum)' : '';

/** --explain: why a finding fired, and the ways to silence it (the text says no secret: masked fields only). */
const explainFinding = (finding: ReportFinding, rules: Report['rules']): string[] => {
  const rule = rules.find((candidate) => candidate.id === finding.ruleId);
  const lower = finding.match.toLowerCase();
  const hits = (rule?.keywords ?? []).filter((keyword) => lower.includes(keyword));
  return [
    `why: rule ${finding.ruleId}${hits.length > 0 ? ` (keyword ${hits.join(', ')})` : rule?.pathOnly ? ' (the file name)' : ''}; ${finding.why ?? 'matched'}; entropy ${finding.entropy}; ${finding.confidence} confidence`,
    `to silence: remove it (and rotate it); or mark the line leakgate:allow; or record it with leakgate baseline; or allowlist the path or value in .leakgate.toml${finding.confidence === 'high' ? '' : `; or --confidence ${finding.confidence === 'low' ? 'medium' : 'high'} hides ${finding.confidence} findings`}`,
  ];
};

const formatFinding = (c: ChalkInstance, finding: Finding): string[] => {
  const lines = [
    `  ${c.bold(`${finding.line}:${finding.column}`)}  ${SEVERITY_COLOR[finding.severity](c)(finding.severity)}  ${finding.confidence} confidence  ${c.magenta(e(finding.ruleId))}  ${e(finding.description)}`,
    `      secret: ${c.yellow(e(finding.secret))}${validity(finding)}${finding.decoded ? ` (decoded from ${finding.decoded})` : ''}`,
  ];
  if (finding.commit) {
    const { sha, author, email, date, message } = finding.commit;
    lines.push(`      commit ${c.cyan(sha.slice(0, 12))} by ${e(author)} <${e(email)}> on ${date.slice(0, 10)}: ${e(message)}`);
  }
  if (finding.occurrences !== undefined && finding.occurrences > 1) lines.push(`      seen in ${plural(finding.occurrences, 'commit')}`);
  if (finding.presentInHead !== undefined) {
    lines.push(`      ${finding.presentInHead ? c.red('still present at HEAD: remove it and rotate it') : 'no longer at HEAD, but in history: rotate it'}`);
  }
  return lines;
};

/** Every suppression counted by reason (README: "Suppressing a finding"); undefined when there is none. */
export const suppressionLine = (report: Report): string | undefined => {
  const { allowlist, inline, baseline, checksum, confidence } = report.suppressed;
  const notSecret = report.suppressed['not-a-secret'];
  const files = report.allowlistedFiles;
  if (allowlist + inline + baseline + checksum + notSecret + confidence + files === 0) return undefined;
  const parts = [`${allowlist} by allowlist`, `${inline} by inline comment`, `${baseline} by baseline`];
  if (checksum > 0) parts.push(`${checksum} failing their checksum (--include-invalid shows them)`);
  if (notSecret > 0) parts.push(`${notSecret} read as not a secret (placeholder, code, path…; --verbose says which)`);
  if (confidence > 0) parts.push(`${confidence} below the confidence floor (--confidence low shows them)`);
  if (files > 0) parts.push(`${plural(files, 'file')} not read: path allowlist`);
  return parts.join(', ');
};

export const formatText = (report: Report, color: boolean): string => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  let file: string | undefined;
  for (const finding of report.findings) {
    if (finding.file !== file) {
      if (file !== undefined) out.push('');
      file = finding.file;
      out.push(c.underline(e(file)));
    }
    out.push(...formatFinding(c, finding));
    if (report.explain) out.push(...explainFinding(finding, report.rules).map((line) => `      ${e(line)}`));
  }
  if (report.findings.length > 0) out.push('');
  out.push(summaryLine(c, report));
  const suppressed = suppressionLine(report);
  if (suppressed) out.push(`suppressed: ${suppressed}`);
  if (report.skipped.length > 0) {
    out.push(`skipped ${plural(report.skipped.length, 'file')}:`);
    for (const item of report.skipped.slice(0, 20)) out.push(`  ${e(item.path)}: ${e(item.reason)}`);
    if (report.skipped.length > 20) out.push(`  … and ${report.skipped.length - 20} more (see --format json)`);
  }
  // With a correlation key (LEAKGATE_ORG_KEY): the same secret in several places is one group.
  for (const group of correlationGroups(report.findings)) {
    out.push(c.bold(e(describeGroup(group))), ...group.places.map((place) => `  ${e(describePlace(place))}`));
  }
  for (const note of report.notes) out.push(c.yellow(`note: ${e(note)}`));
  return `${out.join('\n')}\n`;
};
