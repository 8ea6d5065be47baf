// The GitHub Action: event → range, scan, job summary, annotations, SARIF, outputs, exit status.
import { appendFileSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { main } from '../cli/main.js';
import type { Io } from '../cli/io.js';
import { writeFileAtomic } from '../cli/write-output.js';
import { isLeakgateError, LeakgateError } from '../errors.js';
import { escapeControl } from '../report/escape-control.js';
import { formatGithub } from '../report/github.js';
import type { Report } from '../report/report.js';
import { formatSarif } from '../report/sarif.js';
import { repoRoot } from '../sources/repo.js';
import { ensureHistory, rangeOf } from './ensure-history.js';
import { jobSummary } from './job-summary.js';
import { planFromEvent } from './scan-plan.js';

export type ActionEnv = Readonly<Record<string, string | undefined>>;

const escapeCommand = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Splits the `args` input into words; single or double quotes keep spaces. */
export const splitArgs = (text: string | undefined): string[] =>
  [...(text ?? '').matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');

const readEvent = (path: string | undefined): unknown => {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new LeakgateError('usage', `cannot read the event payload ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
};

const appendTo = (file: string | undefined, text: string): void => {
  if (file) appendFileSync(file, text);
};

export const runAction = async (env: ActionEnv, io: Io): Promise<number> => {
  const input = (name: string): string | undefined => env[`INPUT_${name.toUpperCase()}`]?.trim() || undefined;
  const workspace = env['GITHUB_WORKSPACE'] ?? io.cwd;
  try {
    const plan = planFromEvent(env['GITHUB_EVENT_NAME'] ?? '', readEvent(env['GITHUB_EVENT_PATH']));
    io.stdout.write(`leakgate: ${plan.why}\n`);
    if (plan.kind === 'none') {
      appendTo(env['GITHUB_OUTPUT'], 'findings=0\n');
      return 0;
    }
    const root = await repoRoot(workspace);
    for (const note of await ensureHistory(root, plan)) io.stdout.write(`leakgate: ${note}\n`);
    const range = await rangeOf(root, plan);
    const config = input('config');
    const baseline = input('baseline');
    const args = [
      'history',
      ...(range ? [range] : []),
      ...(config ? ['--config', config] : []),
      ...(baseline ? ['--baseline', baseline] : []),
      ...splitArgs(input('args')),
      '--format',
      'text',
    ];
    let report: Report | undefined;
    // The scan's own error line (a missing config, a bad ref) is the annotation's message: the
    // annotation is what a reviewer sees, often without opening the log.
    let cause = '';
    const stderr = {
      ...io.stderr,
      write: (text: string) => {
        const line = text.split('\n').filter((l) => /^leakgate: (?!note:)/.test(l)).pop();
        if (line) cause = line.replace(/^leakgate: /, '');
        return io.stderr.write(text);
      },
    };
    const code = await main(args, { ...io, stderr, cwd: root, onReport: (emitted) => (report = emitted) });
    if (code === 2 || report === undefined) throw new LeakgateError('internal', `the scan did not complete: ${cause || 'see the log above'}`);
    const sarifInput = input('sarif') ?? 'leakgate.sarif';
    const sarif = isAbsolute(sarifInput) ? sarifInput : join(workspace, sarifInput);
    writeFileAtomic(sarif, formatSarif(report));
    io.stdout.write(formatGithub(report));
    appendTo(env['GITHUB_STEP_SUMMARY'], jobSummary(report, plan.why));
    appendTo(env['GITHUB_OUTPUT'], `findings=${report.findings.length}\nsarif=${sarif}\n`);
    const fail = (input('fail') ?? 'true').toLowerCase() !== 'false';
    return code === 1 && fail ? 1 : 0;
  } catch (error) {
    const message = isLeakgateError(error) || error instanceof Error ? error.message : String(error);
    // Line breaks become the annotation's own (%0A); any other control character is shown escaped in the log.
    io.stdout.write(`::error title=leakgate::${escapeControl(escapeCommand(message))}\n`);
    appendTo(env['GITHUB_STEP_SUMMARY'], `## leakgate: scan failed\n\n${message}\n`);
    return 2;
  }
};
