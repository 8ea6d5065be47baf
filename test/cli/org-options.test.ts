// The repository a JSON report names: the origin remote's owner/name in a repository (git asked),
// the folder's name outside one, where git is not started at all (it has no origin to give).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/git-repo.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const BIN = fileURLToPath(new URL('../../bin/leakgate.js', import.meta.url));

/** Runs bin/ with a `git` first on PATH that logs its arguments, then runs the real git. */
const scanJson = (cwd: string): { repository: unknown; gitCalls: string[] } => {
  const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
  const bin = tempDir();
  const log = join(bin, 'git.log');
  writeFileSync(join(bin, 'git'), `#!/bin/sh\necho "$*" >> "${log}"\nexec "${realGit}" "$@"\n`);
  chmodSync(join(bin, 'git'), 0o755);
  const run = spawnSync(process.execPath, [BIN, 'scan', '.', '--format', 'json', '--no-progress'], { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}` } });
  expect(run.status, run.stderr).toBe(0);
  const report = JSON.parse(run.stdout) as { scan: { repository?: unknown } };
  return { repository: report.scan.repository, gitCalls: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
};

describe('the repository a report names', () => {
  it('in a repository, the origin remote (git is asked)', () => {
    const repo = makeRepo();
    repo.commit('init', { 'app.js': 'export const answer = 42;\n' });
    repo.git('remote', 'add', 'origin', 'https://git.example.invalid/acme/api.git');
    const { repository, gitCalls } = scanJson(repo.dir);
    expect(repository).toBe('acme/api');
    expect(gitCalls.some((call) => call.includes('remote.origin.url'))).toBe(true);
  });

  it('outside one, the folder, and git is not started', () => {
    const dir = tempDir();
    writeFiles(dir, { 'app.js': 'export const answer = 42;\n' });
    const { repository, gitCalls } = scanJson(dir);
    expect(repository).toBe(basename(dir));
    expect(gitCalls).toEqual([]);
  });
});
