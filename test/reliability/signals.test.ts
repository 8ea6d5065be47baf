// Issue 17, items 21 and 22: a run ended by a signal leaves no temporary file and no baseline
// lock behind; a lock whose owner died is taken over at once; a reader that closes our stdout
// (`| head -1`) ends the run quietly. Real processes, real signals (bin/ and lib/: `npm run build`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'leakgate.js');

/** A process that takes the baseline lock the way leakgate does and holds it until killed. */
const holdLock = async (baseline: string): Promise<{ kill: (signal: NodeJS.Signals) => Promise<NodeJS.Signals | null> }> => {
  const script = `
    import * as output from ${JSON.stringify(join(ROOT, 'lib', 'cli', 'write-output.js'))};
    import { withBaselineLock } from ${JSON.stringify(join(ROOT, 'lib', 'baseline', 'baseline-lock.js'))};
    // What bin/leakgate.js installs (before issue 17 it handled SIGINT alone, by hand).
    if (output.installSignalCleanup) output.installSignalCleanup();
    else process.on('SIGINT', () => { output.removePendingTempFiles(); process.exit(130); });
    await withBaselineLock(${JSON.stringify(baseline)}, () => { process.stdout.write('locked\\n'); return new Promise(() => setInterval(() => {}, 1000)); });
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.on('exit', () => reject(new Error(`the lock holder exited early: ${err}`)));
  });
  const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  return {
    kill: (signal) => {
      child.kill(signal);
      return ended;
    },
  };
};

describe('termination signals and the baseline lock (item 21)', () => {
  for (const signal of ['SIGTERM', 'SIGHUP', 'SIGINT'] as const) {
    it(`${signal} while holding the baseline lock removes the lock`, async () => {
      const dir = tempDir();
      const baseline = join(dir, '.leakgate-baseline.json');
      const holder = await holdLock(baseline);
      expect(existsSync(`${baseline}.lock`)).toBe(true);
      const ended = await holder.kill(signal);
      if (signal !== 'SIGINT') expect(ended).toBe(signal);
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it('a lock left by a process that died (SIGKILL) is taken over at once, not waited on for 30 s', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.env': `K=${fakeGithubToken()}\n` });
    const holder = await holdLock(join(dir, '.leakgate-baseline.json'));
    await holder.kill('SIGKILL');
    expect(existsSync(join(dir, '.leakgate-baseline.json.lock'))).toBe(true);
    const started = Date.now();
    const result = await runCli(['baseline'], { cwd: dir });
    expect(result.stderr).toContain('1 entries (1 added, 0 pruned)');
    expect(result.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(existsSync(join(dir, '.leakgate-baseline.json.lock'))).toBe(false);
  }, 60_000);

  it('a lock held by a live process is still waited for', async () => {
    const dir = tempDir();
    const holder = await holdLock(join(dir, '.leakgate-baseline.json'));
    try {
      const { withBaselineLock } = await import('../../src/baseline/baseline-lock.js');
      await expect(withBaselineLock(join(dir, '.leakgate-baseline.json'), () => 'got it', 500)).rejects.toThrow(/is locked by another leakgate/);
    } finally {
      await holder.kill('SIGKILL');
    }
  });

  it('SIGHUP during a scan with --output: ended by the signal, no report and no temporary file', async () => {
    const dir = tempDir();
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `dump${i}.txt`), `${'password=secret '.repeat(300_000)}\ntoken=${fakeGithubToken()}\n`);
    const child = spawn(process.execPath, [BIN, 'scan', '.', '-f', 'json', '--output', 'report.json', '--max-file-size', '100000000'], { cwd: dir, stdio: 'ignore' });
    await new Promise((resolve) => setTimeout(resolve, 700));
    child.kill('SIGHUP');
    const signal = await new Promise((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
    expect(signal).toBe('SIGHUP');
    expect(readdirSync(dir).filter((name) => !name.startsWith('dump'))).toEqual([]);
  });
});

describe('a signal while the report is being written (item 21)', () => {
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    it(`${signal} caught mid-write (the process stopped as its temporary file appears): the report whole, no *.tmp`, async () => {
      const dir = tempDir();
      // ~30,000 findings: a JSON report of ~20 MB, whose write takes long enough to be caught.
      const lines = Array.from({ length: 30_000 }, () => `TOKEN=${fakeGithubToken()}`);
      writeFiles(dir, { 'in/tokens.env': `${lines.join('\n')}\n` });
      const out = join(dir, 'out');
      mkdirSync(out);
      const child = spawn(process.execPath, [BIN, 'scan', 'in', '-f', 'json', '--output', 'out/report.json'], { cwd: dir, stdio: 'ignore' });
      const caught = new Promise<boolean>((resolve) => {
        const watcher = watch(out, (_event, name) => {
          if (!String(name).endsWith('.tmp')) return;
          watcher.close();
          // Stopped mid-write, signalled, then let go: the signal lands inside the write.
          child.kill('SIGSTOP');
          child.kill(signal);
          child.kill('SIGCONT');
          resolve(true);
        });
        child.on('exit', () => {
          watcher.close();
          resolve(false);
        });
      });
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
      expect(await caught).toBe(true);
      const { code, signal: by } = await ended;
      const left = readdirSync(out);
      expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      // The signal waits for the write (a handler runs between two ticks): ended by it, or, when it
      // arrived during the very last write, the run completes first (its exit code, 1: findings).
      expect(by === signal || code === 1).toBe(true);
      if (by === null) expect(left).toEqual(['report.json']);
      for (const name of left) {
        const { findings } = JSON.parse(readFileSync(join(out, name), 'utf8')) as { findings: Array<{ line: number }> };
        // Which lines went unreported, if any (one did, once, in CI; never reproduced in 6.6 million
        // tokens scanned in-process nor in 30 runs of this test): named so the next one can be read.
        const reported = new Set(findings.map((finding) => finding.line));
        const missed = lines.flatMap((line, i) => (reported.has(i + 1) ? [] : [`${i + 1}: ${line}`]));
        expect(missed, 'lines without a finding').toEqual([]);
        expect(findings).toHaveLength(30_000);
      }
    }, 120_000);
  }
});

describe('a closed stdout (item 22)', () => {
  it('`leakgate scan | head -1`: no stack trace, and the exit code is the scan\'s (1: findings)', () => {
    const dir = tempDir();
    // A report far larger than a pipe's buffer (64 KiB), so that head is gone before it is written.
    writeFiles(dir, Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`f${i}.env`, `TOKEN=${fakeGithubToken()}\n`])));
    const run = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} scan . | head -1; echo "status=\${PIPESTATUS[0]}" >&2`], { cwd: dir, encoding: 'utf8' });
    expect(run.stdout).toMatch(/^f\d+\.env\n$/);
    expect(run.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(run.stderr).toContain('status=1');
  });
});
