// The small things a new user meets first: version, completion, LEAKGATE_CONFIG, colour, messages.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { makeRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const VERSION = (JSON.parse(execFileSync('git', ['show', 'HEAD:package.json'], { cwd: join(import.meta.dirname, '..', '..'), encoding: 'utf8' })) as { version: string }).version;

describe('commands', () => {
  it('leakgate version prints the version', async () => {
    expect(await runCli(['version'], { cwd: tempDir() })).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it.each(['bash', 'zsh', 'fish'] as const)('leakgate completion %s prints a script the shell parses', async (shell) => {
    const result = await runCli(['completion', shell], { cwd: tempDir() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('staged');
    expect(result.stdout).toContain(shell === 'fish' ? '-l baseline' : '--baseline');
    const file = join(tempDir(), `leakgate.${shell}`);
    writeFileSync(file, result.stdout);
    if (shell === 'bash') expect(spawnSync('bash', ['-n', file]).status).toBe(0);
    if (shell === 'bash') expect(spawnSync('bash', ['-c', `. ${file}; complete -p leakgate`], { encoding: 'utf8' }).stdout).toContain('_leakgate');
  });
});

describe('LEAKGATE_CONFIG', () => {
  it('names the config file when --config does not', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.js': `const t = "${fakeGithubToken()}";\n`, 'ci/leakgate.toml': '[extend]\nuseDefault = true\ndisabledRules = ["github-pat"]\n' });
    expect((await runCli(['scan', 'a.js'], { cwd: dir })).code).toBe(1);
    expect((await runCli(['scan', 'a.js'], { cwd: dir, env: { LEAKGATE_CONFIG: 'ci/leakgate.toml' } })).code).toBe(0);
    const missing = await runCli(['scan', 'a.js'], { cwd: dir, env: { LEAKGATE_CONFIG: 'ci/nope.toml' } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ci/nope.toml');
  });
});

describe('colour', () => {
  const scanColoured = async (env: Record<string, string>, tty: boolean) => {
    const dir = tempDir();
    writeFiles(dir, { 'a.js': `const t = "${fakeGithubToken()}";\n` });
    return (await runCli(['scan', 'a.js'], { cwd: dir, env, tty })).stdout.includes('\u001b[');
  };

  it('FORCE_COLOR turns colour on off a terminal, FORCE_COLOR=0 off on one; TERM=dumb and NO_COLOR turn it off', async () => {
    expect(await scanColoured({}, true)).toBe(true);
    expect(await scanColoured({}, false)).toBe(false);
    expect(await scanColoured({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await scanColoured({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await scanColoured({ TERM: 'dumb' }, true)).toBe(false);
    expect(await scanColoured({ NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
  });
});

describe('messages', () => {
  it('a mistyped command is named with the close one', async () => {
    const result = await runCli(['stage'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('leakgate: unknown command "stage": did you mean "staged"? (see leakgate --help)\n');
  });

  it('bare leakgate prints one hint, and `leakgate rules` names its actions', async () => {
    const bare = await runCli([], { cwd: tempDir() });
    expect(bare.code).toBe(2);
    expect(bare.stderr.match(/see leakgate --help/g)).toHaveLength(1);
    const rules = await runCli(['rules'], { cwd: tempDir() });
    expect(rules.code).toBe(2);
    expect(rules.stderr).toContain('leakgate rules list');
    expect(rules.stderr).toContain('leakgate rules check FILE');
  });

  it('history with a ref that does not exist says so (not fetch-depth advice)', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'a.txt': 'a\n' });
    for (const range of ['nosuchref', 'main..nosuchref']) {
      const result = await runCli(['history', range], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('"nosuchref"');
      expect(result.stderr).toContain('does not exist in this repository');
      expect(result.stderr).not.toContain('fetch-depth');
    }
  });

  it('audit refuses an answer that is not a key and asks again, instead of skipping the entry', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.env': `K=${fakeGithubToken()}\n` });
    await runCli(['baseline'], { cwd: dir });
    let stdout = '';
    const stdin = Object.assign(Readable.from([Buffer.from('x\nm\nrotate\n')]), { isTTY: true });
    const io = { stdout: { write: (t: string) => (stdout += t), isTTY: true }, stderr: { write: () => true }, stdin, cwd: dir, env: {} };
    expect(await main(['audit', '--no-color'], io)).toBe(0);
    expect(stdout).toContain('"x" is not an answer: type f, a, m, s or q');
    expect(stdout).toContain('Recorded 1 verdict');
  });
});
