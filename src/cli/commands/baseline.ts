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
import { fileRequest } from './scan.js';

export interface BaselineOptions extends CommonOptions {
  readonly paths: readonly string[];
  readonly history: boolean;
  readonly range: string | undefined;
  readonly prune: boolean;
  readonly ignore: boolean;
}

export const baselineCommand = async (io: Io, options: BaselineOptions): Promise<ExitCode> => {
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
    const result = updateBaseline(current, findings, options.prune);
    writeBaseline(path, result.baseline);
    return result;
  });
  if (!options.quiet) {
    io.stderr.write(
      `leakgate: ${shown}: ${update.baseline.entries.length} entries (${update.added} added, ${update.pruned} pruned). Commit it; new secrets will still fail the scan.\n`,
    );
  }
  return ExitCode.Clean;
};
