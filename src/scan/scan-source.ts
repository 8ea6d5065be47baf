// Runs the detector over what a source yields and gathers findings, suppressions and skipped files.
import type { DetectResult, Detector } from '../detect/detector.js';
import type { Finding, Fragment, Suppression } from '../detect/types.js';
import type { DetectPool } from './worker-pool.js';
import { detectChanged } from './keep-added.js';
import { keepOwned, splitRaw } from './split-fragment.js';
import { reportsByName } from './reports-by-name.js';
import { decodeRaw, isRaw, type RawFragment, type SourceItem } from '../sources/source-item.js';

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

const BATCH_BYTES = 256 * 1024;
const BATCH_FRAGMENTS = 2000;
/** Batches sent and not yet answered: enough to keep two workers busy, few enough to bound memory. */
const IN_FLIGHT = 8;
const IN_FLIGHT_BYTES = 16 * 1024 * 1024;

const pathOnlyRules = new WeakMap<Detector, (ruleId: string) => boolean>();
const pathOnlyOf = (detector: Detector): ((ruleId: string) => boolean) => {
  let test = pathOnlyRules.get(detector);
  if (!test) {
    const ids = new Set(detector.rules.filter(reportsByName).map((rule) => rule.id));
    pathOnlyRules.set(detector, (test = (ruleId) => ids.has(ruleId)));
  }
  return test;
};

const record = (totals: ScanTotals, result: DetectResult): void => {
  if (result.pathAllowed) totals.allowlistedFiles++;
  for (const finding of result.findings) totals.findings.push(finding);
  for (const suppression of result.suppressed) totals.suppressed.push(suppression);
};

/**
 * Feeds a source to the detector: in batches to a worker pool (results applied in source order,
 * a bounded number of batches in flight so memory stays flat), or in-process.
 */
export const scanSource = async (
  source: AsyncIterable<SourceItem>,
  detector: Detector | DetectPool,
  totals: ScanTotals = emptyTotals(),
  onItem?: (totals: ScanTotals) => void,
): Promise<ScanTotals> => {
  const inFlight: Array<{ readonly results: Promise<DetectResult[]>; readonly bytes: number }> = [];
  let inFlightBytes = 0;
  let batch: Array<Fragment | RawFragment> = [];
  let batchBytes = 0;
  const drainTo = async (limit: number, bytes: number): Promise<void> => {
    while (inFlight.length > limit || (inFlight.length > 0 && inFlightBytes > bytes)) {
      const head = inFlight.shift() as { results: Promise<DetectResult[]>; bytes: number };
      inFlightBytes -= head.bytes;
      for (const result of await head.results) record(totals, result);
    }
  };
  const flush = async (): Promise<void> => {
    if (batch.length === 0 || !('close' in detector)) return;
    const results = detector.detect(batch);
    // Observed later, in order; a failure must not surface as an unhandled rejection meanwhile.
    results.catch(() => undefined);
    inFlight.push({ results, bytes: batchBytes });
    inFlightBytes += batchBytes;
    batch = [];
    batchBytes = 0;
    await drainTo(IN_FLIGHT, IN_FLIGHT_BYTES);
  };
  for await (const item of source) {
    if (item.kind === 'skipped') {
      totals.skipped.push({ path: item.path, reason: item.reason });
      continue;
    }
    if (item.file) totals.files++;
    totals.bytes += item.bytes;
    onItem?.(totals);
    const fragment = item.fragment;
    if (!('close' in detector)) {
      if (isRaw(fragment) && fragment.added) record(totals, detectChanged(fragment, detector, pathOnlyOf(detector)));
      else if (isRaw(fragment)) {
        const decoded = decodeRaw(fragment);
        const found = detector.detect(decoded.fragment, decoded.utf8);
        record(totals, fragment.owns ? keepOwned(found, fragment.owns, pathOnlyOf(detector)) : found);
      } else record(totals, detector.detect(fragment));
      continue;
    }
    // A large file goes to the workers in pieces, scanned side by side.
    for (const piece of isRaw(fragment) ? splitRaw(fragment) : [fragment]) {
      batch.push(piece);
      batchBytes += isRaw(piece) ? piece.raw.length : piece.text.length;
      if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_FRAGMENTS) await flush();
    }
  }
  await flush();
  await drainTo(0, 0);
  return totals;
};

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);

/** Stable report order: file, line, column, rule. */
export const sortFindings = (findings: readonly Finding[]): Finding[] =>
  [...findings].sort(
    (a, b) =>
      compare(a.file, b.file) || compare(a.line, b.line) || compare(a.column, b.column) || compare(a.ruleId, b.ruleId),
  );
