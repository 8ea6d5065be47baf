// A one-line progress display on a terminal (stderr), never in pipes or CI logs.
import type { Io } from './io.js';
import type { CommonOptions } from './options.js';
import type { ScanTotals } from '../scan/scan-source.js';
import { formatBytes } from '../report/summary-line.js';

export type ProgressTick = (totals: ScanTotals) => void;

const INTERVAL_MS = 120;

const eta = (seconds: number): string => (seconds >= 90 ? `${Math.round(seconds / 60)} min` : `${Math.max(1, Math.round(seconds))} s`);

/** How much a scan will read, once known: blobs (history by blobs) or commits (history by diffs). */
export interface ScanTotal {
  readonly unit: 'blob' | 'commit';
  readonly count: number;
}

/** With a known `total`, the line shows how far along the scan is and an ETA. */
export const createProgress = (
  io: Io,
  options: CommonOptions,
  commits: () => number,
  total: () => ScanTotal | undefined = () => undefined,
): { tick: ProgressTick; done: () => void } | undefined => {
  const wanted = options.progress ?? (io.stderr.isTTY === true && io.env['CI'] === undefined && !options.quiet);
  if (!wanted) return undefined;
  const started = Date.now();
  let last = 0;
  let shown = false;
  let knewTotal = false;
  const tick: ProgressTick = (totals) => {
    const now = Date.now();
    const expected = total();
    // The total arrives while the scan runs (history counts beside it): drawn at once when it does,
    // so a short scan shows how far along it is and not only the line without it.
    const newTotal = !knewTotal && expected !== undefined;
    if (now - last < INTERVAL_MS && !newTotal) return;
    knewTotal ||= newTotal;
    last = now;
    const seconds = Math.max(0.001, (now - started) / 1000);
    const count = commits();
    let what = count > 0 ? `${count} commits` : `${totals.files} files`;
    if (expected !== undefined && expected.count > 0) {
      const done = Math.min(expected.unit === 'blob' ? totals.files : count, expected.count);
      const along = `${done}/${expected.count} (${Math.floor((100 * done) / expected.count)}%${done > 0 ? `, ETA ${eta((seconds * (expected.count - done)) / done)}` : ''})`;
      what = expected.unit === 'blob' ? `${count} commits, blob ${along}` : `commit ${along}`;
    }
    io.stderr.write(`\r\u001b[2Kscanning: ${what}, ${formatBytes(totals.bytes)} (${formatBytes(Math.round(totals.bytes / seconds))}/s), ${totals.findings.length} candidates`);
    shown = true;
  };
  return {
    tick,
    done: () => {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
};
