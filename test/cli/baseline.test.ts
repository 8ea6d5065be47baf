import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { makeRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'leakgate.js');

const scanJson = async (dir: string) => {
  const result = await runCli(['scan', '-f', 'json', '--no-redact'], { cwd: dir });
  return { code: result.code, findings: JSON.parse(result.stdout).findings as Array<{ secret: string; line: number }>, stderr: result.stderr };
};

const baselineFile = (dir: string) => JSON.parse(readFileSync(join(dir, '.leakgate-baseline.json'), 'utf8'));

describe('baseline', () => {
  it('round trip: a baselined secret no longer fails the scan, even after lines move', async () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    writeFiles(dir, { 'app.py': `TOKEN = "${token}"\n` });
    expect((await scanJson(dir)).code).toBe(1);
    const made = await runCli(['baseline'], { cwd: dir });
    expect(made.code).toBe(0);
    expect(made.stderr).toContain('1 entries (1 added, 0 pruned)');
    const clean = await runCli(['scan'], { cwd: dir });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/\d+ by allowlist, 0 by inline comment, 1 by baseline/);
    writeFiles(dir, { 'app.py': `import os\n\n\n# moved down\nTOKEN = "${token}"\n` });
    expect((await scanJson(dir)).code).toBe(0);
  });

  it('a new secret beside a baselined one fails, and only the new one is reported', async () => {
    const dir = tempDir();
    const known = fakeGithubToken();
    writeFiles(dir, { 'app.py': `A = "${known}"\n` });
    await runCli(['baseline'], { cwd: dir });
    const fresh = fakeGithubToken();
    writeFiles(dir, { 'app.py': `A = "${known}"\nB = "${fresh}"\n` });
    const result = await scanJson(dir);
    expect(result.code).toBe(1);
    expect(result.findings.map((f) => f.secret)).toEqual([fresh]);
  });

  it('a different secret on the same line is new', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'app.py': `A = "${fakeGithubToken()}"\n` });
    await runCli(['baseline'], { cwd: dir });
    const changed = fakeGithubToken();
    writeFiles(dir, { 'app.py': `A = "${changed}"\n` });
    const result = await scanJson(dir);
    expect(result.code).toBe(1);
    expect(result.findings).toEqual([expect.objectContaining({ secret: changed, line: 1 })]);
  });

  it('a corrupt or truncated baseline is an error (exit 2) naming the file, never an empty baseline', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'app.py': `A = "${fakeGithubToken()}"\n` });
    await runCli(['baseline'], { cwd: dir });
    const text = readFileSync(join(dir, '.leakgate-baseline.json'), 'utf8');
    for (const broken of [text.slice(0, text.length / 2), '', '{"version": 1, "salt": "zz", "entries": []}', '[]']) {
      writeFileSync(join(dir, '.leakgate-baseline.json'), broken);
      const result = await runCli(['scan'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('.leakgate-baseline.json');
      expect((await runCli(['baseline'], { cwd: dir })).code).toBe(2);
    }
    expect((await runCli(['scan', '--no-baseline'], { cwd: dir })).code).toBe(1);
  });

  it('never holds a secret, nor an unsalted hash of one', async () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    writeFiles(dir, { 'a.env': `GH=${token}\n` });
    await runCli(['baseline'], { cwd: dir });
    const text = readFileSync(join(dir, '.leakgate-baseline.json'), 'utf8');
    expect(text).not.toContain(token);
    expect(text).not.toContain(token.slice(4, 20));
    for (const algorithm of ['md5', 'sha1', 'sha256', 'sha512']) {
      expect(text).not.toContain(createHash(algorithm).update(token).digest('hex'));
    }
    const doc = baselineFile(dir);
    expect(doc.entries).toEqual([{ ruleId: 'github-pat', file: 'a.env', hash: expect.stringMatching(/^[0-9a-f]{64}$/), status: 'unreviewed', note: '', from: ['scan'] }]);
    expect(doc.salt).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is deterministic, and two branches that each add entries merge without conflict', async () => {
    const repo = makeRepo();
    const files: Record<string, string> = {};
    for (const name of ['a', 'f', 'm', 't']) files[`${name}/cfg.env`] = `K=${fakeGithubToken()}\n`;
    repo.commit('init', files);
    await runCli(['baseline'], { cwd: repo.dir });
    const first = readFileSync(join(repo.dir, '.leakgate-baseline.json'), 'utf8');
    await runCli(['baseline'], { cwd: repo.dir });
    expect(readFileSync(join(repo.dir, '.leakgate-baseline.json'), 'utf8')).toBe(first);
    repo.commit('baseline');
    repo.git('checkout', '-q', '-b', 'left');
    repo.write({ 'c/new.env': `K=${fakeGithubToken()}\n` });
    await runCli(['baseline'], { cwd: repo.dir });
    repo.commit('left adds');
    repo.git('checkout', '-q', 'main');
    repo.write({ 'q/new.env': `K=${fakeGithubToken()}\n` });
    await runCli(['baseline'], { cwd: repo.dir });
    repo.commit('main adds');
    repo.git('merge', '-q', '--no-edit', 'left');
    expect(baselineFile(repo.dir).entries).toHaveLength(6);
    expect((await runCli(['scan'], { cwd: repo.dir })).code).toBe(0);
  });

  it('--prune drops entries no longer found; --report-unused lists them', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.env': `A=${fakeGithubToken()}\n`, 'b.env': `B=${fakeGithubToken()}\n` });
    await runCli(['baseline'], { cwd: dir });
    writeFiles(dir, { 'b.env': 'B=\n' });
    const unused = await runCli(['scan', '--report-unused'], { cwd: dir });
    expect(unused.code).toBe(0);
    expect(unused.stderr).toContain('1 baseline entry is no longer found');
    expect(unused.stderr).toContain('b.env');
    const pruned = await runCli(['baseline', '--prune'], { cwd: dir });
    expect(pruned.stderr).toContain('1 entries (0 added, 1 pruned)');
    expect(baselineFile(dir).entries.map((e: { file: string }) => e.file)).toEqual(['a.env']);
  });

  it('baselines a history audit with --history', async () => {
    const repo = makeRepo();
    repo.commit('leak', { 'k.env': `K=${fakeGithubToken()}\n` });
    repo.commit('remove', { 'k.env': 'K=\n' });
    expect((await runCli(['history'], { cwd: repo.dir })).code).toBe(1);
    await runCli(['baseline', '--history'], { cwd: repo.dir });
    expect((await runCli(['history'], { cwd: repo.dir })).code).toBe(0);
  });

  it('two processes updating one baseline at once leave it whole, with both updates', async () => {
    const dir = tempDir();
    const run = promisify(execFile);
    const batch: Record<string, string> = {};
    for (let i = 0; i < 10; i++) {
      batch[`left/${i}.env`] = `K=${fakeGithubToken()}\n`;
      batch[`right/${i}.env`] = `K=${fakeGithubToken()}\n`;
    }
    writeFiles(dir, batch);
    await Promise.all([run('node', [BIN, 'baseline', 'left'], { cwd: dir }), run('node', [BIN, 'baseline', 'right'], { cwd: dir })]);
    expect(baselineFile(dir).entries).toHaveLength(20);
  });
});

describe('audit', () => {
  const ttyIo = (cwd: string, answers: string) => {
    let stdout = '';
    const stdin = Object.assign(Readable.from([Buffer.from(answers)]), { isTTY: true });
    return {
      io: { stdout: { write: (t: string) => (stdout += t), isTTY: true }, stderr: { write: () => true }, stdin, cwd, env: {} },
      output: () => stdout,
    };
  };

  it('records verdicts and notes, shows secrets redacted with context, and resumes where it stopped', async () => {
    const dir = tempDir();
    const tokens = [fakeGithubToken(), fakeGithubToken(), fakeGithubToken()];
    writeFiles(dir, { 'a.env': tokens.map((t, i) => `K${i}=${t}`).join('\n') });
    await runCli(['baseline'], { cwd: dir });
    const first = ttyIo(dir, 'f\nfixture data\nq\n');
    expect(await main(['audit', '--no-color'], first.io)).toBe(0);
    expect(first.output()).toContain('[1/3] github-pat in a.env:1');
    expect(first.output()).toContain('ghp_*****');
    for (const token of tokens) expect(first.output()).not.toContain(token);
    expect(baselineFile(dir).entries.map((e: { status: string }) => e.status).sort()).toEqual(['false-positive', 'unreviewed', 'unreviewed']);
    const second = ttyIo(dir, 'a\n\nm\nrotate by Friday\n');
    await main(['audit'], second.io);
    expect(second.output()).toContain('[1/2]');
    const statuses = baselineFile(dir).entries.map((e: { status: string; note: string }) => `${e.status}:${e.note}`).sort();
    expect(statuses).toEqual(['accepted:', 'false-positive:fixture data', 'must-fix:rotate by Friday']);
  });

  it('refuses clearly without a terminal', async () => {
    const dir = tempDir();
    const result = await runCli(['audit'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('interactive');
  });

  it('runs in a real pseudo-terminal', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.env': `K=${fakeGithubToken()}\n` });
    await runCli(['baseline'], { cwd: dir });
    // script(1) gives the command a pseudo-terminal; the answers arrive as typed input.
    const run = promisify(execFile);
    const child = run('script', ['-qec', `node ${BIN} audit`, '/dev/null'], { cwd: dir });
    child.child.stdin?.end('m\nfrom a pty\n');
    const { stdout } = await child;
    expect(stdout).toContain('(f)alse positive');
    expect(baselineFile(dir).entries[0]).toMatchObject({ status: 'must-fix', note: 'from a pty' });
  });
});
