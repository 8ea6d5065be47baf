// The merged CSV (RFC 4180): one row per finding, then one row per failed repository with its error.
import type { MergedFinding } from './merged-finding.js';
import type { MergeWriter } from './sink.js';

const COLUMNS = ['repository', 'ruleId', 'severity', 'confidence', 'file', 'line', 'column', 'secret', 'commit', 'author', 'email', 'date', 'presentInHead', 'correlation', 'id', 'error'] as const;

/** Quoted when needed; a leading = + - @ is defused, as a spreadsheet would run it as a formula. */
export const csvField = (value: string | number | boolean | null | undefined): string => {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

const row = (values: ReadonlyArray<string | number | boolean | null | undefined>): string => `${values.map(csvField).join(',')}\r\n`;

const findingRow = (f: MergedFinding): string =>
  row([f.repository, f.ruleId, f.severity, f.confidence, f.file, f.line, f.column, f.secret, f.commit, f.author, f.email, f.date, f.presentInHead, f.correlation, f.id, '']);

export const writeMergedCsv: MergeWriter = async (merged, write) => {
  write(row(COLUMNS));
  for await (const repo of merged.repositories()) for (const finding of repo.findings) write(findingRow(finding));
  for (const failure of merged.summary.failed) {
    write(row([failure.repository, '', '', '', '', '', '', '', '', '', '', '', '', '', `${failure.mode} failed (${failure.code}): ${failure.message}`]));
  }
};
