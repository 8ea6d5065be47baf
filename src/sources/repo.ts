// Questions about the repository itself: where it is, whether it has a HEAD, whether it is shallow.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LeakgateError } from '../errors.js';
import { git, gitSucceeds, gitText } from './git.js';

/** The top of the working tree; a clear error outside a repository. */
export const repoRoot = async (cwd: string): Promise<string> => {
  try {
    return (await gitText(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch (error) {
    if (error instanceof LeakgateError && /not a git repository/i.test(error.message)) {
      throw new LeakgateError('git', `not a git repository (${cwd}): run inside one, or use \`leakgate scan\` for plain files`, { cause: error });
    }
    throw error;
  }
};

/** Where a history scan runs: the top of the working tree, or the repository itself when it is bare (a mirror). */
export const historyRoot = async (cwd: string): Promise<string> => {
  try {
    if ((await gitText(['rev-parse', '--is-bare-repository'], cwd)).trim() === 'true') {
      return (await gitText(['rev-parse', '--absolute-git-dir'], cwd)).trim();
    }
  } catch {
    // Not a repository: repoRoot() says so.
  }
  return repoRoot(cwd);
};

export const hasCommit = (root: string, rev: string): Promise<boolean> =>
  gitSucceeds(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], root);

/** How many commits a `git log` of these revisions lists (for a progress line's ETA). */
export const countCommits = async (root: string, revisions: readonly string[], since: string | undefined): Promise<number> =>
  Number((await gitText(['rev-list', '--count', ...(since ? [`--since=${since}`] : []), ...revisions, '--'], root)).trim()) || 0;

export const isShallow = async (root: string): Promise<boolean> =>
  (await gitText(['rev-parse', '--is-shallow-repository'], root)).trim() === 'true';

/**
 * Checks a --since date the way git reads dates with errors reported (an expiry date: approxidate
 * "careful"): `git log --since=garbage` would read it as now and list nothing, a clean pass.
 * https://git-scm.com/docs/git-config#Documentation/git-config.txt---typelttypegt (expiry-date)
 */
export const checkSince = async (root: string, since: string): Promise<void> => {
  if (!(await gitSucceeds(['-c', `leakgate.since=${since}`, 'config', '--type=expiry-date', 'leakgate.since'], root))) {
    throw new LeakgateError('usage', `--since "${since}" is not a date git can read: give one like 2024-01-31 or "2 weeks ago"`);
  }
};

/**
 * What would make git show a history other than the one stored, which leakgate reads instead
 * (see gitEnv in git.ts): replace refs (`git replace`) and a deprecated info/grafts file.
 */
export const historyRewrites = async (root: string): Promise<string[]> => {
  const notes: string[] = [];
  const [refs, commonDir] = await Promise.all([gitText(['for-each-ref', '--format=%(refname)', 'refs/replace/'], root), gitText(['rev-parse', '--git-common-dir'], root)]);
  const replaced = refs.split('\n').filter(Boolean).length;
  if (replaced > 0) {
    notes.push(`${replaced} replace ref${replaced === 1 ? '' : 's'} (git replace) ignored: history was read as stored, replaced commits and objects included`);
  }
  // Not `rev-parse --git-path info/grafts`: git maps that to GIT_GRAFT_FILE, which gitEnv() sets.
  const grafts = join(resolve(root, commonDir.trim()), 'info', 'grafts');
  if (existsSync(grafts)) notes.push('info/grafts ignored: history was read as stored, with every commit\'s real parents');
  return notes;
};
