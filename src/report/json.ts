// The JSON report: stable key order, sorted findings, no timestamps.
import type { Finding } from '../detect/types.js';
import { shortMatch } from './redact.js';
import type { Report } from './report.js';

const findingJson = (finding: Finding): Record<string, unknown> => ({
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
});

export const formatJson = (report: Report): string =>
  `${JSON.stringify(
    {
      version: 1,
      tool: { name: 'leakgate', version: report.toolVersion },
      scan: {
        mode: report.mode,
        target: report.target,
        rules: report.rules.length,
        files: report.files,
        commits: report.commits,
        ...(report.route ? { route: report.route } : {}),
        bytes: report.bytes,
        durationMs: report.durationMs,
      },
      findings: report.findings.map(findingJson),
      skipped: report.skipped.map((item) => ({ path: item.path, reason: item.reason })),
      suppressed: { ...report.suppressed, allowlistedFiles: report.allowlistedFiles },
      notes: report.notes,
    },
    null,
    2,
  )}\n`;
