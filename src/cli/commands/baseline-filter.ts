// Wires the baseline into a scan: known findings are suppressed and counted, the rest are new.
import { relative } from 'node:path';
import { baselinePath, readBaseline } from '../../baseline/baseline-file.js';
import { partitionFindings } from '../../baseline/partition.js';
import type { Io } from '../io.js';
import type { CommonOptions } from '../options.js';
import type { BaselineFilter } from '../run-scan.js';

export const baselineFilterFor = (io: Io, options: CommonOptions, root: string): BaselineFilter | undefined => {
  const path = baselinePath(root, options.baseline, io.cwd);
  if (path === undefined) return undefined;
  // Read before scanning: a corrupt baseline is an error (exit 2) before any work is done.
  const shown = relative(io.cwd, path) || path;
  const baseline = readBaseline(path, shown);
  return (findings, totals) => {
    const { fresh, known, unused } = partitionFindings(findings, baseline);
    for (const { finding, entry } of known) {
      totals.suppressed.push({ reason: 'baseline', ruleId: finding.ruleId, file: finding.file, line: finding.line, by: `${shown} entry ${entry.hash.slice(0, 12)} (${entry.status})` });
    }
    if (options.reportUnused && unused.length > 0) {
      io.stderr.write(`leakgate: ${unused.length} baseline entr${unused.length === 1 ? 'y is' : 'ies are'} no longer found (run \`leakgate baseline --prune\`):\n`);
      for (const entry of unused) io.stderr.write(`  ${entry.ruleId} in ${entry.file} (${entry.hash.slice(0, 12)})\n`);
    }
    return fresh;
  };
};
