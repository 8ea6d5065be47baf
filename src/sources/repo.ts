// Questions about the repository itself: where it is, whether it has a HEAD, whether it is shallow.
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
