// The Markdown job summary: what was scanned, and a table of new findings (secrets redacted).
import type { Report } from '../report/report.js';
import { suppressionLine } from '../report/text.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

export const jobSummary = (report: Report, scope: string): string => {
  const count = report.findings.length;
  const lines = [
    count === 0 ? '## leakgate: no new secrets' : `## leakgate: ${count} new secret${count === 1 ? '' : 's'} found`,
    '',
    `Scanned ${scope}: ${report.commits} commit${report.commits === 1 ? '' : 's'}, ${report.rules.length} rules.`,
  ];
  const suppressed = suppressionLine(report);
  if (suppressed) lines.push(`Suppressed: ${cell(suppressed)}.`);
  for (const note of report.notes) lines.push(`> ${cell(note)}`);
  if (count > 0) {
    lines.push('', '| Severity | Rule | Location | Secret | Commit | Author |', '|---|---|---|---|---|---|');
    for (const f of report.findings) {
      lines.push(`| ${f.severity} (${f.confidence}) | ${cell(f.ruleId)} | \`${cell(f.file)}:${f.line}\` | \`${cell(f.secret)}\` | ${f.commit ? `\`${f.commit.sha.slice(0, 12)}\`` : ''} | ${cell(f.commit?.author ?? '')} |`);
    }
    lines.push('', 'Remove each secret **and rotate it** (it is in git history now). If one is not a secret, mark its line with `leakgate:allow` or add it to the baseline (`leakgate baseline --history`).');
  }
  return `${lines.join('\n')}\n`;
};
