// CSV, RFC 4180: a header row, every field quoted when it holds a comma, quote or newline.
import type { Report } from './report.js';

const COLUMNS = ['ruleId', 'severity', 'confidence', 'file', 'line', 'column', 'secret', 'fingerprint', 'validated', 'commit', 'author', 'email', 'date'] as const;

const field = (value: string | number | boolean | null | undefined): string => {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const formatCsv = (report: Report): string => {
  const rows = report.findings.map((f) =>
    [f.ruleId, f.severity, f.confidence, f.file, f.line, f.column, f.secret, f.fingerprint, f.validated, f.commit?.sha, f.commit?.author, f.commit?.email, f.commit?.date]
      .map(field)
      .join(','),
  );
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
};
