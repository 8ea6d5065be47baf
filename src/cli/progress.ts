// A one-line progress display on a terminal (stderr), never in pipes or CI logs.
import type { Io } from './io.js';
import type { CommonOptions } from './options.js';
import type { ScanTotals } from '../scan/scan-source.js';
import { formatBytes } from '../report/text.js';

export type ProgressTick = (totals: ScanTotals) => void;

const INTERVAL_MS = 120;

const eta = (seconds: number): string => (seconds >= 90 ? `${Math.round(seconds / 60)} min` : `${Math.max(1, Math.round(seconds))} s`);

/**
 * `total` is the number of files (blobs) the scan will read when it is known in advance (a full
 * history read blob by blob): the line then shows how far along it is and an ETA.
 */
export const createProgress = (
  io: Io,
  options: CommonOptions,
  commits: () => number,
  total: () => number | undefined = () => undefined,
): { tick: ProgressTick; done: () => void } | undefined => {
  const wanted = options.progress ?? (io.stderr.isTTY === true && io.env['CI'] === undefined && !options.quiet);
  if (!wanted) return undefined;
  const started = Date.now();
  let last = 0;
  let shown = false;
  const tick: ProgressTick = (totals) => {
    const now = Date.now();
    if (now - last < INTERVAL_MS) return;
    last = now;
    const seconds = Math.max(0.001, (now - started) / 1000);
    const count = commits();
    const expected = total();
    const done = Math.min(totals.files, expected ?? 0);
    const what =
      expected !== undefined && expected > 0
        ? `${count} commits, blob ${done}/${expected} (${Math.floor((100 * done) / expected)}%${done > 0 ? `, ETA ${eta((seconds * (expected - done)) / done)}` : ''})`
        : count > 0
          ? `${count} commits`
          : `${totals.files} files`;
    io.stderr.write(`\r\u001b[2Kscanning: ${what}, ${formatBytes(totals.bytes)} (${formatBytes(totals.bytes / seconds)}/s), ${totals.findings.length} candidates`);
    shown = true;
  };
  return {
    tick,
    done: () => {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
};
