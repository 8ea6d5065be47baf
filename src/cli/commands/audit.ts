// leakgate audit: walks the baseline's entries on a terminal and records a verdict for each.
// Resumable: entries already reviewed are passed over unless --all. The baseline is written after
// every answer, so quitting (or a crash) loses nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { baselineTarget, readBaseline, writeBaseline } from '../../baseline/baseline-file.js';
import { withBaselineLock } from '../../baseline/baseline-lock.js';
import { entryKey, type BaselineEntry, type BaselineStatus } from '../../baseline/baseline.js';
import { partitionFindings } from '../../baseline/partition.js';
import type { Finding } from '../../detect/types.js';
import { LeakgateError } from '../../errors.js';
import { ExitCode } from '../../exit-codes.js';
import { redactSecret } from '../../report/redact.js';
import { repoRoot } from '../../sources/repo.js';
import { findRepoRoot } from '../../sources/walk-files.js';
import type { Io } from '../io.js';
import type { CommonOptions } from '../options.js';
import { collectFindings } from '../run-scan.js';
import { configFor, historyRequest } from './git-scans.js';
import { fileRequest } from './scan.js';

export interface AuditOptions extends CommonOptions {
  readonly history: boolean;
  readonly all: boolean;
}

const VERDICTS: Readonly<Record<string, BaselineStatus>> = { f: 'false-positive', a: 'accepted', m: 'must-fix' };

/** A few lines around the finding, every secret found in the file masked (not only this one). */
const context = (root: string, finding: Finding, secrets: readonly string[], redact: boolean): string[] => {
  const file = join(root, finding.file);
  const shown = (line: string): string =>
    redact ? secrets.reduce((text, secret) => text.split(secret).join(redactSecret(secret)), line) : line;
  if (finding.commit || !existsSync(file)) return [`    ${shown(finding.match)}`];
  const lines = readFileSync(file, 'utf8').split('\n');
  const from = Math.max(0, finding.line - 3);
  return lines.slice(from, finding.line + 2).map((line, i) => {
    const number = from + i + 1;
    return `${number === finding.line ? '>' : ' '} ${String(number).padStart(5)} | ${shown(line).slice(0, 200)}`;
  });
};

async function* readLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string, void, undefined> {
  let pending = '';
  for await (const chunk of input) {
    pending += chunk.toString();
    for (let newline = pending.indexOf('\n'); newline !== -1; newline = pending.indexOf('\n')) {
      yield pending.slice(0, newline).replace(/\r$/, '');
      pending = pending.slice(newline + 1);
    }
  }
  if (pending) yield pending;
}

export const auditCommand = async (io: Io, options: AuditOptions): Promise<ExitCode> => {
  if (io.stdin.isTTY !== true || io.stdout.isTTY !== true) {
    throw new LeakgateError('usage', 'leakgate audit is interactive: run it in a terminal (to edit verdicts by hand, set "status" in the baseline file)');
  }
  const root = options.history ? await repoRoot(io.cwd) : findRepoRoot(io.cwd) ?? io.cwd;
  const path = baselineTarget(root, options.baseline, io.cwd);
  const shown = relative(io.cwd, path) || path;
  if (!existsSync(path)) throw new LeakgateError('baseline', `no baseline at ${shown}: create one with \`leakgate baseline\` first`);
  const baseline = readBaseline(path, shown);
  const config = configFor(io, options, root);
  const request = options.history
    ? await historyRequest(root, config, { range: undefined, since: undefined, maxFileSize: options.maxFileSize })
    : fileRequest(io, [], root, { ignore: true, maxFileSize: options.maxFileSize });
  const { findings } = await collectFindings(options, config, request);
  const { known } = partitionFindings(findings, baseline);
  const secretsIn = (file: string): string[] => findings.filter((f) => f.file === file).map((f) => f.secret);
  const todo = new Map<string, { entry: BaselineEntry; finding: Finding }>();
  for (const pair of known) {
    if (options.all || pair.entry.status === 'unreviewed') todo.set(entryKey(pair.entry), pair);
  }
  if (todo.size === 0) {
    io.stdout.write(`Nothing to review in ${shown} (${baseline.entries.length} entries; --all reviews them again).\n`);
    return ExitCode.Clean;
  }
  const lines = readLines(io.stdin);
  const ask = async (question: string): Promise<string | undefined> => {
    io.stdout.write(question);
    const next = await lines.next();
    return next.done ? undefined : next.value.trim();
  };
  let n = 0;
  let reviewed = 0;
  try {
    for (const [key, { entry, finding }] of todo) {
      n++;
      io.stdout.write(`\n[${n}/${todo.size}] ${finding.ruleId} in ${finding.file}:${finding.line} (now: ${entry.status})\n`);
      io.stdout.write(`  ${finding.description}: ${options.redact ? redactSecret(finding.secret) : finding.secret}\n`);
      io.stdout.write(`${context(root, finding, secretsIn(finding.file), options.redact).join('\n')}\n`);
      const answer = (await ask('(f)alse positive, (a)ccepted risk, (m)ust fix, (s)kip, (q)uit? '))?.toLowerCase();
      if (answer === undefined || answer === 'q') break;
      const status = VERDICTS[answer[0] ?? ''];
      if (!status) continue;
      const note = (await ask('note (optional): ')) ?? '';
      await withBaselineLock(path, () => {
        const current = readBaseline(path, shown);
        const entries = current.entries.map((e) => (entryKey(e) === key ? { ...e, status, note } : e));
        writeBaseline(path, { ...current, entries });
      });
      reviewed++;
    }
  } finally {
    await lines.return(undefined);
  }
  io.stdout.write(`\nRecorded ${reviewed} verdict${reviewed === 1 ? '' : 's'} in ${shown}.\n`);
  return ExitCode.Clean;
};
