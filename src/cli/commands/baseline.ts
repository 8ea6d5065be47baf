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
import type { Finding } from '../../detect/types.js';
import { describeUnmatched, importDetectSecrets, importShown, readDetectSecretsBaseline } from './baseline-import.js';

export interface BaselineOptions extends CommonOptions {
  readonly paths: readonly string[];
  readonly history: boolean;
  readonly range: string | undefined;
  readonly prune: boolean;
  /** With prune: drop reviewed entries (a verdict from audit) too. */
  readonly pruneReviewed: boolean;
  readonly ignore: boolean;
  /** A detect-secrets .secrets.baseline to carry over (baseline-import.ts). */
  readonly import?: string | undefined;
}

const importInto = async (io: Io, file: string, path: string, shown: string, findings: readonly Finding[]): Promise<ExitCode> => {
  const from = importShown(io.cwd, file);
  const results = readDetectSecretsBaseline(from.path, from.shown);
  const result = await withBaselineLock(path, () => {
    const imported = importDetectSecrets(existsSync(path) ? readBaseline(path, shown) : newBaseline(), findings, results);
    writeBaseline(path, imported.baseline);
    return imported;
  });
  io.stderr.write(`leakgate: ${shown}: ${result.baseline.entries.length} entries (${result.added} imported from ${from.shown}). Commit it, and delete ${from.shown}: a scan reports its hashed_secret values as secrets.\n`);
  io.stderr.write(describeUnmatched(result.unmatched, from.shown));
  return ExitCode.Clean;
};

export const baselineCommand = async (io: Io, options: BaselineOptions): Promise<ExitCode> => {
  if (options.import !== undefined && options.history) throw new LeakgateError('usage', '--import reads a detect-secrets baseline of the files: it does not go with --history');
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
  if (options.import !== undefined) return importInto(io, options.import, path, shown, findings);
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
