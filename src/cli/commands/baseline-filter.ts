// Wires the baseline into a scan: known findings are suppressed and counted, the rest are new.
import { relative } from 'node:path';
import { baselinePath, readBaseline } from '../../baseline/baseline-file.js';
import type { BaselineEntry } from '../../baseline/baseline.js';
import { partitionFindings } from '../../baseline/partition.js';
import { isReviewed, prunable, type PruneScope } from '../../baseline/prune-scope.js';
import { escapeControl } from '../../report/escape-control.js';
import type { Io } from '../io.js';
import type { CommonOptions } from '../options.js';
import type { BaselineFilter } from '../run-scan.js';
import { gitleaksKnown } from '../gitleaks-known.js';

const listed = (io: Io, entries: readonly BaselineEntry[]): void => {
  for (const entry of entries) io.stderr.write(`  ${escapeControl(entry.ruleId)} in ${escapeControl(entry.file)} (${entry.hash.slice(0, 12)}, ${entry.status})\n`);
};

/**
 * --report-unused: the entries that `leakgate baseline --prune` of the same kind would drop, and
 * the reviewed ones it would keep. Entries this run could not have found (another kind of run's,
 * or outside the scanned paths) are not "unused"; a staged scan or a range can say nothing.
 */
const reportUnused = (io: Io, unused: readonly BaselineEntry[], scope: PruneScope | undefined): void => {
  if (!scope) {
    io.stderr.write('leakgate: --report-unused needs a scan of files or a full history audit: this scan saw only part of what the baseline covers\n');
    return;
  }
  const gone = unused.filter((entry) => prunable(entry, scope));
  const plain = gone.filter((entry) => !isReviewed(entry));
  const reviewed = gone.filter(isReviewed);
  const command = scope.mode === 'history' ? 'leakgate baseline --history --prune' : 'leakgate baseline --prune';
  if (plain.length > 0) {
    io.stderr.write(`leakgate: ${plain.length} baseline entr${plain.length === 1 ? 'y is' : 'ies are'} no longer found (run \`${command}\`):\n`);
    listed(io, plain);
  }
  if (reviewed.length > 0) {
    io.stderr.write(`leakgate: ${reviewed.length} reviewed baseline entr${reviewed.length === 1 ? 'y is' : 'ies are'} no longer found (kept by a prune: \`${command} --prune-reviewed\` drops them too):\n`);
    listed(io, reviewed);
  }
};

/** The baseline, and what a team moving from gitleaks accepted (.gitleaksignore, --baseline-path), as one filter. */
export const baselineFilterFor = (io: Io, options: CommonOptions, root: string, scope?: PruneScope): BaselineFilter | undefined => {
  const own = ownBaselineFilter(io, options, root, scope);
  const gitleaks = gitleaksKnown(root, io.cwd, options.gitleaksBaseline);
  if (!gitleaks) return own;
  return {
    salt: own?.salt,
    apply: (findings, totals) => {
      const rest = gitleaks.apply(findings, totals.suppressed);
      return own ? own.apply(rest, totals) : rest;
    },
  };
};

const ownBaselineFilter = (io: Io, options: CommonOptions, root: string, scope?: PruneScope): BaselineFilter | undefined => {
  const path = baselinePath(root, options.baseline, io.cwd);
  if (path === undefined) return undefined;
  // Read before scanning: a corrupt baseline is an error (exit 2) before any work is done.
  const shown = relative(io.cwd, path) || path;
  const baseline = readBaseline(path, shown);
  return {
    salt: baseline.salt,
    apply: (findings, totals) => {
      const { fresh, known, unused } = partitionFindings(findings, baseline);
      for (const { finding, entry } of known) {
        totals.suppressed.push({ reason: 'baseline', ruleId: finding.ruleId, file: finding.file, line: finding.line, by: `${shown} entry ${entry.hash.slice(0, 12)} (${entry.status})` });
      }
      if (options.reportUnused) reportUnused(io, unused, scope);
      return fresh;
    },
  };
};
