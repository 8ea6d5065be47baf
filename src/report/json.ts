// The JSON report: stable key order, sorted findings, no timestamps.
import { shortMatch } from './redact.js';
import type { Report, ReportFinding } from './report.js';

const findingJson = (finding: ReportFinding, repository: string | undefined): Record<string, unknown> => ({
  ...(repository !== undefined ? { repository } : {}),
  ruleId: finding.ruleId,
  description: finding.description,
  severity: finding.severity,
  confidence: finding.confidence,
  file: finding.file,
  line: finding.line,
  column: finding.column,
  endLine: finding.endLine,
  endColumn: finding.endColumn,
  secret: finding.secret,
  match: shortMatch(finding.match),
  entropy: finding.entropy,
  validated: finding.validated,
  fingerprint: finding.fingerprint,
  ...(finding.decoded ? { decoded: finding.decoded } : {}),
  ...(finding.commit
    ? {
        commit: finding.commit.sha,
        author: finding.commit.author,
        email: finding.commit.email,
        date: finding.commit.date,
        message: finding.commit.message,
      }
    : {}),
  ...(finding.occurrences !== undefined ? { occurrences: finding.occurrences } : {}),
  ...(finding.presentInHead !== undefined ? { presentInHead: finding.presentInHead } : {}),
  ...(finding.correlation !== undefined ? { correlation: finding.correlation } : {}),
});

export const formatJson = (report: Report): string =>
  `${JSON.stringify(
    {
      version: 1,
      tool: { name: 'leakgate', version: report.toolVersion },
      scan: {
        mode: report.mode,
        target: report.target,
        ...(report.repository !== undefined ? { repository: report.repository } : {}),
        rules: report.rules.length,
        files: report.files,
        commits: report.commits,
        ...(report.route ? { route: report.route } : {}),
        bytes: report.bytes,
        durationMs: report.durationMs,
      },
      findings: report.findings.map((finding) => findingJson(finding, report.repository)),
      skipped: report.skipped.map((item) => ({ path: item.path, reason: item.reason })),
      suppressed: { ...report.suppressed, allowlistedFiles: report.allowlistedFiles },
      notes: report.notes,
    },
    null,
    2,
  )}\n`;
