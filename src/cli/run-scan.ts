// The path every scanning command shares: detect, filter, report, exit code.
import { resolve } from 'node:path';
import { createDetector } from '../detect/detector.js';
import type { DetectPool } from '../scan/worker-pool.js';
import { takePool } from '../scan/pool-prestart.js';
import { keywordIndexFor } from '../rules/keyword-index-cache.js';
import type { Finding, SuppressionReason } from '../detect/types.js';
import type { ScanConfig } from '../config/load-config.js';
import { ExitCode } from '../exit-codes.js';
import { formatReport } from '../report/format-report.js';
import { maybeRedact } from '../report/redact.js';
import type { Report, ScanMode } from '../report/report.js';
import { withCorrelations } from '../report/with-correlations.js';
import { Chalk } from 'chalk';
import { summaryLine } from '../report/text.js';
import { emptyTotals, scanSource, sortFindings, type ScanTotals } from '../scan/scan-source.js';
import type { SourceItem } from '../sources/source-item.js';
import { useColor, type Io } from './io.js';
import type { CommonOptions } from './options.js';
import { toolVersion } from './version.js';
import { createProgress, type ScanTotal } from './progress.js';
import { writeFileAtomic } from './write-output.js';

export interface ScanRequest {
  readonly mode: ScanMode;
  /** Stamped on the report and each JSON finding (--repo). */
  readonly repository?: string;
  /** With it, each finding carries an HMAC of its secret (report/correlation.ts). */
  readonly correlationKey?: Buffer;
  readonly target: string;
  readonly source: AsyncIterable<SourceItem>;
  /** Turns raw findings into what is reported (history: one per secret, attributed). */
  readonly consolidate?: (findings: readonly Finding[]) => Finding[] | Promise<Finding[]>;
  readonly commits?: () => number;
  /** The route a history scan took (known once it has started). */
  readonly route?: () => 'diff' | 'blobs' | undefined;
  /** How much the scan will read, once known: for the progress line's ETA (asked only when it is shown). */
  readonly total?: () => ScanTotal | undefined;
  readonly notes?: () => readonly string[];
  /** Workers started early, before the config was loaded. */
  readonly pool?: DetectPool;
  /**
   * Detect in this thread, without workers (a small staged change with vetted rules only: a
   * worker's start-up would cost more than the scan). No watchdog then.
   */
  readonly inProcess?: boolean;
}

/** Drops the findings a baseline already knows; returns what is new and how many were dropped. */
export type BaselineFilter = (findings: readonly Finding[], totals: ScanTotals) => readonly Finding[];

const countSuppressed = (totals: ScanTotals): Record<SuppressionReason, number> => {
  const counts: Record<SuppressionReason, number> = { allowlist: 0, inline: 0, baseline: 0 };
  for (const item of totals.suppressed) counts[item.reason]++;
  return counts;
};

const describeSuppressions = (totals: ScanTotals): string =>
  totals.suppressed
    .map((item) => `leakgate: suppressed ${item.ruleId} at ${item.file}:${item.line} by ${item.reason}: ${item.by}\n`)
    .join('');

export const emitReport = (io: Io, options: CommonOptions, report: Report): void => {
  const color = options.output === undefined && useColor(io, options.color);
  const text = formatReport(report, options.format, color);
  if (options.output !== undefined) writeFileAtomic(resolve(io.cwd, options.output), text);
  else io.stdout.write(text);
  // Machine formats keep stdout clean: the human summary goes to stderr.
  if ((options.format !== 'text' || options.output !== undefined) && !options.quiet) {
    const skipped = report.skipped.length > 0 ? ` · skipped ${report.skipped.length} (listed in the report)` : '';
    io.stderr.write(`leakgate: ${summaryLine(new Chalk({ level: 0 }), report)}${skipped}\n`);
    for (const note of report.notes) io.stderr.write(`leakgate: note: ${note}\n`);
  }
};

export interface Collected {
  /** Findings after allowlists and inline markers, consolidated, before the baseline. */
  readonly findings: Finding[];
  readonly totals: ScanTotals;
  readonly durationMs: number;
}

/** Detects and consolidates; the baseline command stops here, the scans go on to report. */
export const collectFindings = async (
  options: CommonOptions,
  config: ScanConfig,
  request: ScanRequest,
  onItem?: (totals: ScanTotals) => void,
): Promise<Collected> => {
  const started = performance.now();
  let totals: ScanTotals;
  if (request.inProcess) {
    const detector = createDetector(config.rules, config.allowlists, { includeInvalid: options.includeInvalid }, keywordIndexFor(config.rules));
    totals = await scanSource(request.source, detector, emptyTotals(), onItem);
  } else {
    const pool = request.pool ?? takePool();
    pool.configure(config, { detector: { includeInvalid: options.includeInvalid }, timeoutMs: options.ruleTimeout * 1000 });
    try {
      totals = await scanSource(request.source, pool, emptyTotals(), onItem);
    } finally {
      await pool.close();
    }
  }
  const findings = request.consolidate ? await request.consolidate(totals.findings) : totals.findings;
  return { findings, totals, durationMs: performance.now() - started };
};

export const runScan = async (
  io: Io,
  options: CommonOptions,
  config: ScanConfig,
  request: ScanRequest,
  baseline?: BaselineFilter,
): Promise<ExitCode> => {
  const started = performance.now();
  const progress = createProgress(io, options, request.commits ?? (() => 0), request.total);
  let collected: Collected;
  try {
    collected = await collectFindings(options, config, request, progress?.tick);
  } finally {
    progress?.done();
  }
  const { findings: consolidated, totals } = collected;
  const fresh = baseline ? baseline(consolidated, totals) : consolidated;
  const findings = sortFindings(fresh);
  if (options.verbose) io.stderr.write(describeSuppressions(totals));
  const route = request.route?.();
  const report: Report = {
    mode: request.mode,
    ...(request.repository !== undefined ? { repository: request.repository } : {}),
    target: request.target,
    rules: config.rules,
    files: totals.files,
    commits: request.commits?.() ?? 0,
    ...(route ? { route } : {}),
    bytes: totals.bytes,
    durationMs: Math.round(performance.now() - started),
    findings: withCorrelations(findings, maybeRedact(findings, options.redact), request.correlationKey),
    skipped: totals.skipped,
    suppressed: countSuppressed(totals),
    notes: request.notes?.() ?? [],
    toolVersion: toolVersion(),
  };
  emitReport(io, options, report);
  io.onReport?.(report);
  return findings.length > 0 ? ExitCode.Findings : ExitCode.Clean;
};
