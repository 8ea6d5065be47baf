// What every reporter receives: the scan's figures and its findings (already redacted or not).
import type { Finding, Rule, SuppressionReason } from '../detect/types.js';
import type { Skipped } from '../scan/scan-source.js';

export type ScanMode = 'scan' | 'staged' | 'history';

/** A finding as reported: with its correlation HMAC when a key was given (report/correlation.ts). */
export type ReportFinding = Finding & { readonly correlation?: string };

export interface Report {
  readonly mode: ScanMode;
  /** The repository this report speaks for (--repo, or the origin remote's owner/name). */
  readonly repository?: string;
  readonly target: string;
  readonly rules: readonly Rule[];
  readonly files: number;
  readonly commits: number;
  /** How a history scan read git: each commit's added lines, or each unique blob once. */
  readonly route?: 'diff' | 'blobs';
  readonly bytes: number;
  readonly durationMs: number;
  readonly findings: readonly ReportFinding[];
  readonly skipped: readonly Skipped[];
  readonly suppressed: Readonly<Record<SuppressionReason, number>>;
  /** Files passed over whole by a path allowlist (not read, so their findings are unknown). */
  readonly allowlistedFiles: number;
  /** Notes the user must see (a shallow clone, history not scanned). */
  readonly notes: readonly string[];
  readonly toolVersion: string;
  /** --explain (or -v): say for each finding why it fired and what would silence it. */
  readonly explain?: boolean;
}

export const FORMATS = ['text', 'json', 'sarif', 'junit', 'github', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];
