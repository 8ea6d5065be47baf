import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const gitInit = (dir: string): void => {
  execFileSync('git', ['init', '-q', dir]);
};

describe('leakgate scan', () => {
  it('exits 0 and says so when nothing is found', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.js': 'const answer = 42;\n' });
    const result = await runCli(['scan'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no secrets found');
    expect(result.stdout).toContain('1 file');
  });

  it('exits 1 with the finding, redacted, file, line and column', async () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    writeFiles(dir, { 'src/config.js': `// settings\nconst token = "${token}";\n` });
    const result = await runCli(['scan', '.'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('src/config.js');
    expect(result.stdout).toContain('2:16');
    expect(result.stdout).toContain('github-pat');
    expect(result.stdout).not.toContain(token);
    expect(result.stdout).toContain('ghp_*****');
  });

  it('JSON report follows the documented shape and redacts; --no-redact reveals', async () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    writeFiles(dir, { 'x.env': `GITHUB_TOKEN=${token}\n` });
    const redacted = await runCli(['scan', '--format', 'json'], { cwd: dir });
    expect(redacted.code).toBe(1);
    expect(redacted.stdout).not.toContain(token);
    const report = JSON.parse(redacted.stdout);
    expect(Object.keys(report)).toEqual(['version', 'tool', 'scan', 'findings', 'skipped', 'suppressed', 'notes']);
    expect(report.scan).toMatchObject({ mode: 'scan', files: 1 });
    expect(report.findings[0]).toMatchObject({ ruleId: 'github-pat', file: 'x.env', line: 1, column: 14, validated: true });
    const revealed = JSON.parse((await runCli(['scan', '-f', 'json', '--no-redact'], { cwd: dir })).stdout);
    expect(revealed.findings[0].secret).toBe(token);
    expect(revealed.findings[0].fingerprint).toBe(report.findings[0].fingerprint);
  });

  it('reads stdin with "-"', async () => {
    const dir = tempDir();
    const result = await runCli(['scan', '-', '-f', 'json'], { cwd: dir, stdin: `token=${fakeGithubToken()}\n` });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings[0].file).toBe('-');
    const clean = await runCli(['scan', '-'], { cwd: dir, stdin: 'nothing here\n' });
    expect(clean.code).toBe(0);
  });

  it('honours .gitignore in a repository, and --no-ignore scans ignored files', async () => {
    const dir = tempDir();
    gitInit(dir);
    writeFiles(dir, {
      '.gitignore': 'secrets/\n*.log\n',
      'secrets/token.txt': fakeGithubToken(),
      'debug.log': fakeGithubToken(),
      'sub/.gitignore': 'local.txt\n',
      'sub/local.txt': fakeGithubToken(),
      'kept.txt': 'plain\n',
    });
    const honoured = await runCli(['scan', '-f', 'json'], { cwd: dir });
    expect(honoured.code).toBe(0);
    expect(JSON.parse(honoured.stdout).scan.files).toBe(3);
    const all = await runCli(['scan', '--no-ignore', '-f', 'json'], { cwd: dir });
    expect(all.code).toBe(1);
    expect(JSON.parse(all.stdout).findings.map((f: { file: string }) => f.file).sort()).toEqual(['debug.log', 'secrets/token.txt', 'sub/local.txt']);
  });

  it('never scans .git and skips binary and oversized files with a note', async () => {
    const dir = tempDir();
    gitInit(dir);
    const token = fakeGithubToken();
    writeFiles(dir, {
      'image.bin': Buffer.concat([Buffer.from([0x89, 0x50, 0, 0, 1, 2]), Buffer.from(token)]),
      'big.txt': `${'a'.repeat(2000)}\n${token}\n`,
      'small.txt': 'ok\n',
    });
    writeFiles(dir, { '.git/leak.txt': token });
    const result = await runCli(['scan', '--max-file-size', '1000', '-f', 'json'], { cwd: dir });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.skipped).toEqual([
      { path: 'big.txt', reason: expect.stringContaining('larger than --max-file-size') },
      { path: 'image.bin', reason: 'binary' },
    ]);
    const text = await runCli(['scan', '--max-file-size', '1000'], { cwd: dir });
    expect(text.stdout).toContain('skipped 2 files');
  });

  it('finds secrets in UTF-16 files and in files with invalid UTF-8', async () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`key=${token}\n`, 'utf16le')]);
    writeFiles(dir, { 'u16.txt': utf16, 'bad.txt': Buffer.concat([Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(` ${token}\n`)]) });
    const result = await runCli(['scan', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(result.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['bad.txt', 'u16.txt']);
  });

  it('exits 2 with a one-line message for a bad flag, a missing path and a broken config', async () => {
    const dir = tempDir();
    const flag = await runCli(['scan', '--no-such-flag'], { cwd: dir });
    expect(flag.code).toBe(2);
    expect(flag.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await runCli(['scan', 'nope'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope');
    writeFiles(dir, { '.leakgate.toml': '[extend]\nuseDefault = true\n[[allowlists]\n' });
    const config = await runCli(['scan'], { cwd: dir });
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/\.leakgate\.toml:3:/);
    expect(config.stderr.trim().split('\n')).toHaveLength(1);
    const format = await runCli(['scan', '-f', 'xml'], { cwd: dir });
    expect(format.code).toBe(2);
  });

  it('writes --output atomically and leaves no temporary file', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': `t=${fakeGithubToken()}\n` });
    const result = await runCli(['scan', 'a.txt', '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).findings).toHaveLength(1);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(result.stderr).toContain('1 finding');
  });

  it('an unwritable --output is an error (exit 2), never a clean scan', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': 'clean\n' });
    // A path under a regular file cannot be created, even by root.
    const result = await runCli(['scan', 'a.txt', '-o', 'a.txt/report.txt'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write .*report\.txt: ENOTDIR; nothing was written/);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('colours only when asked or on a terminal, and never with NO_COLOR', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': `t=${fakeGithubToken()}\n` });
    const esc = '\u001b[';
    expect((await runCli(['scan'], { cwd: dir })).stdout).not.toContain(esc);
    expect((await runCli(['scan'], { cwd: dir, tty: true })).stdout).toContain(esc);
    expect((await runCli(['scan'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(esc);
  });

  it('shows progress only on a terminal (or when asked), never in pipes or CI', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': 'x\n' });
    expect((await runCli(['scan'], { cwd: dir })).stderr).not.toContain('scanning:');
    expect((await runCli(['scan', '--progress'], { cwd: dir })).stderr).toContain('scanning: 1 files');
  });

  it('checks binary and oversized files by name: a committed keystore is reported though its content is not read', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'certs/client.p12': Buffer.from([0x30, 0x82, 0, 0, 1, 2, 3]), 'notes.txt': 'ok\n' });
    const report = JSON.parse((await runCli(['scan', '-f', 'json'], { cwd: dir })).stdout);
    expect(report.skipped).toEqual([{ path: 'certs/client.p12', reason: 'binary' }]);
    expect(report.findings.map((f: { ruleId: string; file: string }) => `${f.ruleId} ${f.file}`)).toEqual(['sensitive-file-keystore certs/client.p12']);
  });
});
