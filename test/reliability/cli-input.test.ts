// Issue 17, items 9 and 23: a path named on the command line that cannot be read is exit 2 (a
// walk notes what it cannot read); --rule-timeout and --max-file-size refuse what is not a
// duration or a size; stdin honours --max-file-size and is read past 512 MB; every suppression is
// counted (a checksum that fails, a file a path allowlist passes over).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const BIN = fileURLToPath(new URL('../../bin/leakgate.js', import.meta.url));
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** bin/leakgate.js, as an unprivileged user when the tests run as root (root reads any file). */
const runBin = (args: readonly string[], cwd: string) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 30_000, killSignal: 'SIGKILL', ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {}), env: { ...process.env, NO_COLOR: '1', HOME: cwd } });

describe('unreadable targets named on the command line (item 9)', () => {
  it('a FIFO, and `scan <(cmd)`: exit 2, one line, no hang', () => {
    const dir = tempDir();
    expect(spawnSync('mkfifo', [join(dir, 'pipe')]).status).toBe(0);
    const named = spawnSync(process.execPath, [BIN, 'scan', 'pipe'], { cwd: dir, encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL' });
    expect(named.status).toBe(2);
    expect(named.stderr).toMatch(/^leakgate: cannot scan pipe: it is a pipe or a device, not a file \(for `scan <\(cmd\)`, pipe the output instead: cmd \| leakgate scan -\)\n$/);
    const substituted = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} scan <(printf 'TOKEN=${fakeGithubToken()}\\n')`], { cwd: dir, encoding: 'utf8', timeout: 20_000, killSignal: 'SIGKILL' });
    expect(substituted.status).toBe(2);
    expect(substituted.stderr).toMatch(/^leakgate: cannot scan \/dev\/fd\/\d+: it is a pipe or a device/);
  });

  it('a name too long for the file system: exit 2', async () => {
    const dir = tempDir();
    const result = await runCli(['scan', 'x'.repeat(300)], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^leakgate: cannot scan x+: the name is too long\n$/);
  });

  it('a file or folder without read permission: exit 2 when named, a note when met in a walk', () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeFiles(dir, { 'locked.env': `K=${fakeGithubToken()}\n`, 'closed/k.env': `K=${fakeGithubToken()}\n`, 'ok.txt': 'nothing\n' });
    chmodSync(join(dir, 'locked.env'), 0o000);
    chmodSync(join(dir, 'closed'), 0o000);
    const file = runBin(['scan', 'locked.env'], dir);
    expect(file.stderr).toBe('leakgate: cannot scan locked.env: permission denied\n');
    expect(file.status).toBe(2);
    const folder = runBin(['scan', 'closed'], dir);
    expect(folder.stderr).toBe('leakgate: cannot scan closed: permission denied\n');
    expect(folder.status).toBe(2);
    const walked = runBin(['scan', '.', '-f', 'json'], dir);
    expect(walked.status).toBe(0);
    const skipped = (JSON.parse(walked.stdout) as { skipped: Array<{ path: string; reason: string }> }).skipped;
    expect(skipped.map((item) => item.path).sort()).toEqual(['closed', 'locked.env']);
  });
});

describe('options that are not what they say (item 23)', () => {
  const dir = tempDir();
  writeFiles(dir, { 'a.env': `K=${fakeGithubToken()}\n` });

  for (const value of ['0', '-1', 'abc']) {
    it(`--rule-timeout ${value} is refused, not read as 60`, async () => {
      for (const args of [['--rule-timeout', value], [`--rule-timeout=${value}`]]) {
        const result = await runCli(['scan', ...args], { cwd: dir });
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^leakgate: --rule-timeout must be a number of seconds above 0, 60 by default \(got .+\)\n$/);
      }
    });
  }

  it('--rule-timeout above what a Node timer holds (~24.8 days) means "no limit", not exit 2', async () => {
    for (const value of ['2147484', '100000000']) expect((await runCli(['scan', '--rule-timeout', value], { cwd: dir })).code).toBe(1);
  });

  it('--max-file-size abc or -5 is refused', async () => {
    for (const value of ['abc', '-5', '1.5', '10x', '1.5m', '99999999999999999999']) {
      const result = await runCli(['scan', `--max-file-size=${value}`], { cwd: dir });
      expect(result.code, value).toBe(2);
      expect(result.stderr).toMatch(/^leakgate: --max-file-size must be a whole number of bytes/);
    }
  });
});

describe('--max-file-size with a unit, as git reads sizes', () => {
  it('1k, 1KB and 1KiB are 1,024 bytes: 1,000 bytes of stdin are scanned, 2,000 skipped', async () => {
    const dir = tempDir();
    for (const size of ['1k', '1KB', '1KiB', '1024']) {
      const small = await runCli(['scan', '-', '-f', 'json', '--max-file-size', size], { cwd: dir, stdin: 'x'.repeat(1000) });
      expect(small.code, size).toBe(0);
      expect((JSON.parse(small.stdout) as { skipped: unknown[] }).skipped, size).toEqual([]);
      const large = await runCli(['scan', '-', '-f', 'json', `--max-file-size=${size}`], { cwd: dir, stdin: 'x'.repeat(2000) });
      expect((JSON.parse(large.stdout) as { skipped: Array<{ reason: string }> }).skipped, size).toEqual([{ path: '-', reason: expect.stringContaining('larger than --max-file-size') }]);
    }
  });
});

describe('stdin (item 23)', () => {
  it('over --max-file-size: skipped with a note, as a file is', async () => {
    const dir = tempDir();
    const result = await runCli(['scan', '-', '-f', 'json', '--max-file-size', '1000'], { cwd: dir, stdin: `K=${fakeGithubToken()}\n${'x'.repeat(2000)}\n` });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { skipped: Array<{ path: string; reason: string }> };
    expect(report.skipped).toEqual([{ path: '-', reason: expect.stringContaining('larger than --max-file-size') }]);
  });

  it('600 MB of stdin with a large enough --max-file-size: scanned, the secret at its end found (was "internal error")', async () => {
    const token = fakeGithubToken();
    const child = spawn(process.execPath, [BIN, 'scan', '-', '-f', 'json', '--max-file-size', String(700 << 20)], { cwd: tempDir(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const block = Buffer.from('the quick brown fox jumps over the lazy dog again and again\n'.repeat(1 << 14));
    for (let written = 0; written < 600 << 20; written += block.length) {
      if (!child.stdin.write(block)) await new Promise((resolve) => child.stdin.once('drain', resolve));
    }
    child.stdin.end(`TOKEN=${token}\n`);
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('internal error');
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { findings: Array<{ file: string }> }).findings.map((f) => f.file)).toEqual(['-']);
  }, 180_000);
});

describe('every suppression is counted (item 23)', () => {
  it('a token whose checksum fails, and a file a path allowlist passes over', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'fixtures'));
    writeFiles(dir, {
      '.leakgate.toml': '[[allowlists]]\ndescription = "fixtures"\npaths = ["fixtures/**"]\n',
      'a.env': `K=${fakeGithubToken('ghp', false)}\n`,
      'fixtures/k.env': `K=${fakeGithubToken()}\n`,
    });
    const json = await runCli(['scan', '-f', 'json'], { cwd: dir });
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { suppressed: Record<string, number> }).suppressed).toMatchObject({ checksum: 1, allowlistedFiles: 1 });
    const text = await runCli(['scan'], { cwd: dir });
    expect(text.stdout).toContain('1 failing their checksum (--include-invalid shows them), 1 file not read: path allowlist');
    const verbose = await runCli(['scan', '--verbose'], { cwd: dir });
    expect(verbose.stderr).toMatch(/suppressed github-pat at a\.env:1 by checksum: its github-checksum check fails/);
  });
});
