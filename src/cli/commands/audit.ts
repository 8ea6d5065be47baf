// leakgate audit: walks the baseline's entries on a terminal and records a verdict for each.
// Resumable: entries already reviewed are passed over unless --all. The baseline is written after
// every answer, so quitting (or a crash) loses nothing.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { baselineTarget, readBaseline, writeBaseline } from '../../baseline/baseline-file.js';
import { withBaselineLock } from '../../baseline/baseline-lock.js';
import { entryKey, type BaselineEntry, type BaselineStatus } from '../../baseline/baseline.js';
import { partitionFindings } from '../../baseline/partition.js';
import type { Finding } from '../../detect/types.js';
import { LeakgateError } from '../../errors.js';
import { ExitCode } from '../../exit-codes.js';
import { escapeControl as e } from '../../report/escape-control.js';
import { redactSecret } from '../../report/redact.js';
import { auditContext } from '../audit-context.js';
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

const PROMPT = '(f)alse positive, (a)ccepted risk, (m)ust fix, (s)kip, (q)uit? ';

/** Asks until the answer is one of the keys: a typo used to skip the entry silently. */
const askVerdict = async (ask: (question: string) => Promise<string | undefined>, io: Io): Promise<BaselineStatus | 'skip' | 'quit'> => {
  for (;;) {
    const answer = (await ask(PROMPT))?.toLowerCase();
    if (answer === undefined || answer === 'q' || answer === 'quit') return 'quit';
    if (answer === 's' || answer === 'skip') return 'skip';
    // A key, or a word it stands for ("false", "accepted", "must-fix").
    const status = Object.entries(VERDICTS).find(([key, name]) => answer === key || (answer.length > 1 && (name.startsWith(answer) || name.replace('-', ' ').startsWith(answer))))?.[1];
    if (status) return status;
    io.stdout.write(`"${e(answer)}" is not an answer: type f, a, m, s or q, then Enter\n`);
  }
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
  const inFile = (file: string): Finding[] => findings.filter((f) => f.file === file);
  const percent = options.redact ? options.redactPercent : undefined;
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
      io.stdout.write(`\n[${n}/${todo.size}] ${e(finding.ruleId)} in ${e(finding.file)}:${finding.line} (now: ${entry.status})\n`);
      io.stdout.write(`  ${e(finding.description)}: ${e(percent === undefined ? finding.secret : redactSecret(finding.secret, percent))}\n`);
      io.stdout.write(`${auditContext(root, finding, inFile(finding.file), percent).join('\n')}\n`);
      const answer = await askVerdict(ask, io);
      if (answer === 'quit') break;
      if (answer === 'skip') continue;
      const status = answer;
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
