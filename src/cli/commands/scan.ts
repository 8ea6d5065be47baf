// leakgate scan [PATH...]: files and directories ("-" reads stdin).
import { relative, resolve } from 'node:path';
import { coveringPaths, type PruneScope } from '../../baseline/prune-scope.js';
import { configFor } from '../config-for.js';
import { LeakgateError } from '../../errors.js';
import type { ExitCode } from '../../exit-codes.js';
import { fileSource, stdinSource } from '../../sources/file-source.js';
import { notScanned } from '../../sources/not-scanned.js';
import { notScannedNotes } from '../not-scanned-notes.js';
import { findRepoRoot, toPosix } from '../../sources/walk-files.js';
import type { Io } from '../io.js';
import type { CommonOptions } from '../options.js';
import { runScan, type ScanRequest } from '../run-scan.js';
import { baselineFilterFor } from './baseline-filter.js';
import { checkTargets } from '../check-targets.js';
import { withFailureReport } from '../failure-report.js';
import { orgRequest, type OrgOptions } from '../org-options.js';
import { inProcessWhenSmall } from '../in-process.js';

export interface ScanOptions extends CommonOptions, Partial<OrgOptions> {
  readonly paths: readonly string[];
  readonly ignore: boolean;
}

/** Files, directories or stdin as a request: shared by `scan`, `baseline` and `audit`. */
export const fileRequest = (io: Io, paths: readonly string[], root: string, options: { ignore: boolean; maxFileSize: number }): ScanRequest => {
  const targets = paths.length === 0 ? ['.'] : paths;
  const stdin = targets.includes('-');
  if (stdin && targets.length > 1) throw new LeakgateError('usage', 'scan reads either stdin ("-") or paths, not both');
  if (!stdin) checkTargets(targets, io.cwd);
  const seen = notScanned();
  const source = stdin
    ? stdinSource(io.stdin, options.maxFileSize)
    : fileSource(targets.map((path) => resolve(io.cwd, path)), { root, gitignore: options.ignore, maxFileSize: options.maxFileSize, seen });
  return { mode: 'scan', target: targets.join(' '), source, notes: () => notScannedNotes(seen) };
};

/** What a files scan covers, for the baseline's prune (paths relative to the root; "." for all). */
export const scanScope = (io: Io, paths: readonly string[], root: string): PruneScope => {
  const targets = paths.length === 0 ? ['.'] : paths;
  const relativeToRoot = targets.map((path) => (path === '-' ? '-' : toPosix(relative(root, resolve(io.cwd, path))) || '.'));
  return { mode: 'scan', covers: coveringPaths(relativeToRoot) };
};

export const scanCommand = async (io: Io, options: ScanOptions): Promise<ExitCode> => {
  const repoRoot = findRepoRoot(io.cwd);
  const root = repoRoot ?? io.cwd;
  const org = { ...options, repo: options.repo, correlationKeyFile: options.correlationKeyFile };
  const target = (options.paths.length === 0 ? ['.'] : options.paths).join(' ');
  return withFailureReport(io, org, { mode: 'scan', target, root: () => root }, async () => {
    // The request first: its git ls-files runs while the config and baseline are read.
    const files = fileRequest(io, options.paths, root, options);
    const config = configFor(io, options, root);
    const baseline = baselineFilterFor(io, options, root, scanScope(io, options.paths, root));
    const request = { ...files, ...inProcessWhenSmall(config), ...(await orgRequest(io, org, root, repoRoot !== undefined)) };
    return runScan(io, options, config, request, baseline);
  });
};
