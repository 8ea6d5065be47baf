// leakgate scan [PATH...]: files and directories ("-" reads stdin).
import { resolve } from 'node:path';
import { loadConfig } from '../../config/load-config.js';
import { LeakgateError } from '../../errors.js';
import type { ExitCode } from '../../exit-codes.js';
import { fileSource, stdinSource } from '../../sources/file-source.js';
import { findRepoRoot } from '../../sources/walk-files.js';
import type { Io } from '../io.js';
import type { CommonOptions } from '../options.js';
import { runScan } from '../run-scan.js';
import { baselineFilterFor } from './baseline-filter.js';

export interface ScanOptions extends CommonOptions {
  readonly paths: readonly string[];
  readonly ignore: boolean;
}

export const scanCommand = async (io: Io, options: ScanOptions): Promise<ExitCode> => {
  const paths = options.paths.length === 0 ? ['.'] : options.paths;
  const stdin = paths.includes('-');
  if (stdin && paths.length > 1) throw new LeakgateError('usage', 'scan reads either stdin ("-") or paths, not both');
  const root = findRepoRoot(io.cwd) ?? io.cwd;
  const config = loadConfig(root, options.config === undefined ? undefined : resolve(io.cwd, options.config), io.cwd);
  const source = stdin
    ? stdinSource(io.stdin)
    : fileSource(paths.map((path) => resolve(io.cwd, path)), { root, gitignore: options.ignore, maxFileSize: options.maxFileSize });
  return runScan(io, options, config, { mode: 'scan', target: paths.join(' '), source }, baselineFilterFor(io, options, root));
};
