// Runs the detector over what a source yields and gathers findings, suppressions and skipped files.
import type { Detector } from '../detect/detector.js';
import type { Finding, Suppression } from '../detect/types.js';
import type { SourceItem } from '../sources/source-item.js';

export interface Skipped {
  readonly path: string;
  readonly reason: string;
}

export interface ScanTotals {
  readonly findings: Finding[];
  readonly suppressed: Suppression[];
  readonly skipped: Skipped[];
  files: number;
  bytes: number;
  /** Files passed over whole by a path allowlist. */
  allowlistedFiles: number;
}

export const emptyTotals = (): ScanTotals => ({
  findings: [],
  suppressed: [],
  skipped: [],
  files: 0,
  bytes: 0,
  allowlistedFiles: 0,
});

export const scanSource = async (
  source: AsyncIterable<SourceItem>,
  detector: Detector,
  totals: ScanTotals = emptyTotals(),
  onProgress?: (totals: ScanTotals) => void,
): Promise<ScanTotals> => {
  for await (const item of source) {
    if (item.kind === 'skipped') {
      totals.skipped.push({ path: item.path, reason: item.reason });
      continue;
    }
    if (item.file) totals.files++;
    totals.bytes += item.bytes;
    const result = detector.detect(item.fragment);
    if (result.pathAllowed) totals.allowlistedFiles++;
    for (const finding of result.findings) totals.findings.push(finding);
    for (const suppression of result.suppressed) totals.suppressed.push(suppression);
    onProgress?.(totals);
  }
  return totals;
};

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** Stable report order: file, line, column, rule. */
export const sortFindings = (findings: readonly Finding[]): Finding[] =>
  [...findings].sort(
    (a, b) =>
      compare(a.file, b.file) || compare(a.line, b.line) || compare(a.column, b.column) || compare(a.ruleId, b.ruleId),
  );
