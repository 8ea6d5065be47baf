// leakgate staged · leakgate history [RANGE]
import { resolve } from 'node:path';
import type { ScanConfig } from '../../config/load-config.js';
import { configFor } from '../config-for.js';
import type { ExitCode } from '../../exit-codes.js';
import { consolidateHistory } from '../../scan/consolidate-history.js';
import { historySource } from '../../sources/history-source.js';
import { blobHistorySource, type BlobHistory } from '../../sources/blob-history-source.js';
import { chooseRoute } from '../../sources/choose-route.js';
import { startBlobHistory, type LiveBlobHistory } from '../../sources/live-blob-history.js';
import { attributeBlobFindings } from '../../scan/attribute-blobs.js';
import { markPresentInHead } from '../../sources/present-in-head.js';
import { checkSince, countCommits, hasCommit, historyRewrites, historyRoot, isShallow, repoRoot } from '../../sources/repo.js';
import { LeakgateError } from '../../errors.js';
import { stagedSource } from '../../sources/staged-source.js';
import { messageSource } from '../../sources/message-source.js';
import { notScanned } from '../../sources/not-scanned.js';
import { notScannedNotes } from '../not-scanned-notes.js';
import type { Finding } from '../../detect/types.js';
import type { Io } from '../io.js';
import type { CommonOptions } from '../options.js';
import type { ScanTotal } from '../progress.js';
import { runScan, type ScanRequest } from '../run-scan.js';
import { startPool } from '../../scan/worker-pool.js';
import { baselineFilterFor } from './baseline-filter.js';
import { withFailureReport } from '../failure-report.js';
import { orgRequest, type OrgOptions } from '../org-options.js';
import { hasOwnRegexes } from '../in-process.js';

const BLOCKED_HELP = `
leakgate blocked this commit: the staged changes hold the secrets above. Three ways out:
  1. remove the secret from the file (and rotate it: it may already be copied elsewhere), then git add it again;
  2. if it is not a secret, mark the line with a comment containing leakgate:allow;
  3. to accept it knowingly, record it: leakgate baseline, then commit .leakgate-baseline.json.
In an emergency, git commit --no-verify skips the hook (CI will still scan).
`;

async function* then<T>(...sources: ReadonlyArray<AsyncIterable<T>>): AsyncGenerator<T> {
  for (const source of sources) yield* source;
}

export { configFor } from '../config-for.js';

export { hasOwnRegexes } from '../in-process.js';

/**
 * The pre-commit hook. With the built-in rules and allowlists only (vetted: every one linear on
 * adversarial input, npm run bench), detection runs in this thread: a worker's start-up (~60 ms:
 * an isolate, its modules, compiling the rules again) cost more than scanning a commit. A config's
 * own rules or allowlist regexes run in one worker, under the watchdog (--rule-timeout).
 */
export const stagedCommand = async (io: Io, options: CommonOptions): Promise<ExitCode> => {
  const root = await repoRoot(io.cwd);
  // git diff runs while the config and baseline are read.
  const seen = notScanned();
  const staged = stagedSource(root, options.maxFileSize, seen);
  let config: ScanConfig;
  let baseline: ReturnType<typeof baselineFilterFor>;
  try {
    config = configFor(io, options, root);
    baseline = baselineFilterFor(io, options, root);
  } catch (error) {
    staged.cancel();
    throw error;
  }
  const source = staged.items;
  const request: ScanRequest =
    !hasOwnRegexes(config) ? { mode: 'staged', target: 'index', source, inProcess: true } : { mode: 'staged', target: 'index', source, pool: startPool(1) };
  const code = await runScan(io, options, config, { ...request, notes: () => notScannedNotes(seen) }, baseline);
  if (code === 1 && options.format === 'text' && !options.quiet) io.stderr.write(BLOCKED_HELP);
  return code;
};

export interface HistoryCommandOptions extends CommonOptions, Partial<OrgOptions> {
  readonly range: string | undefined;
  readonly since: string | undefined;
  readonly route: HistoryRoute;
}

/**
 * How a full-history scan reads git: each commit's added lines, or each unique blob once; auto
 * decides from the attribution pass and the objects' sizes (see sources/history-cost.ts).
 */
export type HistoryRoute = 'auto' | 'diff' | 'blobs';

export interface HistoryRequestOptions {
  readonly range: string | undefined;
  readonly since: string | undefined;
  readonly maxFileSize: number;
  readonly route?: HistoryRoute;
}

/**
 * A range (CI's base..head) is detected in this thread for its first bytes, as `staged` is, and
 * on the workers past them: a worker's start-up (a thread, the modules, the rules compiled and
 * warmed: ~100-150 ms on 2 cores) costs more than scanning a few MB here, and a range's changed
 * files are read whole, so even 100 commits of eslint pass 4 MiB. Measured in
 * docs/performance.md ("short ranges"). A config's own regexes always run under the watchdog.
 */
export const RANGE_IN_PROCESS_BYTES = 16 * 1024 * 1024;
/** LEAKGATE_RANGE_BYTES overrides it, as LEAKGATE_WORKERS does the pool's size (to measure, and in tests). */
const rangeInProcessBytes = (): number => Number(process.env['LEAKGATE_RANGE_BYTES']) || RANGE_IN_PROCESS_BYTES;

/** The history scan as a request: shared by `history`, `baseline --history` and `audit --history`. */
export const historyRequest = async (root: string, config: ScanConfig, options: HistoryRequestOptions): Promise<ScanRequest> => {
  // Independent checks, each a git process: side by side (a short range is mostly such fixed costs).
  const [, notes, shallow] = await Promise.all([options.since === undefined ? undefined : checkSince(root, options.since), historyRewrites(root), isShallow(root)]);
  const seen = notScanned();
  const allNotes = (): string[] => [...notes, ...notScannedNotes(seen)];
  if (shallow) {
    notes.push('this is a shallow clone: commits beyond its depth were not scanned (git fetch --unshallow, or fetch-depth: 0 in actions/checkout, for a full audit)');
  }
  let commits = 0;
  const whole = options.range === undefined && options.since === undefined;
  const route = options.route ?? 'auto';
  // Allowlisted commits are known only per commit: the blob route sees each blob once, not each commit.
  const byCommit = [...config.allowlists, ...config.rules.flatMap((rule) => rule.allowlists)].some((allowlist) => allowlist.commits.length > 0);
  if (whole && route === 'blobs' && byCommit) notes.push('the config allowlists commits: history was read commit by commit (--route diff)');
  if (!whole && route === 'blobs') notes.push('a range or --since is read commit by commit (--route blobs applies to a full audit)');
  // Counted only if a progress line asks (on a terminal), beside the scan.
  let total: ScanTotal | undefined;
  let counting = false;
  const commitTotal = (): ScanTotal | undefined => {
    if (!counting && total === undefined) {
      counting = true;
      countCommits(root, options.range === undefined ? ['--all'] : [options.range], options.since).then(
        (count) => (total ??= { unit: 'commit', count }),
        () => undefined,
      );
    }
    return total;
  };
  const messages = messageSource(root, { revisions: options.range === undefined ? ['--all'] : [options.range], since: options.since, tags: options.range === undefined });
  if (!whole || route === 'diff' || byCommit) {
    const source = then(historySource(root, { ...options, onCommit: () => commits++, seen }), messages);
    return {
      ...(!whole && !hasOwnRegexes(config) ? { inProcessFirst: rangeInProcessBytes() } : {}),
      mode: 'history',
      target: options.range ?? '--all',
      source,
      consolidate: async (findings) => markPresentInHead(root, consolidateHistory(findings)),
      commits: () => commits,
      total: commitTotal,
      route: () => 'diff',
      notes: allNotes,
    };
  }
  let history: BlobHistory | undefined;
  let chosen: 'diff' | 'blobs' | undefined;
  const source = async function* () {
    // The attribution pass names each blob's paths; the blob route scans beside it (blobHistorySource).
    let live: LiveBlobHistory | undefined = startBlobHistory(root, () => commits++, seen);
    try {
      chosen = route === 'blobs' ? 'blobs' : await chooseRoute(root, live);
    } catch (error) {
      live.stop();
      throw error;
    }
    if (chosen === 'diff') {
      total = { unit: 'commit', count: (await live.done).commits.length };
      live = undefined;
      commits = 0;
      seen.submodules.clear();
      yield* historySource(root, { ...options, onCommit: () => commits++, seen });
      return;
    }
    const read = live;
    history = read.history;
    read.done.then(() => (total = { unit: 'blob', count: read.files() }), () => undefined);
    yield* blobHistorySource(root, read, { maxFileSize: options.maxFileSize, seen });
  };
  // Messages and tagged blobs carry no blob to attribute: consolidated as the diff route does.
  const consolidateBlobs = (findings: readonly Finding[], read: BlobHistory): Finding[] => [
    ...attributeBlobFindings(findings.filter((finding) => finding.blob !== undefined), read),
    ...consolidateHistory(findings.filter((finding) => finding.blob === undefined)),
  ];
  return {
    mode: 'history',
    target: '--all',
    source: then(source(), messages),
    consolidate: async (findings) =>
      markPresentInHead(root, chosen === 'blobs' && history ? consolidateBlobs(findings, history) : consolidateHistory(findings)),
    commits: () => commits,
    total: () => total,
    route: () => chosen,
    notes: allNotes,
  };
};

/**
 * In a full clone a range end that is not a commit is a typo or a branch not fetched, not a
 * shallow checkout: say so (a shallow clone gets checkRange's fetch-depth advice).
 */
const checkRangeExists = async (root: string, range: string | undefined): Promise<void> => {
  if (range === undefined || range.startsWith('-') || (await isShallow(root))) return;
  for (const end of range.split(/\.{2,3}/)) {
    if (end !== '' && !(await hasCommit(root, end))) {
      throw new LeakgateError('git', `"${end}"${end === range ? '' : ` in ${range}`} does not exist in this repository: no branch, tag or commit has that name (git branch -a, git tag list them)`);
    }
  }
};

export const historyCommand = async (io: Io, options: HistoryCommandOptions): Promise<ExitCode> => {
  const org = { ...options, repo: options.repo, correlationKeyFile: options.correlationKeyFile };
  let root = io.cwd;
  return withFailureReport(io, org, { mode: 'history', target: options.range ?? '--all', root: () => root }, async () => {
    root = await historyRoot(io.cwd);
    await checkRangeExists(root, options.range);
    const config = configFor(io, options, root);
    const whole = options.range === undefined && options.since === undefined;
    const baseline = baselineFilterFor(io, options, root, whole ? { mode: 'history', covers: () => true } : undefined);
    const request = await historyRequest(root, config, { range: options.range, since: options.since, maxFileSize: options.maxFileSize, route: options.route });
    return runScan(io, options, config, { ...request, ...(await orgRequest(io, org, root)) }, baseline);
  });
};
