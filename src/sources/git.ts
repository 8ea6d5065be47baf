// The one module that runs git: argument arrays, never a shell; flags that keep a hostile
// repository's config from running anything or changing what we read.
// https://git-scm.com/docs/git-config
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { devNull } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { LeakgateError } from '../errors.js';

/**
 * Config that must not come from the repository under scan: no fsmonitor hook, no pager, no
 * external diff, no colour, paths unquoted but for control characters, fixed diff prefixes.
 */
const SAFE_CONFIG = [
  'core.fsmonitor=false',
  'core.untrackedCache=false',
  'core.pager=cat',
  'core.quotepath=false',
  'diff.external=',
  'diff.noprefix=false',
  'diff.mnemonicPrefix=false',
  'diff.relative=false',
  'diff.renames=true',
  'color.ui=false',
  'log.showSignature=false',
  'log.follow=false',
  'core.splitIndex=false',
  // The root commit's diff is shown whatever log.showRoot says (a root commit can add a secret).
  'log.showRoot=true',
  'advice.graftFileDeprecated=false',
];

export const SAFE_ARGS: readonly string[] = ['--no-pager', ...SAFE_CONFIG.flatMap((setting) => ['-c', setting])];

/**
 * Environment for git: nothing that runs a program, prompts, or takes locks a reader does not need.
 * - GIT_ALLOW_PROTOCOL set to no protocol at all: no transport can start, so a partial clone's
 *   lazy fetch of a missing object (git 2.39 has no GIT_NO_LAZY_FETCH) fails before it runs the
 *   promisor's uploadpack, core.sshCommand, a remote helper or anything else; the fetch is a child
 *   git that inherits this environment. https://git-scm.com/docs/git#Documentation/git.txt-codeGITALLOWPROTOCOLcode
 * - GIT_NO_LAZY_FETCH for the git versions that have it (2.45+).
 * - History as stored: replace refs ignored (GIT_NO_REPLACE_OBJECTS) and the deprecated
 *   info/grafts file too (GIT_GRAFT_FILE pointed at an empty file), so neither hides a commit.
 *   https://git-scm.com/docs/git-replace · https://git-scm.com/docs/gitrepository-layout (info/grafts)
 */
const gitEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['GIT_EXTERNAL_DIFF', 'GIT_PAGER', 'PAGER', 'GIT_DIFF_OPTS', 'GIT_TRACE', 'GIT_CONFIG_PARAMETERS', 'GIT_CONFIG_COUNT', 'GIT_REPLACE_REF_BASE']) {
    delete env[name];
  }
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
    GIT_ALLOW_PROTOCOL: '',
    GIT_NO_LAZY_FETCH: '1',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_GRAFT_FILE: devNull,
  };
};

export const notFound = (error: unknown): LeakgateError =>
  new LeakgateError('git', 'git is not installed or not on PATH: install git, or scan files with `leakgate scan`', { cause: error });

/** git tried to fetch a missing object from a promisor remote (a partial clone) and gitEnv() stopped it. */
const LAZY_FETCH_BLOCKED = /transport '[^']*' not allowed|lazy fetch/;

export const failure = (args: readonly string[], stderr: string, code: number | null, signal: NodeJS.Signals | null): LeakgateError => {
  const detail = stderr.trim().split('\n').filter(Boolean).slice(-1)[0] ?? (signal ? `killed by ${signal}` : `exit code ${code}`);
  const why = LAZY_FETCH_BLOCKED.test(stderr)
    ? ': objects are missing (a partial clone), and leakgate never fetches them nor runs a remote\'s commands: fetch them first (git fetch --refetch), or scan a full clone'
    : '';
  return new LeakgateError('git', `git ${args[0] ?? ''} failed: ${detail.replace(/^(fatal|error): /, '')}${why}`, { cause: new Error(stderr) });
};

export type GitChild = ChildProcessByStdio<Writable | null, Readable, Readable>;

/** Spawns git with SAFE_ARGS and gitEnv(); for the few readers that manage the process themselves. */
export const start = (args: readonly string[], cwd: string, stdin: boolean, env: NodeJS.ProcessEnv = gitEnv()): GitChild =>
  spawn('git', [...SAFE_ARGS, ...args], {
    cwd,
    env,
    stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    windowsHide: true,
  }) as GitChild;

/** Runs git to completion and returns its stdout; a non-zero exit is an error with git's message. */
export const git = (args: readonly string[], cwd: string, input?: string, env?: NodeJS.ProcessEnv): Promise<Buffer> =>
  new Promise((resolvePromise, reject) => {
    const child = start(args, cwd, input !== undefined, env);
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? notFound(error) : error));
    child.on('close', (code, signal) => {
      if (code === 0) resolvePromise(Buffer.concat(out));
      else reject(failure(args, err, code, signal));
    });
    if (input !== undefined) child.stdin?.end(input);
  });

/**
 * The one git call allowed to use the network: the Action's `git fetch` of a shallow checkout's
 * missing history, from the remote the workflow itself checked out. Scans never fetch.
 */
export const gitFetch = (args: readonly string[], cwd: string): Promise<Buffer> => {
  const { GIT_ALLOW_PROTOCOL: _allow, GIT_NO_LAZY_FETCH: _lazy, ...env } = gitEnv();
  return git(['fetch', ...args], cwd, undefined, env);
};

export const gitText = async (args: readonly string[], cwd: string): Promise<string> => (await git(args, cwd)).toString('utf8');

/** Runs git, succeeding with false instead of an error when it exits non-zero (a yes/no question). */
export const gitSucceeds = async (args: readonly string[], cwd: string): Promise<boolean> => {
  try {
    await git(args, cwd);
    return true;
  } catch (error) {
    if (error instanceof LeakgateError && error.message.startsWith('git is not installed')) throw error;
    return false;
  }
};

export interface GitStream {
  readonly stdout: Readable;
  /** Resolves when git exits 0; rejects with git's message otherwise (a corrupt object, a kill). */
  readonly done: Promise<void>;
  readonly kill: () => void;
}

/** Streams a long git output (a history) instead of buffering it. */
export const gitStream = (args: readonly string[], cwd: string): GitStream => {
  const child = start(args, cwd, false);
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (err.length < 65536) err += chunk.toString();
  });
  const done = new Promise<void>((resolvePromise, reject) => {
    child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? notFound(error) : error));
    child.on('close', (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(failure(args, err, code, signal));
    });
  });
  // A rejection is observed by whoever awaits done; keep an early one from being unhandled.
  done.catch(() => undefined);
  return { stdout: child.stdout, done, kill: () => child.kill('SIGTERM') };
};
