// Issue 17, item 19: a config's allowlist regex runs under the watchdog in every mode (it hung the
// pre-commit hook, which ran in-process), --rule-timeout is honoured there, and the message names
// the allowlist, not the rule whose match it was judging. Run through bin/ (`npm run build`), so
// that a hang is a killed child, not a stuck test runner.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { makeRepo } from '../helpers/git-repo.js';

const BIN = fileURLToPath(new URL('../../bin/leakgate.js', import.meta.url));

const CONFIG = `[extend]
useDefault = true

[[allowlists]]
description = "lines ending in a's"
regexTarget = "line"
regexes = ['''(a+)+$''']
`;

/** A real token on a line that makes `(a+)+$` backtrack for hours. */
const trapLine = (): string => `GH=${fakeGithubToken()} # ${'a'.repeat(48)}!\n`;

const runBin = (args: readonly string[], cwd: string) => {
  const started = Date.now();
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL', env: { ...process.env, NO_COLOR: '1', GIT_CEILING_DIRECTORIES: join(cwd, '..') } });
  return { code: run.status, signal: run.signal, stderr: run.stderr, stdout: run.stdout, ms: Date.now() - started };
};

describe('a backtracking allowlist regex', () => {
  for (const mode of ['staged', 'scan', 'history'] as const) {
    it(`${mode}: stopped by --rule-timeout, exit 2, the allowlist named`, () => {
      const repo = makeRepo();
      repo.commit('config', { '.leakgate.toml': CONFIG });
      repo.write({ 'deploy/trap.env': trapLine() });
      repo.git('add', '-A');
      if (mode === 'history') repo.git('commit', '-q', '-m', 'trap');
      const result = runBin([mode, '--rule-timeout', '2'], repo.dir);
      expect(result.signal).toBeNull();
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^leakgate: the allowlist regex \(\.leakgate\.toml: allowlist #1\) ran for over 2 s on deploy\/trap\.env and was stopped: fix or remove that regex/);
      expect(result.ms).toBeLessThan(20_000);
    });
  }

  it('staged with the built-in rules and a path-only allowlist still runs in-process and finds the token', () => {
    const repo = makeRepo();
    repo.commit('config', { '.leakgate.toml': '[[allowlists]]\npaths = ["fixtures/**"]\n' });
    repo.write({ 'deploy/k.env': `GH=${fakeGithubToken()}\n` });
    repo.git('add', '-A');
    const result = runBin(['staged'], repo.dir);
    expect(result.code).toBe(1);
  });
});
