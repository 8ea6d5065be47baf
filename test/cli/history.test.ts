import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeAwsKeyId, fakeGithubToken, fakeStripeKey } from '../helpers/fake-secrets.js';
import { gitIn, makeRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import type { Io } from '../../src/cli/io.js';
import type { CommonOptions } from '../../src/cli/options.js';
import { createProgress } from '../../src/cli/progress.js';
import type { ScanTotals } from '../../src/scan/scan-source.js';
import { countCommits } from '../../src/sources/repo.js';
import { tempDir } from '../helpers/temp-dir.js';

interface JsonFinding {
  file: string; line: number; secret: string; commit: string; author: string; email: string; date: string;
  message: string; occurrences: number; presentInHead: boolean;
}

const ROUTES = ['diff', 'blobs'] as const;

describe.each(ROUTES)('leakgate history --route %s', (route) => {
  const history = async (dir: string, ...extra: string[]) => {
    const result = await runCli(['history', '-f', 'json', '--no-redact', '--route', route, ...extra], { cwd: dir });
    const report = result.code === 2 ? undefined : JSON.parse(result.stdout);
    return { ...result, report, findings: (report?.findings ?? []) as JsonFinding[] };
  };

  it('attributes a secret to the commit that introduced it, with line, author and presence at HEAD', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'a.txt': 'one\n' });
    const token = fakeGithubToken();
    const introducing = repo.commit('add config', { 'conf/app.ini': `[x]\nname=1\ntoken=${token}\n` });
    repo.commit('touch', { 'conf/app.ini': `[x]\nname=2\ntoken=${token}\n` });
    repo.commit('remove', { 'conf/app.ini': '[x]\nname=2\n' });
    const { code, findings, report } = await history(repo.dir);
    expect(code).toBe(1);
    expect(report.scan.commits).toBe(4);
    expect(findings).toEqual([
      expect.objectContaining({ file: 'conf/app.ini', line: 3, commit: introducing, author: 'Ada Lovelace', email: 'ada@example.invalid', message: 'add config', occurrences: 1, presentInHead: false }),
    ]);
  });

  it('reports a secret once across branches and cherry-picks, attributed to the first commit', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'a.txt': 'a\n' });
    repo.git('checkout', '-q', '-b', 'feature');
    const token = fakeGithubToken();
    const first = repo.commit('feature secret', { 'k.env': `KEY=${token}\n` });
    repo.git('checkout', '-q', 'main');
    repo.git('cherry-pick', first);
    repo.git('checkout', '-q', '-b', 'other');
    repo.commit('unrelated', { 'b.txt': 'b\n' });
    const { findings } = await history(repo.dir);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ commit: first, occurrences: 2, presentInHead: true });
  });

  it('attributes by commit time as an instant, across time zones, and follows renames for presentInHead', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'app.py': 'x = 1\n' });
    const token = fakeGithubToken();
    const when = (unix: number, offset: string) => ({ GIT_AUTHOR_DATE: `${unix} ${offset}`, GIT_COMMITTER_DATE: `${unix} ${offset}` });
    const commitAt = (message: string, content: string, env: Record<string, string>): string => {
      repo.write({ 'app.py': content });
      gitIn(repo.dir, ['add', '-A']);
      execFileSync('git', ['commit', '-q', '-m', message], { cwd: repo.dir, env: { ...process.env, ...env } });
      return gitIn(repo.dir, ['rev-parse', 'HEAD']).trim();
    };
    // 00:00Z written in +09:00, removed and re-added an hour and two later in -08:00.
    const added = commitAt('add', `x = 1\nTOKEN = "${token}"\n`, when(1705968000, '+0900'));
    commitAt('remove', 'x = 1\n', when(1705971600, '-0800'));
    commitAt('re-add', `x = 1\nTOKEN = "${token}"\n`, when(1705975200, '-0800'));
    repo.git('mv', 'app.py', 'main.py');
    repo.commit('rename');
    const { findings } = await history(repo.dir);
    expect(findings).toEqual([expect.objectContaining({ commit: added, occurrences: 2, presentInHead: true })]);
  });

  it('finds a secret added in a merge conflict resolution', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'c.txt': 'base\n' });
    repo.git('checkout', '-q', '-b', 'topic');
    repo.commit('topic', { 'c.txt': 'topic\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit('main', { 'c.txt': 'main\n' });
    try {
      repo.git('merge', '-q', 'topic');
    } catch {
      // conflict, resolved by hand below
    }
    const token = fakeGithubToken();
    const merge = repo.commit('merge topic', { 'c.txt': `main\ntopic\nsecret=${token}\n` });
    const { findings } = await history(repo.dir);
    expect(findings).toEqual([expect.objectContaining({ secret: token, commit: merge, line: 3 })]);
  });

  it('scans only the commits of a range; a single ref scans what it reaches', async () => {
    const repo = makeRepo();
    const old = fakeGithubToken();
    const base = repo.commit('old', { 'old.txt': old });
    const fresh = fakeGithubToken();
    repo.commit('new', { 'new.txt': fresh });
    const ranged = await history(repo.dir, `${base}..HEAD`);
    expect(ranged.findings.map((f) => f.secret)).toEqual([fresh]);
    expect(ranged.report.scan.commits).toBe(1);
    const symmetric = await history(repo.dir, `${base}...HEAD`);
    expect(symmetric.findings.map((f) => f.secret)).toEqual([fresh]);
    const all = await history(repo.dir);
    expect(all.findings.map((f) => f.secret).sort()).toEqual([old, fresh].sort());
    const since = await history(repo.dir, 'HEAD~1');
    expect(since.findings.map((f) => f.secret)).toEqual([old]);
  });

  it('a range whose base is missing is an error with the fix, and a shallow clone says what it did not scan', async () => {
    const repo = makeRepo();
    for (let i = 0; i < 5; i++) repo.commit(`c${i}`, { [`f${i}.txt`]: `${i}\n` });
    const clone = join(tempDir(), 'shallow');
    gitIn(repo.dir, ['clone', '-q', '--depth', '2', `file://${repo.dir}`, clone]);
    const base = repo.git('rev-parse', 'HEAD~3').trim();
    const missing = await history(clone, `${base}..HEAD`);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/is not a commit in this repository: .*fetch-depth: 0.*git fetch --deepen/);
    const shallow = await history(clone);
    expect(shallow.code).toBe(0);
    expect(shallow.report.notes[0]).toMatch(/shallow clone/);
    expect(shallow.report.scan.commits).toBe(2);
  });

  it('passes over submodules and symlinks, notes oversized files (name rules still apply), reads UTF-16', async () => {
    const sub = makeRepo();
    sub.commit('sub', { 'x.txt': 'x\n' });
    const repo = makeRepo();
    repo.commit('init', { 'a.txt': 'a\n' });
    repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendor/sub');
    // A symlink whose target looks like a token: its "content" is a path, not a secret.
    const target = gitIn(repo.dir, ['hash-object', '-w', '--stdin'], fakeGithubToken()).trim();
    repo.git('update-index', '--add', '--cacheinfo', `120000,${target},link`);
    repo.commit('submodule and symlink');
    const wide = fakeGithubToken();
    const big = fakeGithubToken();
    repo.commit('utf-16 and big', {
      'win/settings.ini': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`token=${wide}\r\n`, 'utf16le')]),
      'deploy/id_rsa': `# ${big}\n${'x'.repeat(70_000)}\n`,
    });
    const { code, findings, report } = await history(repo.dir, '--max-file-size', '65536');
    expect(code).toBe(1);
    // --max-file-size bounds what is read whole: a blob; the diff route reads added lines, whatever the file's size.
    // By diffs the file's content is read and its finding replaces the file-name finding (one place,
    // one finding); by blobs the file is over --max-file-size and only its name is checked.
    const expected = [route === 'diff' ? ['deploy/id_rsa', big] : ['deploy/id_rsa', 'deploy/id_rsa'], ['win/settings.ini', wide]];
    expect(findings.map((f) => [f.file, f.secret]).sort()).toEqual(expected.sort());
    expect(report.skipped).toEqual(
      route === 'blobs' ? [expect.objectContaining({ path: 'deploy/id_rsa', reason: expect.stringMatching(/larger than --max-file-size/) })] : [],
    );
  });

  it('a missing object is an error (exit 2), never a partial clean scan', async () => {
    const repo = makeRepo();
    repo.commit('one', { 'a.txt': 'alpha\n' });
    repo.commit('two', { 'a.txt': 'alpha\nbeta\n' });
    const blob = repo.git('rev-parse', 'HEAD~1:a.txt').trim();
    rmSync(join(repo.dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)));
    const result = await history(repo.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(route === 'diff' ? /^leakgate: git log failed: / : new RegExp(`^leakgate: blob ${blob} \\(a.txt\\) is missing`));
    expect(result.stdout).toBe('');
  });

  it('runs none of a hostile repository config (textconv, external diff, fsmonitor, pager) and scans raw content', async () => {
    const repo = makeRepo();
    const token = fakeGithubToken();
    repo.commit('attrs', { '.gitattributes': '*.txt diff=evil\n', 'secret.txt': `k=${token}\n` });
    repo.write({ 'more.txt': `x=${fakeGithubToken()}\n` });
    repo.git('add', 'more.txt');
    // Set up the traps only now, so that the test's own git calls do not spring them.
    const marker = join(tempDir(), 'ran');
    const evil = `sh -c 'touch ${marker}; echo hidden'`;
    repo.git('config', 'diff.evil.textconv', evil);
    repo.git('config', 'diff.external', evil);
    repo.git('config', 'core.fsmonitor', evil);
    repo.git('config', 'core.pager', evil);
    repo.git('config', 'diff.noprefix', 'true');
    const all = await history(repo.dir);
    const staged = await runCli(['staged', '-f', 'json'], { cwd: repo.dir });
    expect(existsSync(marker)).toBe(false);
    expect(all.findings).toEqual([expect.objectContaining({ file: 'secret.txt', secret: token })]);
    expect(staged.code).toBe(1);
  });

  it('is an error (exit 2) when git is not on PATH', async () => {
    const repo = makeRepo();
    const saved = process.env['PATH'];
    process.env['PATH'] = tempDir();
    try {
      const result = await runCli(['history'], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/git is not installed or not on PATH/);
    } finally {
      process.env['PATH'] = saved;
    }
    expect(readdirSync(repo.dir)).toContain('.git');
  });
});

describe('leakgate history: the two routes agree', () => {
  const findingsOf = async (dir: string, route: string) => {
    const result = await runCli(['history', '-f', 'json', '--no-redact', '--route', route], { cwd: dir });
    expect(result.code).toBe(1);
    return (JSON.parse(result.stdout).findings as Array<JsonFinding & { ruleId: string }>)
      .map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.commit} ${f.occurrences} ${f.presentInHead}`)
      .sort();
  };

  it('renames on one side of a merge, moves, rewritten lines, conflict resolutions, deleted files, a bare mirror', async () => {
    const repo = makeRepo();
    const [kept, moved, branch, resolved, gone] = [fakeGithubToken(), fakeStripeKey(), fakeGithubToken(), fakeAwsKeyId(), fakeStripeKey()];
    repo.commit('init', { 'app/config.py': `TOKEN = "${kept}"\n`, 'lib/pay.js': `const key = "${moved}";\n`, 'old/k.env': `STRIPE=${gone}\n` });
    repo.commit('rewrite the line', { 'app/config.py': `TOKEN = "${kept}"  # rotate me\n` });
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('branch secret', { 'lib/pay.js': `const key = "${moved}";\nconst gh = "${branch}";\n` });
    repo.git('checkout', '-q', 'main');
    mkdirSync(join(repo.dir, 'src'));
    repo.git('mv', 'lib/pay.js', 'src/payments.js');
    repo.commit('move payments');
    repo.commit('conflicting edit', { 'app/config.py': `TOKEN = "${kept}"  # main\n` });
    repo.git('checkout', '-q', 'feature');
    repo.commit('feature edit', { 'app/config.py': `TOKEN = "${kept}"  # feature\n` });
    repo.git('checkout', '-q', 'main');
    try {
      repo.git('merge', '-q', 'feature');
    } catch {
      // Conflict in app/config.py: resolved below with a new key.
    }
    repo.write({ 'app/config.py': `TOKEN = "${kept}"\nAWS_ACCESS_KEY_ID = "${resolved}"\n` });
    repo.commit('merge feature');
    repo.git('rm', '-q', 'old/k.env');
    repo.commit('drop env');
    const diff = await findingsOf(repo.dir, 'diff');
    const blobs = await findingsOf(repo.dir, 'blobs');
    expect(blobs).toEqual(diff);
    expect(diff).toHaveLength(5);

    const mirror = join(tempDir(), 'mirror.git');
    gitIn(repo.dir, ['clone', '-q', '--mirror', repo.dir, mirror]);
    expect(await findingsOf(mirror, 'blobs')).toEqual(diff);
  });

  it('--progress counts blobs (or commits, by diffs) against the total, with an ETA', async () => {
    const repo = makeRepo();
    for (let i = 0; i < 3; i++) repo.commit(`c${i}`, { [`f${i}.txt`]: `${i}\n` });
    const result = await runCli(['history', '--progress', '--route', 'blobs'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/scanning: 3 commits, blob [1-3]\/3 \(\d+%, ETA \d+ (?:s|min)\)/);
    // By diffs, commits against their count (git rev-list --count, run when the line first shows;
    // a scan this small may end before it returns, so the line is checked on its own).
    expect(await countCommits(repo.dir, ['--all'], undefined)).toBe(3);
    expect(await countCommits(repo.dir, ['HEAD~1..HEAD'], undefined)).toBe(1);
    let shown = '';
    const io = { stderr: { isTTY: true, write: (text: string) => (shown += text) }, env: {} } as unknown as Io;
    const line = createProgress(io, { progress: true } as CommonOptions, () => 37, () => ({ unit: 'commit', count: 400 }));
    line?.tick({ files: 12, bytes: 1 << 20, findings: [] } as unknown as ScanTotals);
    expect(shown).toMatch(/scanning: commit 37\/400 \(9%, ETA \d+ (?:s|min)\), 1\.0 MB/);
  });

  it('a range is detected in this thread up to a size and on the workers past it: the same findings either way', async () => {
    const repo = makeRepo();
    repo.commit('base', { 'README.md': 'hello\n' });
    const keys = [fakeAwsKeyId(), fakeAwsKeyId(), fakeAwsKeyId()];
    keys.forEach((key, i) => repo.commit(`c${i}`, { [`conf${i}.env`]: `${'# padding line\n'.repeat(200)}AWS_ACCESS_KEY_ID=${key}\n` }));
    const secretsWith = async (bytes: string): Promise<string[]> => {
      process.env['LEAKGATE_RANGE_BYTES'] = bytes;
      try {
        const result = await runCli(['history', 'HEAD~3..HEAD', '-f', 'json', '--no-redact'], { cwd: repo.dir });
        expect(result.code).toBe(1);
        return JSON.parse(result.stdout).findings.map((f: { secret: string; file: string; line: number; commit: string }) => `${f.secret} ${f.file}:${f.line} ${f.commit}`).sort();
      } finally {
        delete process.env['LEAKGATE_RANGE_BYTES'];
      }
    };
    const inThread = await secretsWith(String(1 << 30));
    expect(inThread.map((line) => line.split(' ')[0]).sort()).toEqual([...keys].sort());
    // One byte: the first file in this thread, the rest on the workers.
    expect(await secretsWith('1')).toEqual(inThread);
  });

  it('a blob far over the old 10 MB cap, with a key on its last line, is found by both routes with --max-file-size 256 MB', async () => {
    const repo = makeRepo();
    const key = fakeAwsKeyId();
    const filler = 'export const value = compute(alpha, beta, gamma); // an ordinary line of code\n'.repeat(300_000);
    repo.commit('bundle', { 'dist/app.js': `${filler}const id = "${key}";\n` });
    repo.commit('other', { 'README.md': 'hi\n' });
    const lines = filler.split('\n').length;
    for (const route of ['blobs', 'diff']) {
      const result = await runCli(['history', '--route', route, '--max-file-size', String(256 << 20), '-f', 'json', '--no-redact'], { cwd: repo.dir });
      expect(result.code).toBe(1);
      const found = JSON.parse(result.stdout).findings.map((f: { secret: string; line: number; file: string }) => `${f.file}:${f.line} ${f.secret}`);
      expect(found).toEqual([`dist/app.js:${lines} ${key}`]);
    }
  });

  it('auto takes the route its cost model says is cheaper: blobs for rewritten bundles, diffs when cat-file would mostly stream objects no commit holds', async () => {
    const routeOf = async (dir: string) => JSON.parse((await runCli(['history', '-f', 'json'], { cwd: dir })).stdout).scan.route;
    const big = makeRepo();
    for (let i = 0; i < 2; i++) big.commit(`v${i}`, { 'dist/bundle.js': `var v${i} = ${i};\n`.repeat(100_000) });
    expect(await routeOf(big.dir)).toBe('blobs');
    // A few small edits, and 8 MB of objects that no commit reaches (a dropped branch, an old
    // stash): the blob route would stream them all through cat-file, the diff route never reads them.
    const small = makeRepo();
    for (let i = 0; i < 3; i++) small.commit(`c${i}`, { 'a.txt': `line ${i}\n`.repeat(100) });
    small.write({ 'dropped.bin': randomBytes(8 << 20) });
    small.git('hash-object', '-w', 'dropped.bin');
    rmSync(join(small.dir, 'dropped.bin'));
    expect(await routeOf(small.dir)).toBe('diff');
    // A range is always read by diffs, and says so when blobs were asked for.
    expect(JSON.parse((await runCli(['history', '-f', 'json', 'HEAD~1..HEAD'], { cwd: big.dir })).stdout).scan.route).toBe('diff');
    const asked = JSON.parse((await runCli(['history', '-f', 'json', '--route', 'blobs', 'HEAD~1..HEAD'], { cwd: big.dir })).stdout);
    expect(asked.scan.route).toBe('diff');
    expect(asked.notes).toEqual(['a range or --since is read commit by commit (--route blobs applies to a full audit)']);
  });
});
