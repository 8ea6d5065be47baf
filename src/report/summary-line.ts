// The one-line summary of a scan, shared by the text report and the summary the machine formats
// write to stderr. Apart from the text report so that a JSON or SARIF scan loads neither it nor
// chalk (and node:tty under it): ~5 ms of a small scan's start.
import type { Report } from './report.js';

/** The colours the summary uses; chalk's instances have them, and PLAIN is none. */
export interface Paint {
  readonly green: (text: string) => string;
  readonly red: { readonly bold: (text: string) => string };
}

const same = (text: string): string => text;
export const PLAIN: Paint = { green: same, red: { bold: same } };

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1048576) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
};

export const summaryLine = (c: Paint, report: Report): string => {
  const files = new Set(report.findings.map((finding) => finding.file)).size;
  const found = report.findings.length === 0
    ? c.green('no secrets found')
    : c.red.bold(`${plural(report.findings.length, 'finding')} in ${plural(files, 'file')}`);
  const scope = report.mode === 'history' ? `${plural(report.commits, 'commit')}, ` : '';
  return `${found} · ${scope}${plural(report.files, 'file')}, ${formatBytes(report.bytes)} scanned · ${plural(report.rules.length, 'rule')} · ${(report.durationMs / 1000).toFixed(2)} s`;
};
