// A scan that fails (exit 2) still leaves a JSON report when one was asked for (--format json
// --output FILE), holding the error instead of findings: an org-wide merge then lists the
// repository as failed instead of silently missing it.
import { resolve } from 'node:path';
import { isLeakgateError } from '../errors.js';
import type { ScanMode } from '../report/report.js';
import { defaultRepoName } from '../sources/repo-name.js';
import type { Io } from './io.js';
import type { CommonOptions } from './options.js';
import type { OrgOptions } from './org-options.js';
import { toolVersion } from './version.js';
import { writeFileAtomic } from './write-output.js';

export const failureReportJson = (mode: ScanMode, target: string, repository: string, error: unknown): string => {
  const code = isLeakgateError(error) ? error.code : 'internal';
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ').trim();
  const report = {
    version: 1,
    tool: { name: 'leakgate', version: toolVersion() },
    scan: { mode, target, repository },
    error: { code, message },
    findings: [],
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};

/** Runs a scan; if it throws and a JSON file was asked for, writes the failure there, then rethrows. */
export const withFailureReport = async <T>(
  io: Io,
  options: CommonOptions & OrgOptions,
  what: { readonly mode: ScanMode; readonly target: string; readonly root: () => string },
  run: () => Promise<T>,
): Promise<T> => {
  try {
    return await run();
  } catch (error) {
    const output = options.output === undefined ? undefined : resolve(io.cwd, options.output);
    // When writing the report is what failed (a full disk, a size limit), nothing is written there.
    const writing = isLeakgateError(error) && error.code === 'io' && output !== undefined && error.message.includes(output);
    if (options.format === 'json' && output !== undefined && !writing) {
      const repository = options.repo ?? (await defaultRepoName(what.root()));
      try {
        writeFileAtomic(output, failureReportJson(what.mode, what.target, repository, error));
      } catch {
        // The original error matters more than this one.
      }
    }
    throw error;
  }
};
