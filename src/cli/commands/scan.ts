// leakgate scan [PATH...]: files and directories ("-" reads stdin).
import { resolve } from 'node:path';
import { loadConfig } from '../../config/load-config.js';
import { LeakgateError } from '../../errors.js';
import type { ExitCode } from '../../exit-codes.js';
import { fileSource, stdinSource } from '../../sources/file-source.js';
import { notScanned } from '../../sources/not-scanned.js';
import { notScannedNotes } from '../not-scanned-notes.js';
import { findRepoRoot } from '../../sources/walk-files.js';
import type { Io } from '../io.js';
import type { CommonOptions } from '../options.js';
import { runScan, type ScanRequest } from '../run-scan.js';
import { baselineFilterFor } from './baseline-filter.js';

export interface ScanOptions extends CommonOptions {
  readonly paths: readonly string[];
  readonly ignore: boolean;
}

/** Files, directories or stdin as a request: shared by `scan`, `baseline` and `audit`. */
export const fileRequest = (io: Io, paths: readonly string[], root: string, options: { ignore: boolean; maxFileSize: number }): ScanRequest => {
  const targets = paths.length === 0 ? ['.'] : paths;
  const stdin = targets.includes('-');
  if (stdin && targets.length > 1) throw new LeakgateError('usage', 'scan reads either stdin ("-") or paths, not both');
  const seen = notScanned();
  const source = stdin
    ? stdinSource(io.stdin)
    : fileSource(targets.map((path) => resolve(io.cwd, path)), { root, gitignore: options.ignore, maxFileSize: options.maxFileSize, seen });
  return { mode: 'scan', target: targets.join(' '), source, notes: () => notScannedNotes(seen) };
};

export const scanCommand = async (io: Io, options: ScanOptions): Promise<ExitCode> => {
  const root = findRepoRoot(io.cwd) ?? io.cwd;
  const config = loadConfig(root, options.config === undefined ? undefined : resolve(io.cwd, options.config), io.cwd);
  const baseline = baselineFilterFor(io, options, root);
  return runScan(io, options, config, fileRequest(io, options.paths, root, options), baseline);
};
