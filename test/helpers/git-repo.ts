// Real git repositories in temporary folders, built with the git CLI.
import { execFileSync } from 'node:child_process';
import { tempDir, writeFiles } from './temp-dir.js';

export interface Repo {
  readonly dir: string;
  readonly git: (...args: string[]) => string;
  readonly write: (files: Record<string, string | Buffer>) => void;
  /** Stages everything and commits; returns the new commit's sha. */
  readonly commit: (message: string, files?: Record<string, string | Buffer>) => string;
}

let clock = 1_700_000_000;

export const gitIn = (dir: string, args: readonly string[], input?: string): string => {
  clock += 60;
  const date = `${clock} +0000`;
  return execFileSync('git', [...args], {
    cwd: dir,
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Ada Lovelace',
      GIT_AUTHOR_EMAIL: 'ada@example.invalid',
      GIT_COMMITTER_NAME: 'Ada Lovelace',
      GIT_COMMITTER_EMAIL: 'ada@example.invalid',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_CONFIG_NOSYSTEM: '1',
    },
  });
};

/** A new repository (branch main) in a fresh temporary folder. */
export const makeRepo = (dir = tempDir('leakgate-repo-')): Repo => {
  gitIn(dir, ['init', '-q', '-b', 'main', dir]);
  gitIn(dir, ['config', 'commit.gpgsign', 'false']);
  return openRepo(dir);
};

/** An existing repository (a clone, a worktree). */
export const openRepo = (dir: string): Repo => {
  const git = (...args: string[]): string => gitIn(dir, args);
  const write = (files: Record<string, string | Buffer>): void => writeFiles(dir, files);
  const commit = (message: string, files?: Record<string, string | Buffer>): string => {
    if (files) write(files);
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
    return git('rev-parse', 'HEAD').trim();
  };
  return { dir, git, write, commit };
};
