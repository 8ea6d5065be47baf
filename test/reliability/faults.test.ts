// Faults around a scan: git dying mid-stream, corrupt repositories, interrupts, full disks.
// Whatever fails, leakgate must say so (exit 2) and never pass a scan it did not finish (exit 0),
// never hang, and never leave a half-written report or a temporary file behind.
// The process-level cases run the real binary (bin/leakgate.js on lib/: `npm run build` first).
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken, randomFrom } from '../helpers/fake-secrets.js';
import { makeRepo, type Repo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const BIN = fileURLToPath(new URL('../../bin/leakgate.js', import.meta.url));
const REAL_GIT = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
const isRoot = process.getuid?.() === 0;

interface BinRun {
  readonly child: ChildProcess;
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Starts bin/leakgate.js; SIGKILLed if it outlives `timeoutMs`, so a hang fails the test instead of stalling it. */
const startBin = (args: readonly string[], cwd: string, env: Record<string, string> = {}, timeoutMs = 40_000): BinRun => {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', GIT_CEILING_DIRECTORIES: join(cwd, '..'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
};

const runBin = (args: readonly string[], cwd: string, env: Record<string, string> = {}, timeoutMs?: number) =>
  startBin(args, cwd, env, timeoutMs).done;

/**
 * A `git` first on PATH that runs the real one but, for the subcommand FAULT_CMD, lets only
 * FAULT_BYTES bytes of its output through and then SIGKILLs git and itself: git dying mid-stream.
 * With FAULT_EXIT set instead, it passes the whole output on and then fails with that status.
 */
const faultyGitPath = (): string => {
  const dir = tempDir('leakgate-fake-git-');
  writeFileSync(
    join(dir, 'git'),
    `#!/bin/sh
sub=
skip=0
for arg in "$@"; do
  if [ "$skip" = 1 ]; then skip=0; continue; fi
  case "$arg" in -c) skip=1 ;; -*) ;; *) sub=$arg; break ;; esac
done
if [ "$sub" = "$FAULT_CMD" ]; then
  if [ -n "$FAULT_EXIT" ]; then
    "$REAL_GIT" "$@" || exit $?
    echo "fatal: injected failure after the output" >&2
    exit "$FAULT_EXIT"
  fi
  # git itself is killed, not just cut off: a pipe to head would leave it alive, holding stderr.
  fifo=$(mktemp -u) && mkfifo "$fifo" || exit 97
  "$REAL_GIT" "$@" 0<&0 >"$fifo" &
  pid=$!
  head -c "$FAULT_BYTES" <"$fifo"
  kill -9 "$pid" 2>/dev/null
  rm -f "$fifo"
  kill -9 $$
fi
exec "$REAL_GIT" "$@"
`,
  );
  chmodSync(join(dir, 'git'), 0o755);
  return `${dir}${delimiter}${process.env['PATH'] ?? ''}`;
};

/** A history of many commits with random content, a secret in an early one. */
const busyRepo = (commits = 60): { repo: Repo; token: string } => {
  const repo = makeRepo();
  const token = fakeGithubToken();
  for (let i = 0; i < commits; i++) {
    repo.commit(`change ${i}`, {
      [`src/file${i % 7}.txt`]: `${randomFrom('abcdefghijklmnopqrstuvwxyz ', 2000)}\n`,
      ...(i === 3 ? { 'config/app.env': `GITHUB_TOKEN=${token}\n` } : {}),
    });
  }
  return { repo, token };
};

const tmpLeftovers = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('git failing during a history scan', () => {
  it('git log SIGKILLed mid-stream (at several points) is exit 2, never a clean or partial report', async () => {
    const { repo } = busyRepo();
    const full = execFileSync('git', ['log', '-p', '--all'], { cwd: repo.dir }).length;
    const PATH = faultyGitPath();
    for (const bytes of [0, 200, Math.floor(full / 2), full - 100]) {
      const result = await runBin(['history', '-f', 'json', '--route', 'diff'], repo.dir, { PATH, REAL_GIT, FAULT_CMD: 'log', FAULT_BYTES: String(bytes) });
      expect({ bytes, code: result.code }).toEqual({ bytes, code: 2 });
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^leakgate: git log failed: killed by SIGKILL\n$/);
    }
  });

  it('git cat-file --batch-all-objects SIGKILLed mid-stream (at several points) is exit 2, never a partial report', async () => {
    const { repo } = busyRepo();
    const full = execFileSync('git', ['cat-file', '--batch-all-objects', '--batch', '--unordered'], { cwd: repo.dir }).length;
    const PATH = faultyGitPath();
    for (const bytes of [0, 200, Math.floor(full / 2), full - 1]) {
      const result = await runBin(['history', '-f', 'json', '--route', 'blobs'], repo.dir, { PATH, REAL_GIT, FAULT_CMD: 'cat-file', FAULT_BYTES: String(bytes) });
      expect({ bytes, code: result.code }).toEqual({ bytes, code: 2 });
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^leakgate: git cat-file failed: killed by SIGKILL\n$/);
    }
  });

  it('git log that fails after writing all its output is still exit 2', async () => {
    const { repo } = busyRepo(5);
    const PATH = faultyGitPath();
    const result = await runBin(['history', '-f', 'json'], repo.dir, { PATH, REAL_GIT, FAULT_CMD: 'log', FAULT_EXIT: '128' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('git log failed: injected failure after the output');
  });

  it('git diff SIGKILLed mid-stream during `leakgate staged` is exit 2', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'a.txt': 'a\n' });
    repo.write({ 'b.txt': `${randomFrom('abcdefgh \n', 50_000)}\n`, 'c.env': `TOKEN=${fakeGithubToken()}\n` });
    repo.git('add', '-A');
    const PATH = faultyGitPath();
    const result = await runBin(['staged', '-f', 'json'], repo.dir, { PATH, REAL_GIT, FAULT_CMD: 'diff', FAULT_BYTES: '3000' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('git diff failed');
  });

  // Regression (src/sources/blob-reader.ts, openBlobReader): a `git cat-file --batch` that died left the
  // reads waiting for its answer unsettled: the scan hung, or Node exited 13 on the unsettled
  // top-level await in bin/leakgate.js, with no message.
  it('git cat-file SIGKILLed while a binary-marked blob is read is exit 2, not a hang', async () => {
    const repo = makeRepo();
    repo.commit('secret in a -diff file', { '.gitattributes': '*.dat -diff\n', 'keys.dat': `TOKEN=${fakeGithubToken()}\n` });
    const PATH = faultyGitPath();
    for (const route of ['diff', 'blobs']) {
      const result = await runBin(['history', '-f', 'json', '--route', route], repo.dir, { PATH, REAL_GIT, FAULT_CMD: 'cat-file', FAULT_BYTES: '10' }, 30_000);
      expect(result.signal).toBeNull();
      expect({ route, code: result.code }).toEqual({ route, code: 2 });
      expect(result.stderr).toMatch(/git cat-file failed/);
    }
  });

  // Regression (src/sources/diff-source.ts): changed files are read whole, many reads queued ahead;
  // those that failed while not yet awaited were unhandled rejections (Node's exit 1, read as findings).
  it('git cat-file SIGKILLed while changed files are read whole is exit 2', async () => {
    const repo = makeRepo();
    const files = (tag: string): Record<string, string> => Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`src/f${i}.txt`, `line one\n${tag}\n`]));
    repo.commit('files', files('a'));
    repo.commit('changes', files('b'));
    const PATH = faultyGitPath();
    const result = await runBin(['history', '-f', 'json', '--route', 'diff'], repo.dir, { PATH, REAL_GIT, FAULT_CMD: 'cat-file', FAULT_BYTES: '10' }, 30_000);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/git cat-file failed/);
  });

  // Regression: the same, from cat-file's other reader, markPresentInHead (src/sources/present-in-head.ts).
  it('git cat-file SIGKILLed while checking presence at HEAD is exit 2, not a hang', async () => {
    const { repo } = busyRepo(5);
    const PATH = faultyGitPath();
    const result = await runBin(['history', '-f', 'json'], repo.dir, { PATH, REAL_GIT, FAULT_CMD: 'cat-file', FAULT_BYTES: '0' }, 30_000);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(2);
  });
});

describe('corrupt repositories', () => {
  /**
   * Both routes: git log -p reads every blob it diffs; the blob route's git log --raw reads commits
   * and trees, then cat-file --batch-all-objects every object.
   */
  const expectGitError = async (dir: string): Promise<void> => {
    for (const [route, failing] of [['diff', 'log'], ['blobs', '(?:log|cat-file)']] as const) {
      const result = await runCli(['history', '-f', 'json', '--route', route], { cwd: dir });
      expect({ route, code: result.code }).toEqual({ route, code: 2 });
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`^leakgate: git ${failing} failed: .+\\n$`));
    }
  };

  it('a truncated loose object is exit 2', async () => {
    const { repo } = busyRepo(10);
    const blob = repo.git('rev-parse', 'HEAD~6:src/file3.txt').trim();
    const file = join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2));
    chmodSync(file, 0o644);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    await expectGitError(repo.dir);
  });

  it('a pack with an old blob corrupted is exit 2, though git has already streamed newer commits', async () => {
    const { repo } = busyRepo(30);
    repo.git('repack', '-a', '-d', '-q', '--window=0');
    repo.git('prune-packed');
    const blob = repo.git('rev-parse', 'HEAD~25:src/file4.txt').trim();
    const pack = readdirSync(join(repo.dir, '.git', 'objects', 'pack')).find((name) => name.endsWith('.pack')) as string;
    const packPath = join(repo.dir, '.git', 'objects', 'pack', pack);
    // verify-pack -v: "<oid> <type> <size> <size-in-pack> <offset-in-pack>"
    const row = repo.git('verify-pack', '-v', packPath.replace(/\.pack$/, '.idx')).split('\n').find((line) => line.startsWith(blob));
    const [, , , inPack, offset] = (row ?? '').split(/\s+/).map(Number);
    expect(inPack).toBeGreaterThan(100);
    const bytes = readFileSync(packPath);
    for (let i = (offset as number) + 20; i < (offset as number) + (inPack as number) - 20; i++) bytes[i] = (bytes[i] as number) ^ 0x5a;
    chmodSync(packPath, 0o644);
    writeFileSync(packPath, bytes);
    await expectGitError(repo.dir);
  });

  it('a truncated pack is exit 2', async () => {
    const { repo } = busyRepo(10);
    repo.git('repack', '-a', '-d', '-q');
    repo.git('prune-packed');
    const dir = join(repo.dir, '.git', 'objects', 'pack');
    const pack = join(dir, readdirSync(dir).find((name) => name.endsWith('.pack')) as string);
    chmodSync(pack, 0o644);
    truncateSync(pack, Math.floor(statSync(pack).size * 0.6));
    await expectGitError(repo.dir);
  });
});

describe('not a repository', () => {
  it('history and staged outside a repository: exit 2, saying what to do', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.env': `TOKEN=${fakeGithubToken()}\n` });
    for (const command of ['history', 'staged']) {
      const result = await runBin([command], dir);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`leakgate: not a git repository (${dir}): run inside one, or use \`leakgate scan\` for plain files\n`);
    }
  });

  it('a .git file pointing to a missing folder is exit 2, not a scan', async () => {
    const dir = tempDir();
    writeFiles(dir, { '.git': `gitdir: ${join(dir, 'gone')}\n`, 'a.env': `TOKEN=${fakeGithubToken()}\n` });
    const result = await runBin(['history'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^leakgate: .*not a git repository/);
  });
});

describe('interrupted scans and unwritable reports', () => {
  /** A tree that takes the scanner a few seconds: large files dense with keyword hits. */
  const slowTree = (): { dir: string; tokens: string[] } => {
    const dir = tempDir();
    const tokens: string[] = [];
    for (let i = 0; i < 8; i++) {
      const token = fakeGithubToken();
      tokens.push(token);
      writeFileSync(join(dir, `dump${i}.txt`), `${'password=secret '.repeat(300_000)}\ntoken=${token}\n`);
    }
    return { dir, tokens };
  };

  const waitFor = async (condition: () => boolean, ms: number): Promise<void> => {
    for (const end = Date.now() + ms; Date.now() < end && !condition(); ) await new Promise((resolve) => setTimeout(resolve, 20));
  };

  // The CPU time a process has used, in clock ticks (Linux: /proc/PID/stat's utime + stime, fields
  // 14 and 15). Readiness by work done, not by wall time: on a loaded machine the CLI can take longer
  // than any fixed wait to load (Node's own SIGINT mask is set at start, so SigCgt says nothing).
  const cpuTicks = (pid: number | undefined): number => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return 0;
    }
  };

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} during a scan with --output leaves neither a report nor a temporary file`, async () => {
      const { dir } = slowTree();
      const run = startBin(['scan', '.', '-f', 'json', '--output', 'report.json', '--max-file-size', '100000000'], dir);
      // Started: the process has loaded the CLI and is mid-scan (0.4 s of CPU: loading takes ~0.15 s,
      // the scan several seconds); where /proc is missing, a fixed moment.
      if (existsSync('/proc/self/stat')) await waitFor(() => cpuTicks(run.child.pid) >= 40, 20_000);
      else await new Promise((resolve) => setTimeout(resolve, 700));
      expect(run.child.exitCode).toBeNull();
      run.child.kill(signal);
      const result = await run.done;
      if (signal === 'SIGINT') expect(result.code).toBe(130);
      else expect(result.signal).toBe('SIGTERM');
      expect(readdirSync(dir).filter((name) => !name.startsWith('dump'))).toEqual([]);
    });
  }

  it('SIGINT at any moment: either no report at all, or the whole report; never a temporary file', async ({ annotate }) => {
    const { dir, tokens } = slowTree();
    let interrupted = 0;
    for (const delay of [150, 400, 900, 1600, 2500, 4000]) {
      const out = join(dir, 'reports');
      mkdirSync(out, { recursive: true });
      const run = startBin(['scan', '.', '--no-ignore', '-f', 'json', '--no-redact', '--output', 'reports/report.json', '--max-file-size', '100000000'], dir);
      await waitFor(() => run.child.exitCode !== null, delay);
      run.child.kill('SIGINT');
      const result = await run.done;
      expect(tmpLeftovers(out)).toEqual([]);
      // Before bin/leakgate.js installs its handler, SIGINT's default action ends the process.
      if (result.code === 130 || result.signal === 'SIGINT') {
        interrupted++;
        expect(readdirSync(out)).toEqual([]);
      } else {
        expect(result.code).toBe(1);
        const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { findings: Array<{ secret: string }> };
        expect(report.findings.map((finding) => finding.secret).sort()).toEqual([...tokens].sort());
      }
      execFileSync('rm', ['-rf', out]);
    }
    await annotate(`${interrupted} of 6 runs interrupted, the rest completed`);
    expect(interrupted).toBeGreaterThan(0);
  });

  /** Enough findings for a report of ~150 KB. */
  const manyFindings = (): string => {
    const dir = tempDir();
    writeFiles(dir, Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}.env`, `TOKEN=${fakeGithubToken()}\n`])));
    return dir;
  };

  const unshareWorks = spawnSync('unshare', ['-rm', 'true']).status === 0;

  it.skipIf(!unshareWorks)('a full disk (a 16 KB tmpfs) is exit 2 with ENOSPC, and nothing is left on it', async () => {
    const dir = manyFindings();
    const mount = join(dir, 'small');
    mkdirSync(mount);
    // A private mount namespace: the tmpfs exists only for this command, and is listed before it goes.
    const script = `mount -t tmpfs -o size=16k tmpfs "$1" || exit 99
"$2" "$3" scan . -f json --output "$1/report.json"
code=$?
ls -A "$1"
exit $code`;
    const result = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', mount, process.execPath, BIN], { cwd: dir, encoding: 'utf8', timeout: 40_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot write .*report\.json: ENOSPC; nothing was written/);
    expect(result.stdout).toBe('');
  });

  it('a file size limit (ulimit -f) is exit 2 with EFBIG, and nothing is left behind', async () => {
    const dir = manyFindings();
    const out = join(dir, 'out');
    mkdirSync(out);
    const result = spawnSync('sh', ['-c', 'ulimit -f 8 && exec "$0" "$1" scan . -f json --output out/report.json', process.execPath, BIN], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 40_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot write .*report\.json: EFBIG; nothing was written/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('an --output that is an existing folder is exit 2, the folder untouched', async () => {
    const dir = manyFindings();
    mkdirSync(join(dir, 'report.json'));
    const result = await runCli(['scan', '.', '-f', 'json', '--output', 'report.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write .*report\.json: \w+; nothing was written/);
    expect(lstatSync(join(dir, 'report.json')).isDirectory()).toBe(true);
    expect(readdirSync(join(dir, 'report.json'))).toEqual([]);
    expect(tmpLeftovers(dir)).toEqual([]);
  });

  // Only without root: as root, a regression of the next test would replace the system's /dev/full.
  it.skipIf(isRoot || !existsSync('/dev/full'))('--output /dev/full is exit 2, nothing written', async () => {
    const dir = manyFindings();
    const result = await runCli(['scan', '.', '-f', 'json', '--output', '/dev/full'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write \/dev\/full: ENOSPC/);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  // Regression (src/cli/write-output.ts, writeFileAtomic): the report was written beside the target
  // and renamed over it, whatever the target was. A device such as /dev/full (here a twin made with
  // mknod: character device 1,7) was replaced by a regular file holding the report, and the scan
  // exited 1 as if written; as root, `--output /dev/full` or `/dev/stdout` replaced the system's own.
  const twinDir = isRoot ? tempDir() : '';
  const twin = twinDir && spawnSync('mknod', [join(twinDir, 'full'), 'c', '1', '7']).status === 0 ? join(twinDir, 'full') : '';
  it.skipIf(!twin)('--output to a full device (a /dev/full twin) is exit 2 and leaves the device in place', async () => {
    const dir = manyFindings();
    const result = await runCli(['scan', '.', '-f', 'json', '--output', twin], { cwd: dir });
    expect(lstatSync(twin).isCharacterDevice()).toBe(true);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write .*full: ENOSPC/);
  });
});

describe('secret hygiene on error paths', () => {
  /** A folder holding a planted secret, plus whatever config or baseline a case needs. */
  const planted = (files: (token: string) => Record<string, string>): { dir: string; token: string } => {
    const dir = tempDir();
    const token = fakeGithubToken();
    writeFiles(dir, { 'app.env': `GITHUB_TOKEN=${token}\n`, ...files(token) });
    return { dir, token };
  };

  const expectNoSecret = (result: { code: number; stdout: string; stderr: string }, token: string): void => {
    expect(result.stdout + result.stderr).not.toContain(token);
    // Not even most of it: a message may quote a few characters, never enough to use.
    expect(result.stdout + result.stderr).not.toContain(token.slice(4, 24));
  };

  it.each([
    ['a TOML syntax error on the line holding it', (t: string) => `[extend]\nuseDefault = true\nallowed = ${t}\n`],
    ['a key-value pair broken on its line', (t: string) => `[[rules]]\nid = "x" regex = '''${t}'''\n`],
    ['a field of the wrong type holding it', (t: string) => `[[allowlists]]\nstopwords = "${t}"\n`],
    ['a rule whose regex cannot be translated', (t: string) => `[[rules]]\nid = "x"\nregex = '''(?U)${t}'''\n`],
    ['[extend] path naming it', (t: string) => `[extend]\npath = "${t}.toml"\n`],
  ])('config error (%s): exit 2, one line, no secret', async (_name, config) => {
    const { dir, token } = planted((t) => ({ '.leakgate.toml': config(t) }));
    const result = await runCli(['scan', '--verbose'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expectNoSecret(result, token);
  });

  // Regression (src/rules/compile-pattern.ts, compileRegex): V8's SyntaxError message quotes the
  // whole pattern ("Invalid regular expression: /…/: Unterminated character class"), and only its
  // prefix was removed: an allowlist regex naming a known token literally (as gitleaks configs often
  // do) printed that token whole on stderr, in CI logs.
  it('config error (an allowlist regex quoting a token, with a typo): no secret in the message', async () => {
    const { dir, token } = planted((t) => ({ '.leakgate.toml': `[[allowlists]]\nregexes = ['''${t}[''']\n` }));
    const result = await runCli(['scan'], { cwd: dir });
    expect(result.code).toBe(2);
    expectNoSecret(result, token);
  });

  it.each([
    ['a merge conflict around a pasted token', (t: string) => `<<<<<<< HEAD\n{"version": 1}\n=======\ntoken=${t}\n>>>>>>> theirs\n`],
    ['the token pasted alone', (t: string) => `${t}\n`],
    ['truncated after the token', (t: string) => `{"version": 1, "salt": "${t}`],
    ['the token as its salt', (t: string) => JSON.stringify({ version: 1, salt: t, entries: [] })],
    ['the token in place of a hash', (t: string) => JSON.stringify({ version: 1, salt: 'ab'.repeat(16), entries: [{ ruleId: 'github-pat', file: 'app.env', hash: t }] })],
    ['the token as a note of the wrong type', (t: string) => JSON.stringify({ version: 1, salt: 'ab'.repeat(16), entries: [{ ruleId: 'github-pat', file: 'app.env', hash: 'a'.repeat(64), note: [t] }] })],
  ])('baseline error (%s): exit 2, no secret', async (_name, baseline) => {
    const { dir, token } = planted((t) => ({ '.leakgate-baseline.json': baseline(t) }));
    const result = await runCli(['scan', '--verbose'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^leakgate: \.leakgate-baseline\.json(:\d+)?: .*leakgate baseline`\n$/);
    expectNoSecret(result, token);
  });

  it('a rule stopped by the watchdog on the line holding a secret: the message names rule and file only', async () => {
    const { dir, token } = planted((t) => ({
      '.leakgate.toml': `[extend]\nuseDefault = true\n[[rules]]\nid = "evil"\nregex = '''token=(a+)+$'''\nkeywords = ["token="]\n`,
      'trap.txt': `token=${'a'.repeat(40)}! ${t}\n`,
    }));
    const result = await runCli(['scan', '--rule-timeout', '1', '--verbose'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/rule "evil" ran for over 1 s on trap\.txt and was stopped/);
    expectNoSecret(result, token);
  });

  it('git dying mid-history: the message quotes git, never the content it was streaming', async () => {
    const { repo, token } = busyRepo(10);
    const result = await runBin(['history', '--verbose'], repo.dir, { PATH: faultyGitPath(), REAL_GIT, FAULT_CMD: 'log', FAULT_BYTES: '30000' });
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).not.toContain(token);
  });

  it('--verbose names what suppressed each secret (allowlist, inline marker, baseline), never the secret', async () => {
    const { dir, token } = planted((t) => ({
      '.leakgate.toml': `[extend]\nuseDefault = true\n[[allowlists]]\ndescription = "fixtures"\npaths = ["fixtures/**"]\ncondition = "AND"\nregexes = ['''^ghp_''']\n`,
      'fixtures/sample.env': `TOKEN=${t}\n`,
      'inline.env': `TOKEN=${t} # leakgate:allow\n`,
    }));
    const baseline = await runCli(['baseline', 'app.env'], { cwd: dir });
    expect(baseline.code).toBe(0);
    expectNoSecret(baseline, token);
    expect(readFileSync(join(dir, '.leakgate-baseline.json'), 'utf8')).not.toContain(token);
    const result = await runCli(['scan', '--verbose', '--report-unused'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/suppressed github-pat at fixtures\/sample\.env:1 by allowlist/);
    expect(result.stderr).toMatch(/suppressed github-pat at inline\.env:1 by inline: leakgate:allow/);
    expect(result.stderr).toMatch(/suppressed github-pat at app\.env:1 by baseline/);
    expectNoSecret(result, token);
  });
});
