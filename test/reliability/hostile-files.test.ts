// Hostile files: each one scanned correctly (the fake secret planted in it is still found) or
// skipped with a note, in bounded memory and without a hang. The large cases run the real binary
// (bin/leakgate.js, on lib/: `npm run build` first) and read its peak RSS, all threads included.
// No wall-clock assertions: the time of each large case is attached as a test annotation.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { makeRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const MB = 1024 * 1024;
/** Generous: a scan holds a file, its decoded text and a worker's copy; ~200 MB was measured for 30 MB. */
const PEAK_LIMIT_MB = 1024;

interface JsonFinding {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly secret: string;
}

interface JsonReport {
  readonly scan: { readonly files: number };
  readonly findings: readonly JsonFinding[];
  readonly skipped: ReadonlyArray<{ readonly path: string; readonly reason: string }>;
}

interface BinResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory of the whole process (main thread and workers), in MB. */
  readonly peakMb: number;
  readonly seconds: number;
}

const BIN = fileURLToPath(new URL('../../bin/leakgate.js', import.meta.url));

// Preloaded into the child: on exit, getrusage's peak RSS (RUSAGE_SELF: every thread) to a file.
const PEAK_PRELOAD = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(process.env.LEAKGATE_TEST_PEAK, String(process.resourceUsage().maxRSS)));",
)}`;

/** Runs bin/leakgate.js in a child process, killed if it outlives `timeoutMs` (a hang is a failure, not a stuck run). */
const runBin = (args: readonly string[], cwd: string, timeoutMs = 50_000): Promise<BinResult> =>
  new Promise((resolve, reject) => {
    const peakFile = join(tempDir('leakgate-peak-'), 'peak');
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', PEAK_PRELOAD, BIN, ...args], {
      cwd,
      env: { ...process.env, LEAKGATE_TEST_PEAK: peakFile, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const peakKb = existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) : Number.NaN;
      resolve({ code, signal, stdout, stderr, peakMb: Math.round(peakKb / 1024), seconds: (performance.now() - started) / 1000 });
    });
  });

const reportOf = (result: { readonly stdout: string }): JsonReport => JSON.parse(result.stdout) as JsonReport;

const expectBounded = async (result: BinResult, annotate: (message: string) => Promise<unknown>): Promise<void> => {
  await annotate(`peak RSS ${result.peakMb} MB, ${result.seconds.toFixed(1)} s`);
  expect(result.signal).toBeNull();
  expect(result.peakMb).toBeGreaterThan(0);
  expect(result.peakMb).toBeLessThan(PEAK_LIMIT_MB);
};

const githubFindings = (report: JsonReport): JsonFinding[] => report.findings.filter((finding) => finding.ruleId === 'github-pat');

describe('hostile files', () => {
  it('a 30 MB single-line minified file: the secret in its middle is found, at its column', async ({ annotate }) => {
    const dir = tempDir();
    const token = fakeGithubToken();
    const chunk = 'function(e,t){var n=e.length,r=t||{};return n>0?r[e[0]]:null},';
    const half = chunk.repeat(Math.ceil((15 * MB) / chunk.length));
    writeFileSync(join(dir, 'bundle.min.js'), `${half}auth:{token:"${token}"},${half}`);
    const result = await runBin(['scan', '-f', 'json', '--no-redact', '--max-file-size', String(64 * MB)], dir);
    await expectBounded(result, annotate);
    expect(result.code).toBe(1);
    expect(githubFindings(reportOf(result))).toEqual([
      expect.objectContaining({ file: 'bundle.min.js', line: 1, column: half.length + 'auth:{token:"'.length + 1, secret: token }),
    ]);
  });

  it('a 1,000,000-line file: the secret near its end is found, at its line', async ({ annotate }) => {
    const dir = tempDir();
    const token = fakeGithubToken();
    const lines = Array.from({ length: 1_000_000 }, (_, i) => `const value${i} = compute(${i}, "row");`);
    lines[999_990] = `const GITHUB_TOKEN = "${token}";`;
    writeFileSync(join(dir, 'generated.js'), `${lines.join('\n')}\n`);
    const result = await runBin(['scan', '-f', 'json', '--no-redact', '--max-file-size', String(64 * MB)], dir);
    await expectBounded(result, annotate);
    expect(result.code).toBe(1);
    expect(githubFindings(reportOf(result))).toEqual([expect.objectContaining({ file: 'generated.js', line: 999_991, column: 23, secret: token })]);
  });

  it('10 MB of "=" on one line finishes, and secrets right after it (same line, next line) are found', async ({ annotate }) => {
    const dir = tempDir();
    const [sameLine, nextLine] = [fakeGithubToken(), fakeGithubToken()];
    writeFileSync(join(dir, 'equals.txt'), `${'='.repeat(10 * MB)}${sameLine}\ntoken=${nextLine}\n`);
    const result = await runBin(['scan', '-f', 'json', '--no-redact', '--max-file-size', String(64 * MB)], dir);
    await expectBounded(result, annotate);
    expect(result.code).toBe(1);
    expect(githubFindings(reportOf(result))).toEqual([
      expect.objectContaining({ line: 1, column: 10 * MB + 1, secret: sameLine }),
      expect.objectContaining({ line: 2, column: 7, secret: nextLine }),
    ]);
  });

  it('10 MB of "password" on one line finishes, and secrets inside it and after it are found', async ({ annotate }) => {
    const dir = tempDir();
    const [inside, after] = [fakeGithubToken(), fakeGithubToken()];
    // Every 8 characters a keyword hit of the generic password rules: the windows merge into one
    // span of 10 MB that their regexes must cross in linear time.
    const half = 'password'.repeat((5 * MB) / 8);
    writeFileSync(join(dir, 'passwords.txt'), `${half} ${inside} ${half}\npassword=${after}\n`);
    const result = await runBin(['scan', '-f', 'json', '--no-redact', '--max-file-size', String(64 * MB)], dir);
    await expectBounded(result, annotate);
    expect(result.code).toBe(1);
    expect(githubFindings(reportOf(result))).toEqual([
      expect.objectContaining({ line: 1, column: half.length + 2, secret: inside }),
      expect.objectContaining({ line: 2, column: 10, secret: after }),
    ]);
  });

  it('invalid UTF-8 (overlong, lone continuation, truncated, surrogate halves, 0xFF) does not hide a secret', async () => {
    const dir = tempDir();
    const [clean, dirty] = [fakeGithubToken(), fakeGithubToken()];
    const invalid = [
      Buffer.from([0xc0, 0xaf]), // overlong "/"
      Buffer.from([0x80, 0xbf]), // continuation bytes with no lead
      Buffer.from([0xed, 0xa0, 0x80]), // a UTF-16 surrogate half, encoded
      Buffer.from([0xf4, 0x90, 0x80, 0x80]), // above U+10FFFF
      Buffer.from([0xfe, 0xff]), // never valid in UTF-8
    ];
    writeFiles(dir, {
      'mixed.txt': Buffer.concat([
        Buffer.from('header '),
        ...invalid,
        Buffer.from(`\nok=${clean}\n`),
        Buffer.from([0xe2, 0x82]), // a truncated euro sign, right before the secret
        Buffer.from(`${dirty} `),
        Buffer.from([0xf0, 0x9f, 0x98]), // truncated at the end of the file
      ]),
    });
    const result = await runCli(['scan', '-f', 'json', '--no-redact'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(githubFindings(reportOf(result))).toEqual([
      expect.objectContaining({ file: 'mixed.txt', line: 2, column: 4, secret: clean }),
      expect.objectContaining({ file: 'mixed.txt', line: 3, secret: dirty }),
    ]);
  });

  it('NUL bytes in the first 8,000 bytes: skipped as binary with a note in the JSON report; later NULs do not hide a secret', async () => {
    const dir = tempDir();
    const [hidden, late] = [fakeGithubToken(), fakeGithubToken()];
    writeFiles(dir, {
      'image.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from(` ${hidden}\n`)]),
      // git's rule too: only the first 8,000 bytes decide; this file is text with a stray NUL.
      'log.txt': Buffer.concat([Buffer.from(`${'x'.repeat(9000)}\n`), Buffer.from([0]), Buffer.from(` key=${late}\n`)]),
    });
    const result = await runCli(['scan', '-f', 'json', '--no-redact'], { cwd: dir });
    expect(result.code).toBe(1);
    const report = reportOf(result);
    expect(report.skipped).toEqual([{ path: 'image.png', reason: 'binary' }]);
    expect(report.findings.map((finding) => finding.secret)).toEqual([late]);
    expect(result.stderr).toContain('skipped 1');
    const stdin = await runCli(['scan', '-', '-f', 'json'], { cwd: dir, stdin: readFileSync(join(dir, 'image.png')) });
    expect(stdin.code).toBe(0);
    expect(reportOf(stdin).skipped).toEqual([{ path: '-', reason: 'binary' }]);
  });

  it('UTF-16 little- and big-endian, with and without a BOM: the secret is found at its line and column', async () => {
    const dir = tempDir();
    const tokens = Array.from({ length: 4 }, () => fakeGithubToken());
    const text = (token: string): string => `# settings\nkey=${token}\n`;
    const be = (value: string): Buffer => Buffer.from(value, 'utf16le').swap16();
    writeFiles(dir, {
      'le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(tokens[0] as string), 'utf16le')]),
      'be-bom.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), be(text(tokens[1] as string))]),
      'le-plain.txt': Buffer.from(text(tokens[2] as string), 'utf16le'),
      'be-plain.txt': be(text(tokens[3] as string)),
    });
    const result = await runCli(['scan', '-f', 'json', '--no-redact'], { cwd: dir });
    expect(result.code).toBe(1);
    const found = Object.fromEntries(reportOf(result).findings.map((f) => [f.file, [f.line, f.column, f.secret]]));
    expect(found).toEqual({
      'le-bom.txt': [2, 5, tokens[0]],
      'be-bom.txt': [2, 5, tokens[1]],
      'le-plain.txt': [2, 5, tokens[2]],
      'be-plain.txt': [2, 5, tokens[3]],
    });
    expect(reportOf(result).skipped).toEqual([]);
  });

  describe('file names with newlines, quotes, leading dashes, control characters and non-ASCII', () => {
    const NAMES = [
      'new\nline.txt',
      'carriage\rreturn.txt',
      'tab\there.txt',
      'double"quote.txt',
      "single'quote.txt",
      'back\\slash.txt',
      '-rf.txt',
      '--output=report.json',
      ' leading space.txt',
      '$(touch pwned).txt',
      '`id`;rm -rf .txt',
      'café é.txt',
      '日本語のファイル.txt',
      '😀 emoji.txt',
      `${'é'.repeat(125)}.txt`, // 254 bytes: near the 255-byte limit of a name
    ];
    const plant = (): { files: Record<string, string>; byName: Map<string, string> } => {
      const byName = new Map(NAMES.map((name) => [name, fakeGithubToken()]));
      const files = Object.fromEntries([...byName].map(([name, token]) => [`dir/${name}`, `token=${token}\n`]));
      return { files, byName };
    };
    const expected = (byName: Map<string, string>): string[][] => [...byName].map(([name, token]) => [`dir/${name}`, token]).sort();
    const found = (report: JsonReport): string[][] => report.findings.map((f) => [f.file, f.secret]).sort();

    it('scan reports each file under its exact name', async () => {
      const dir = tempDir();
      const { files, byName } = plant();
      writeFiles(dir, files);
      const result = await runCli(['scan', '-f', 'json', '--no-redact'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(found(reportOf(result))).toEqual(expected(byName));
      expect(existsSync(join(dir, 'pwned'))).toBe(false);
    });

    it('history and staged read them back from git under their exact names', async () => {
      const repo = makeRepo();
      const { files, byName } = plant();
      repo.commit('hostile names', files);
      const history = await runCli(['history', '-f', 'json', '--no-redact'], { cwd: repo.dir });
      expect(history.code).toBe(1);
      expect(found(reportOf(history))).toEqual(expected(byName));
      const next = plant();
      const staged = Object.fromEntries(Object.entries(next.files).map(([path, content]) => [path.replace('dir/', 'staged/'), content]));
      repo.write(staged);
      repo.git('add', '-A');
      const result = await runCli(['staged', '-f', 'json', '--no-redact'], { cwd: repo.dir });
      expect(result.code).toBe(1);
      expect(found(reportOf(result))).toEqual(expected(next.byName).map(([path, token]) => [(path as string).replace('dir/', 'staged/'), token as string]).sort());
    });

    // Regression (src/sources/parse-diff.ts, unquotePath): git quotes a name holding a quote, a
    // backslash or a control character, and leaves its emoji raw (core.quotepath=false); unquotePath
    // turned each half of the emoji's surrogate pair into U+FFFD: the finding was in "��\"q.txt".
    it('history keeps an emoji in a name git quotes (a quote, or a tab, beside 😀)', async () => {
      const repo = makeRepo();
      const names = ['😀"q.txt', 'tab\t😀.txt'];
      const tokens = names.map(() => fakeGithubToken());
      repo.commit('emoji', Object.fromEntries(names.map((name, i) => [name, `token=${tokens[i]}\n`])));
      const history = await runCli(['history', '-f', 'json', '--no-redact'], { cwd: repo.dir });
      expect(reportOf(history).findings.map((f) => [f.file, f.secret]).sort()).toEqual(names.map((name, i) => [name, tokens[i]]).sort());
    });

    // Regression (was a bug: src/sources/walk-files.ts): names are read as UTF-8 strings (readdirSync), so a name that
    // is not valid UTF-8 comes back with U+FFFD, lstat of that spelling fails, and the file, or the
    // whole folder, is skipped as "vanished while scanning": its secrets are never read, exit 0.
    it('a file, or a folder, whose name is not valid UTF-8 is still read', async () => {
      const dir = tempDir();
      const [inFile, inFolder] = [fakeGithubToken(), fakeGithubToken()];
      const bytes = (...parts: Array<string | number[]>): Buffer => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));
      writeFileSync(bytes(`${dir}/bad`, [0xff, 0xfe], 'name.env'), `TOKEN=${inFile}\n`);
      mkdirSync(bytes(`${dir}/folder`, [0xc3]));
      writeFileSync(bytes(`${dir}/folder`, [0xc3], '/inner.env'), `TOKEN=${inFolder}\n`);
      const result = await runCli(['scan', '-f', 'json', '--no-redact'], { cwd: dir });
      const report = reportOf(result);
      expect(report.skipped).toEqual([]);
      expect(report.findings.map((f) => f.secret).sort()).toEqual([inFile, inFolder].sort());
      expect(result.code).toBe(1);
    });

    it('a name with a leading dash is scanned when given as ./-name', async () => {
      const dir = tempDir();
      const token = fakeGithubToken();
      writeFiles(dir, { '-rf.txt': `token=${token}\n` });
      const result = await runCli(['scan', './-rf.txt', '-f', 'json', '--no-redact'], { cwd: dir });
      expect(result.code).toBe(1);
      expect(reportOf(result).findings.map((f) => [f.file, f.secret])).toEqual([['-rf.txt', token]]);
    });

    // Regression (src/cli/main.ts): paths after `--` were dropped and "." scanned instead; a file
    // outside the working folder was never read, and the scan said "no secrets found" (exit 0).
    it('a name with a leading dash is scanned when given after --, even outside the working folder', async () => {
      const outside = tempDir();
      const token = fakeGithubToken();
      writeFiles(outside, { '-secret.env': `TOKEN=${token}\n` });
      const cwd = tempDir();
      const result = await runCli(['scan', '-f', 'json', '--no-redact', '--', join(outside, '-secret.env')], { cwd });
      expect(result.code).toBe(1);
      expect(reportOf(result).findings.map((f) => f.secret)).toEqual([token]);
    });
  });

  it('a symlink pointing outside the tree is not followed: listed as skipped, the outside secret not reported', async () => {
    const outside = tempDir();
    const secret = fakeGithubToken();
    writeFiles(outside, { 'secret.env': `TOKEN=${secret}\n`, 'sub/deep.env': `TOKEN=${fakeGithubToken()}\n` });
    const dir = tempDir();
    const inside = fakeGithubToken();
    writeFiles(dir, { 'src/app.js': `const t = "${inside}";\n` });
    symlinkSync(join(outside, 'secret.env'), join(dir, 'src', 'linked.env'));
    symlinkSync(outside, join(dir, 'outside-dir'));
    symlinkSync('.', join(dir, 'src', 'loop'));
    symlinkSync(join(dir, 'missing-target'), join(dir, 'dangling'));
    const result = await runCli(['scan', '-f', 'json', '--no-redact'], { cwd: dir });
    expect(result.code).toBe(1);
    const report = reportOf(result);
    expect(report.findings.map((f) => [f.file, f.secret])).toEqual([['src/app.js', inside]]);
    expect(report.skipped).toEqual(
      ['dangling', 'outside-dir', 'src/linked.env', 'src/loop'].map((path) => ({ path, reason: 'symbolic link (not followed)' })),
    );
    // Named on the command line, a symlink is not followed either.
    const named = await runCli(['scan', 'src/linked.env', '-f', 'json'], { cwd: dir });
    expect(named.code).toBe(0);
    expect(reportOf(named).skipped).toEqual([{ path: 'src/linked.env', reason: 'symbolic link (not followed)' }]);
  });

  // Regression (was a bug: src/sources/walk-files.ts readIgnoreFile, src/config/load-config.ts readConfigText, the
  // baseline reader): the files leakgate reads for itself follow symlinks to anything. A cloned
  // repository can commit `.gitignore -> /dev/zero` (or .leakgate.toml, or the baseline): the read
  // never ends; `leakgate scan` grew to 16.8 GB in 50 s and aborted (std::bad_alloc, exit 134).
  // Here under `ulimit -v` (4 GB), where it aborts within seconds. Expected: such a file refused or
  // skipped with a note (exit 1 or 2), the scan otherwise done.
  it('.gitignore, .leakgate.toml or the baseline symlinked to /dev/zero: no unbounded read, no abort', async () => {
    const underLimit = (dir: string): { status: number | null; signal: NodeJS.Signals | null } =>
      spawnSync('sh', ['-c', 'ulimit -v 4000000 && exec "$0" "$1" scan -f json', process.execPath, BIN], { cwd: dir, timeout: 30_000, encoding: 'utf8' });
    const repo = (link: string | undefined): string => {
      const dir = tempDir();
      mkdirSync(join(dir, '.git'));
      writeFiles(dir, { 'app.env': `TOKEN=${fakeGithubToken()}\n` });
      if (link) {
        mkdirSync(join(dir, link, '..'), { recursive: true });
        symlinkSync('/dev/zero', join(dir, link));
      }
      return dir;
    };
    // The same scan without the trap runs under the limit.
    expect(underLimit(repo(undefined))).toMatchObject({ status: 1, signal: null });
    for (const link of ['.gitignore', 'sub/.gitignore', '.leakgate.toml', '.leakgate-baseline.json']) {
      const result = underLimit(repo(link));
      expect({ link, signal: result.signal }).toEqual({ link, signal: null });
      expect({ link, ok: result.status === 1 || result.status === 2 }).toEqual({ link, ok: true });
    }
  });

  it('a FIFO met in a folder is skipped without being opened (no hang); named, it is refused (exit 2, issue 17 item 9)', async () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    writeFiles(dir, { 'a.env': `TOKEN=${token}\n` });
    expect(spawnSync('mkfifo', [join(dir, 'pipe')]).status).toBe(0);
    // The real binary, killed if it blocks on the FIFO (in-process, a blocked read would hang the test runner).
    const walked = await runBin(['scan', '-f', 'json', '--no-redact'], dir, 20_000);
    expect(walked.signal).toBeNull();
    expect(walked.code).toBe(1);
    expect(reportOf(walked).skipped).toEqual([{ path: 'pipe', reason: 'FIFO (not read)' }]);
    expect(reportOf(walked).findings.map((f) => f.secret)).toEqual([token]);
    const named = await runBin(['scan', 'pipe', '-f', 'json'], dir, 20_000);
    expect(named.signal).toBeNull();
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/^leakgate: cannot scan pipe: it is a pipe or a device/);
  });

  it('200 nested folders: the secret at the bottom is found under its full path', async () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    const deep = Array.from({ length: 200 }, (_, i) => `d${i % 10}`).join('/');
    writeFiles(dir, { [`${deep}/creds.env`]: `TOKEN=${token}\n`, [`${deep}/.gitignore`]: 'nothing-ignored\n' });
    mkdirSync(join(dir, '.git'));
    const result = await runCli(['scan', '-f', 'json', '--no-redact'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(reportOf(result).findings.map((f) => [f.file, f.secret])).toEqual([[`${deep}/creds.env`, token]]);
  });

  it('100,000 small files: the one secret among them is found, every file counted', async ({ annotate }) => {
    const dir = tempDir();
    const token = fakeGithubToken();
    for (let d = 0; d < 100; d++) {
      const folder = join(dir, `pkg${String(d).padStart(2, '0')}`);
      mkdirSync(folder);
      for (let f = 0; f < 1000; f++) writeFileSync(join(folder, `m${f}.js`), `export const v${f} = ${d * 1000 + f};\n`);
    }
    writeFileSync(join(dir, 'pkg57', 'm613.js'), `export const token = "${token}";\n`);
    const result = await runBin(['scan', '-f', 'json', '--no-redact'], dir);
    await expectBounded(result, annotate);
    expect(result.code).toBe(1);
    const report = reportOf(result);
    expect(report.scan.files).toBe(100_000);
    expect(report.findings.map((f) => [f.file, f.secret])).toEqual([['pkg57/m613.js', token]]);
  }, 240_000);

});
