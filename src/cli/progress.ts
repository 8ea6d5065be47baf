// A one-line progress display on a terminal (stderr), never in pipes or CI logs.
import type { Io } from './io.js';
import type { CommonOptions } from './options.js';
import type { ScanTotals } from '../scan/scan-source.js';
import { formatBytes } from '../report/text.js';

export type ProgressTick = (totals: ScanTotals) => void;

const INTERVAL_MS = 120;

export const createProgress = (io: Io, options: CommonOptions, commits: () => number): { tick: ProgressTick; done: () => void } | undefined => {
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
    const what = count > 0 ? `${count} commits` : `${totals.files} files`;
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
