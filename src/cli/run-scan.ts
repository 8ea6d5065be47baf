// The path every scanning command shares: detect, filter, report, exit code.
import { resolve } from 'node:path';
import { createDetector } from '../detect/detector.js';
import type { DetectPool } from '../scan/worker-pool.js';
import { dropPool, prestartPool, takePool } from '../scan/pool-prestart.js';
import { peekSource } from '../scan/peek-source.js';
import { keywordIndexFor } from '../rules/keyword-index-cache.js';
import type { Confidence, Finding, SuppressionReason } from '../detect/types.js';
import { meetsFloor } from '../detect/generic/confidence.js';
import type { ScanConfig } from '../config/load-config.js';
import { ExitCode } from '../exit-codes.js';
import { formatReport } from '../report/format-report.js';
import { createMasker, maybeRedact, secretsOf } from '../report/redact.js';
import { escapeControl as e } from '../report/escape-control.js';
import { reportedFingerprints } from '../detect/fingerprint.js';
import type { Report, ScanMode } from '../report/report.js';
import { withCorrelations } from '../report/with-correlations.js';
import { PLAIN, summaryLine } from '../report/summary-line.js';
import { emptyTotals, scanSource, sortFindings, type ScanTotals } from '../scan/scan-source.js';
import { splitSource } from '../scan/split-source.js';
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
  /**
   * Detect in this thread if the whole input comes to at most this many bytes, measured by reading
   * ahead (a small `scan`): see cli/in-process.ts.
   */
  readonly inProcessUpTo?: number;
  /**
   * Detect in this thread until the source has yielded this many bytes, and on the workers from
   * there (a short range in CI: small ones never wait for a worker; large ones still use both cores).
   */
  readonly inProcessFirst?: number;
}

export interface BaselineFilter {
  /** The baseline's salt: the key of the reported fingerprints (detect/fingerprint.ts); none without a baseline file. */
  readonly salt: string | undefined;
  /** Drops the findings the baseline already knows (counted in totals); returns what is new. */
  readonly apply: (findings: readonly Finding[], totals: ScanTotals) => readonly Finding[];
}

const countSuppressed = (totals: ScanTotals): Record<SuppressionReason, number> => {
  const counts: Record<SuppressionReason, number> = { allowlist: 0, inline: 0, baseline: 0, checksum: 0, 'not-a-secret': 0, confidence: 0 };
  for (const item of totals.suppressed) counts[item.reason]++;
  return counts;
};

const describeSuppressions = (totals: ScanTotals, mask: (text: string) => string): string =>
  totals.suppressed
    .map((item) => `leakgate: suppressed ${e(item.ruleId)} at ${e(mask(item.file))}:${item.line} by ${item.reason}: ${e(item.by)}\n`)
    .join('');

export const emitReport = async (io: Io, options: CommonOptions, report: Report): Promise<void> => {
  const color = options.output === undefined && useColor(io, options.color);
  const text = await formatReport(report, options.format, color);
  if (options.output !== undefined) writeFileAtomic(resolve(io.cwd, options.output), text);
  else io.stdout.write(text);
  // Machine formats keep stdout clean: the human summary goes to stderr.
  if ((options.format !== 'text' || options.output !== undefined) && !options.quiet) {
    const skipped = report.skipped.length > 0 ? ` · skipped ${report.skipped.length} (listed in the report)` : '';
    io.stderr.write(`leakgate: ${summaryLine(PLAIN, report)}${skipped}\n`);
    for (const note of report.notes) io.stderr.write(`leakgate: note: ${e(note)}\n`);
  }
};

export interface Collected {
  /** Findings after allowlists and inline markers, consolidated, before the baseline. */
  readonly findings: Finding[];
  readonly totals: ScanTotals;
  readonly durationMs: number;
}

/** Keeps the findings that clear the confidence floor; the others are counted as suppressed. */
const aboveFloor = (findings: readonly Finding[], floor: Confidence, totals: ScanTotals): Finding[] => {
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (meetsFloor(finding.confidence, floor)) kept.push(finding);
    else totals.suppressed.push({ reason: 'confidence', ruleId: finding.ruleId, file: finding.file, line: finding.line, by: `${finding.confidence} confidence, below the floor (${floor}; --confidence low shows it)` });
  }
  return kept;
};

/** In this thread or in workers: as the request says, or by the size of its input, read ahead. */
const chooseThread = async (request: ScanRequest): Promise<{ inProcess: boolean; source: AsyncIterable<SourceItem> }> => {
  if (request.inProcess === true || request.inProcessUpTo === undefined) return { inProcess: request.inProcess === true, source: request.source };
  const peeked = await peekSource(request.source, request.inProcessUpTo);
  return { inProcess: peeked.whole, source: peeked.source };
};

/** Detects and consolidates; the baseline command stops here, the scans go on to report. */
export const collectFindings = async (
  options: CommonOptions,
  config: ScanConfig,
  request: ScanRequest,
  onItem?: (totals: ScanTotals) => void,
): Promise<Collected> => {
  const started = performance.now();
  let totals: ScanTotals;
  const onPool = async (source: AsyncIterable<SourceItem>, into: ScanTotals): Promise<ScanTotals> => {
    const pool = request.pool ?? takePool();
    pool.configure(config, { detector: { includeInvalid: options.includeInvalid, docs: config.docs }, timeoutMs: options.ruleTimeout * 1000 });
    try {
      return await scanSource(source, pool, into, onItem);
    } finally {
      await pool.close();
    }
  };
  const inThread = () => createDetector(config.rules, config.allowlists, { includeInvalid: options.includeInvalid, docs: config.docs }, keywordIndexFor(config.rules));
  if (request.inProcessFirst !== undefined && request.inProcess !== true) {
    const split = splitSource(request.source, request.inProcessFirst, request.pool ? undefined : prestartPool);
    totals = await scanSource(split.head, inThread(), emptyTotals(), onItem);
    if (split.more()) totals = await onPool(split.rest, totals);
  } else {
    const { inProcess, source } = await chooseThread(request);
    if (inProcess) dropPool(request.pool);
    totals = inProcess ? await scanSource(source, inThread(), emptyTotals(), onItem) : await onPool(source, emptyTotals());
  }
  const consolidated = request.consolidate ? await request.consolidate(totals.findings) : totals.findings;
  const findings = aboveFloor(consolidated, options.confidence ?? config.confidence ?? 'medium', totals);
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
  const fresh = baseline ? baseline.apply(consolidated, totals) : consolidated;
  const findings = reportedFingerprints(sortFindings(fresh), baseline?.salt);
  // Every secret the scan found (known to the baseline or not) is masked wherever it shows up.
  const percent = options.redact ? options.redactPercent : undefined;
  const mask = percent === undefined ? (text: string) => text : createMasker(secretsOf(consolidated), percent);
  if (options.verbose) io.stderr.write(describeSuppressions(totals, mask));
  const route = request.route?.();
  const report: Report = {
    mode: request.mode,
    ...(request.repository !== undefined ? { repository: request.repository } : {}),
    target: mask(request.target),
    rules: config.rules,
    files: totals.files,
    commits: request.commits?.() ?? 0,
    ...(route ? { route } : {}),
    bytes: totals.bytes,
    durationMs: Math.round(performance.now() - started),
    findings: withCorrelations(findings, maybeRedact(findings, percent, consolidated), request.correlationKey),
    skipped: totals.skipped.map((item) => ({ path: mask(item.path), reason: item.reason })),
    suppressed: countSuppressed(totals),
    allowlistedFiles: totals.allowlistedFiles,
    notes: (request.notes?.() ?? []).map(mask),
    toolVersion: toolVersion(),
    ...(options.explain ? { explain: true } : {}),
  };
  await emitReport(io, options, report);
  io.onReport?.(report);
  return findings.length > 0 ? ExitCode.Findings : ExitCode.Clean;
};
