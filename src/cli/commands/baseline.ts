// leakgate baseline [PATH...] [--history [RANGE]] [--prune]: record current findings as known.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { baselineTarget, readBaseline, writeBaseline } from '../../baseline/baseline-file.js';
import { withBaselineLock } from '../../baseline/baseline-lock.js';
import { newBaseline } from '../../baseline/baseline.js';
import { updateBaseline } from '../../baseline/update-baseline.js';
import { ExitCode } from '../../exit-codes.js';
import { findRepoRoot } from '../../sources/walk-files.js';
import { repoRoot } from '../../sources/repo.js';
import type { Io } from '../io.js';
import type { CommonOptions } from '../options.js';
import { collectFindings, type ScanRequest } from '../run-scan.js';
import { configFor, historyRequest } from './git-scans.js';
import { fileRequest, scanScope } from './scan.js';
import type { PruneScope } from '../../baseline/prune-scope.js';
import { LeakgateError } from '../../errors.js';

export interface BaselineOptions extends CommonOptions {
  readonly paths: readonly string[];
  readonly history: boolean;
  readonly range: string | undefined;
  readonly prune: boolean;
  /** With prune: drop reviewed entries (a verdict from audit) too. */
  readonly pruneReviewed: boolean;
  readonly ignore: boolean;
}

export const baselineCommand = async (io: Io, options: BaselineOptions): Promise<ExitCode> => {
  if (options.prune && options.history && options.range !== undefined) {
    throw new LeakgateError('usage', '--prune with --range: a range sees only part of history, so it cannot tell which entries are gone (prune after a full `leakgate baseline --history`)');
  }
  const root = options.history ? await repoRoot(io.cwd) : findRepoRoot(io.cwd) ?? io.cwd;
  const path = baselineTarget(root, options.baseline, io.cwd);
  const shown = relative(io.cwd, path) || path;
  // Fail on a corrupt baseline before scanning.
  if (existsSync(path)) readBaseline(path, shown);
  const config = configFor(io, options, root);
  const request: ScanRequest = options.history
    ? await historyRequest(root, config, { range: options.range, since: undefined, maxFileSize: options.maxFileSize })
    : fileRequest(io, options.paths, root, options);
  const { findings } = await collectFindings(options, config, request);
  const update = await withBaselineLock(path, () => {
    const current = existsSync(path) ? readBaseline(path, shown) : newBaseline();
    const scope: PruneScope = options.history ? { mode: 'history', covers: () => true } : scanScope(io, options.paths, root);
    const result = updateBaseline(current, findings, { scope, prune: options.prune || options.pruneReviewed, pruneReviewed: options.pruneReviewed });
    writeBaseline(path, result.baseline);
    return result;
  });
  if (!options.quiet) {
    io.stderr.write(
      `leakgate: ${shown}: ${update.baseline.entries.length} entries (${update.added} added, ${update.pruned} pruned). Commit it; new secrets will still fail the scan.\n`,
    );
    if (update.keptReviewed > 0) {
      io.stderr.write(`leakgate: kept ${update.keptReviewed} reviewed entr${update.keptReviewed === 1 ? 'y' : 'ies'} no longer found (their verdicts are kept: --prune-reviewed drops them)\n`);
    }
  }
  return ExitCode.Clean;
};
