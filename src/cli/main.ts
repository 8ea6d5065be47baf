// The CLI: parses arguments, runs one command, returns its exit code. Nothing runs at import time.
import type { Argv } from 'yargs';
import { isLeakgateError, LeakgateError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { processIo, type Io } from './io.js';
import { IGNORE_OPTION, readCommonOptions, STDIN_ARG, withCommonOptions } from './options.js';
import { fastPath, type Run } from './fast-path.js';
import { escapeControl } from '../report/escape-control.js';
import { normalizeRedactFlag } from './redact-flag.js';
import { readGitleaksFlags } from './gitleaks-flags.js';
import { usageMessage } from './usage-errors.js';
import { toolVersion } from './version.js';
import { ORG_OPTIONS, readOrgOptions } from './org-options.js';
import { withOptions } from './with-options.js';


const restoreStdin = (paths: readonly string[]): string[] => paths.map((path) => (path === STDIN_ARG ? '-' : path));

/** Positional paths, with those given after `--` (yargs leaves them, after the command, in `_`). */
const pathsOf = (args: { readonly paths: readonly string[]; readonly _: ReadonlyArray<string | number> }): string[] =>
  restoreStdin([...args.paths, ...args._.slice(1).map(String)]);

/** An error message on one line, with no control character from a path or a git message reaching the terminal. */
const oneLine = (text: string): string => escapeControl(text.replace(/\s*\n\s*/g, ' ').trim());

const buildParser = (yargs: () => Argv, io: Io, select: (run: Run) => void, argv: readonly string[]): Argv =>
  yargs()
    .scriptName('leakgate')
    .usage('leakgate <command> [options]\n\nFinds secrets in files, staged changes and git history.')
    .strict()
    .exitProcess(false)
    .version(toolVersion())
    .help()
    .wrap(Math.min(100, (io.stdout as { columns?: number }).columns ?? 100))
    .fail((message, error) => {
      throw error ?? new LeakgateError('usage', usageMessage(oneLine(message), argv));
    })
    .command(
      'scan [paths..]',
      'scan files and directories ("-" reads stdin)',
      (y) =>
        withOptions(withCommonOptions(y), ORG_OPTIONS)
          .positional('paths', { type: 'string', array: true, default: [] as string[], describe: 'files or directories (default: .)' })
          .option('ignore', { type: 'boolean', default: IGNORE_OPTION.default as boolean, describe: IGNORE_OPTION.describe }),
      (args) =>
        select(async () => {
          const { scanCommand } = await import('./commands/scan.js');
          return scanCommand(io, { ...readCommonOptions(args), ...readOrgOptions(args), paths: pathsOf(args), ignore: args.ignore });
        }),
    )
    .command(
      'staged',
      'scan what is staged for commit (the pre-commit hook)',
      (y) => withCommonOptions(y),
      (args) =>
        select(async () => {
          const { stagedCommand } = await import('./commands/git-scans.js');
          return stagedCommand(io, readCommonOptions(args));
        }),
    )
    .command(
      'history [range]',
      'scan git history: every ref by default, or a range such as origin/main..HEAD',
      (y) =>
        withOptions(withCommonOptions(y), ORG_OPTIONS)
          .positional('range', { type: 'string', describe: 'A..B, A...B or a single ref (default: all refs)' })
          .option('since', { type: 'string', describe: 'only commits newer than this date (git log --since)' })
          .option('route', {
            choices: ['auto', 'diff', 'blobs'] as const,
            default: 'auto' as const,
            describe: 'how a full-history scan reads git: diff = each commit\'s added lines (git log -p), blobs = each unique blob once (git cat-file) with a git log --raw attribution pass',
          }),
      (args) =>
        select(async () => {
          const { historyCommand } = await import('./commands/git-scans.js');
          return historyCommand(io, { ...readCommonOptions(args), ...readOrgOptions(args), range: args.range, since: args.since, route: args.route });
        }),
    )
    .command(
      'baseline [paths..]',
      'record the current findings as known, so that only new ones fail a scan',
      (y) =>
        withCommonOptions(y)
          .positional('paths', { type: 'string', array: true, default: [] as string[] })
          .option('history', { type: 'boolean', default: false, describe: 'baseline what a history audit finds' })
          .option('range', { type: 'string', describe: 'with --history: only this range' })
          .option('prune', { type: 'boolean', default: false, describe: 'drop entries this kind of scan found before and no longer finds (reviewed ones are kept)' })
          .option('prune-reviewed', { type: 'boolean', default: false, describe: 'prune reviewed entries too (verdicts recorded by audit)' })
          .option('ignore', { type: 'boolean', default: true, describe: 'honour .gitignore' })
          .option('import', { type: 'string', describe: 'carry over a detect-secrets .secrets.baseline (the findings whose secret matches its SHA-1)' }),
      (args) =>
        select(async () => {
          const { baselineCommand } = await import('./commands/baseline.js');
          return baselineCommand(io, { ...readCommonOptions(args), paths: pathsOf(args), history: args.history, range: args.range, prune: args.prune, pruneReviewed: args.pruneReviewed, ignore: args.ignore, import: args.import });
        }),
    )
    .command(
      'audit',
      'review baseline entries one by one on a terminal: false positive, accepted, or must fix',
      (y) =>
        withCommonOptions(y)
          .option('history', { type: 'boolean', default: false, describe: 'review entries from a history baseline' })
          .option('all', { type: 'boolean', default: false, describe: 'review entries that already have a verdict too' }),
      (args) =>
        select(async () => {
          const { auditCommand } = await import('./commands/audit.js');
          return auditCommand(io, { ...readCommonOptions(args), history: args.history, all: args.all });
        }),
    )
    .command(
      'init',
      'write .leakgate.toml and install the pre-commit hook',
      (y) =>
        y
          .option('husky', { type: 'boolean', default: false, describe: 'add leakgate to .husky/pre-commit' })
          .option('git', { type: 'boolean', default: false, describe: 'write .git/hooks/pre-commit (the default)' })
          .option('pre-commit', { type: 'boolean', default: false, describe: 'add leakgate to .pre-commit-config.yaml' })
          .option('lefthook', { type: 'boolean', default: false, describe: 'add leakgate to lefthook.yml' })
          .option('force', { type: 'boolean', default: false, describe: 'replace a pre-commit hook that is not leakgate\'s' }),
      (args) =>
        select(async () => {
          const { initCommand } = await import('./commands/init.js');
          const managers = (['husky', 'git', 'pre-commit', 'lefthook'] as const).filter((name) => args[name] === true);
          return initCommand(io, managers, args.force);
        }),
    )
    .command(
      'rules <action> [file]',
      'list the rules, or check a rules file (compile, examples, negatives, unique ids)',
      (y) =>
        y
          .positional('action', { choices: ['list', 'check'] as const, describe: 'list (the rules in use) | check FILE (check a rules file)' })
          .positional('file', { type: 'string', describe: 'the rules file to check' })
          .option('format', { alias: 'f', choices: ['text', 'json'] as const, default: 'text' as const })
          .option('config', { type: 'string', describe: 'config file whose rules to list' }),
      (args) =>
        select(async () => {
          const { rulesCheck, rulesList } = await import('./commands/rules.js');
          if (args.action === 'list') return rulesList(io, args.format, args.config);
          if (args.file === undefined) throw new LeakgateError('usage', 'rules check needs a file: leakgate rules check rules/my-rules.toml');
          return rulesCheck(io, args.file);
        }),
    )
    .command(
      'report <action> [inputs..]',
      'merge JSON reports (files, folders, globs, or - for JSON lines on stdin) into one: leakgate report merge reports/',
      (y) =>
        y
          .positional('action', { choices: ['merge'] as const, describe: 'merge' })
          .positional('inputs', { type: 'string', array: true, default: [] as string[], describe: 'JSON reports, folders of them, globs, or -' })
          .option('format', { alias: 'f', choices: ['text', 'json', 'sarif', 'csv', 'markdown', 'html'] as const, default: 'text' as const, describe: 'merged report format' })
          .option('output', { alias: 'o', type: 'string', describe: 'write the merged report to this file instead of stdout' })
          .option('expect', { type: 'string', describe: 'file listing the repositories expected, one per line: any without a report is listed as failed' })
          .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'no summary line on stderr' }),
      (args) =>
        select(async () => {
          const { reportMergeCommand } = await import('./commands/report.js');
          return reportMergeCommand(io, { inputs: pathsOf({ paths: args.inputs, _: args._ }), format: args.format, output: args.output === STDIN_ARG ? undefined : args.output, expect: args.expect, quiet: args.quiet });
        }),
    )
    .command('version', 'print leakgate\'s version', (y) => y, () => select(() => {
      io.stdout.write(`${toolVersion()}\n`);
      return ExitCode.Clean;
    }))
    .command(
      'completion <shell>',
      'print a shell completion script: leakgate completion bash >> ~/.bashrc (zsh: ~/.zshrc; fish: ~/.config/fish/completions/leakgate.fish)',
      (y) => y.positional('shell', { choices: ['bash', 'zsh', 'fish'] as const, describe: 'bash | zsh | fish' }),
      (args) =>
        select(async () => {
          const { completionScript } = await import('./completion.js');
          io.stdout.write(completionScript(args.shell as 'bash' | 'zsh' | 'fish'));
          return ExitCode.Clean;
        }),
    )
    .demandCommand(1, 'name a command: scan, staged, history, baseline, audit, init, rules, report, version or completion (see leakgate --help)');

/**
 * Commands that scan with the worker pool: it starts before their arguments are even parsed.
 * Not `scan`: most scans of a folder are small enough to detect in-process (cli/in-process.ts),
 * and a worker started for nothing takes a core from the main thread; a large one starts its pool
 * once it has read past that size. Nor a history range: see RANGE_IN_PROCESS_BYTES.
 */
const POOLED = new Set(['history', 'baseline']);
const wantsPool = (argv: readonly string[]): boolean =>
  POOLED.has(argv[0] ?? '') && !argv.some((arg) => arg === '--help' || arg === '-h' || arg === '--version') && !(argv[0] === 'history' && argv.some((arg) => arg.includes('..')));

export const main = async (given: readonly string[], io: Io = processIo()): Promise<ExitCode> => {
  let run: Run | undefined;
  try {
    if (wantsPool(given)) (await import('../scan/pool-prestart.js')).prestartPool();
    const { argv, exitCode } = readGitleaksFlags(normalizeRedactFlag(given));
    // --exit-code N (gitleaks): the code for new findings; errors stay 2.
    const finish = (code: ExitCode): ExitCode => (code === ExitCode.Findings && exitCode !== undefined ? (exitCode as ExitCode) : code);
    const fast = fastPath(argv, io);
    if (fast) return finish(await fast());
    let output = '';
    const { default: yargs } = await import('yargs');
    await buildParser(yargs, io, (chosen) => {
      run = chosen;
    }, argv).parseAsync(argv.map((arg) => (arg === '-' ? STDIN_ARG : arg)), {}, (_error, _args, text) => {
      output = text;
    });
    if (run === undefined) {
      // --help or --version: yargs produced the text.
      io.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
      return ExitCode.Clean;
    }
    return finish(await run());
  } catch (error) {
    if (isLeakgateError(error)) {
      io.stderr.write(`leakgate: ${oneLine(error.message)}\n`);
      return ExitCode.Error;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`leakgate: internal error: ${oneLine(message)} (please report this)\n`);
    return ExitCode.Error;
  }
};
