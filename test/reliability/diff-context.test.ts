// The diff route (staged, ranges, history --route diff) read `git diff -U0`: the added lines with
// no context. A rule that needs the line before (a PEM body between existing BEGIN/END lines, a
// Kubernetes value under an unchanged name) found nothing, while `scan` found the secret. Now a
// changed file is scanned whole and its findings kept where they touch an added line; the property
// test holds the diff route to exactly that on generated edits. A file renamed out of an
// allowlisted path is scanned whole.
import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken, fakePassword } from '../helpers/fake-secrets.js';
import { makeRepo, type Repo } from '../helpers/git-repo.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';

interface Found {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly endLine: number;
  readonly secret: string;
}

const findingsOf = (result: CliResult): Found[] => (JSON.parse(result.stdout) as { findings: Found[] }).findings;

const run = (repo: Repo, ...args: string[]): Promise<CliResult> =>
  runCli([...args, '--format', 'json', '--no-baseline', '--no-redact'], { cwd: repo.dir });

/** The three diff-route modes over the last commit, staged first (the change is staged, checked, then committed). */
const diffRouteFinds = async (repo: Repo, change: Record<string, string>): Promise<Array<{ mode: string; secrets: string[] }>> => {
  repo.write(change);
  repo.git('add', '-A');
  const out = [{ mode: 'staged', secrets: findingsOf(await run(repo, 'staged')).map((f) => f.secret) }];
  repo.commit('change');
  for (const mode of [['history', 'HEAD~1..HEAD'], ['history', '--route', 'diff']]) {
    out.push({ mode: mode.join(' '), secrets: findingsOf(await run(repo, ...mode)).map((f) => f.secret) });
  }
  return out;
};

const pemBody = (): string[] => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  return privateKey.trim().split('\n').slice(1, -1);
};

describe('-U0 context loss', () => {
  it('a key body typed between existing BEGIN/END lines is found by staged, a range and the diff route', async () => {
    const repo = makeRepo();
    repo.commit('placeholder', { 'deploy/key.pem': '-----BEGIN RSA PRIVATE KEY-----\n-----END RSA PRIVATE KEY-----\n' });
    const body = pemBody();
    const text = ['-----BEGIN RSA PRIVATE KEY-----', ...body, '-----END RSA PRIVATE KEY-----', ''].join('\n');
    const scan = findingsOf(await runCli(['scan', 'deploy/key.pem', '--format', 'json', '--no-baseline', '--no-redact'], { cwd: (repo.write({ 'deploy/key.pem': text }), repo.dir) }));
    expect(scan.length).toBeGreaterThan(0);
    const secrets = scan.map((f) => f.secret);
    for (const found of await diffRouteFinds(repo, { 'deploy/key.pem': text })) expect(found).toEqual({ mode: found.mode, secrets });
  });

  it('a Kubernetes value under an unchanged name: DB_PASSWORD is found by staged, a range and the diff route', async () => {
    const repo = makeRepo();
    const manifest = (value: string): string =>
      ['apiVersion: v1', 'kind: Pod', 'spec:', '  containers:', '    - name: app', '      env:', '        - name: DB_PASSWORD', `          value: ${value}`, ''].join('\n');
    repo.commit('manifest', { 'k8s/pod.yaml': manifest('"${DB_PASSWORD}"') });
    const password = fakePassword();
    for (const found of await diffRouteFinds(repo, { 'k8s/pod.yaml': manifest(`"${password}"`) })) {
      expect(found).toEqual({ mode: found.mode, secrets: [password] });
    }
  });

  it('a Kubernetes Secret data value changed far below kind: Secret is found by staged, a range and the diff route', async () => {
    const repo = makeRepo();
    const data = (value: string): string =>
      ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: db', '  labels:', ...Array.from({ length: 12 }, (_, i) => `    label${i}: x`), 'type: Opaque', 'data:', `  db_password: ${value}`, ''].join('\n');
    repo.commit('secret', { 'k8s/secret.yaml': data(Buffer.from('${DB_PASSWORD}').toString('base64')) });
    // Found twice by a scan: the base64 value, and what the Secret's decoder reads (it needs kind: Secret, far above).
    const password = fakePassword();
    const text = data(Buffer.from(password).toString('base64'));
    const scan = findingsOf(await runCli(['scan', 'k8s/secret.yaml', '--format', 'json', '--no-baseline', '--no-redact'], { cwd: (repo.write({ 'k8s/secret.yaml': text }), repo.dir) }));
    expect(scan.map((f) => f.secret)).toContain(password);
    for (const found of await diffRouteFinds(repo, { 'k8s/secret.yaml': text })) expect(found).toEqual({ mode: found.mode, secrets: scan.map((f) => f.secret) });
  });

  it('an unchanged secret next to a change is not blamed on the change', async () => {
    const repo = makeRepo();
    const token = fakeGithubToken();
    repo.commit('secret', { 'app.env': `TOKEN=${token}\nDEBUG=0\n` });
    for (const found of await diffRouteFinds(repo, { 'app.env': `TOKEN=${token}\nDEBUG=1\n` })) {
      expect(found).toEqual({ mode: found.mode, secrets: found.mode === 'history --route diff' ? [token] : [] });
    }
  });
});

describe('a rename out of an allowlisted path is scanned', () => {
  const allowlisted = (): Repo => {
    const repo = makeRepo();
    repo.commit('config', { '.leakgate.toml': '[[allowlists]]\ndescription = "fixtures"\npaths = [\'\'\'^test/fixtures/\'\'\']\n' });
    return repo;
  };

  it('git mv test/fixtures/key.txt src/ is found by staged, a range and the diff route', async () => {
    const repo = allowlisted();
    const token = fakeGithubToken();
    repo.commit('fixture', { 'test/fixtures/key.txt': `token = ${token}\n`, 'src/main.txt': 'main\n' });
    repo.git('mv', 'test/fixtures/key.txt', 'src/');
    const out = [{ mode: 'staged', found: findingsOf(await run(repo, 'staged')).map((f) => [f.file, f.secret]) }];
    repo.commit('move');
    for (const mode of [['history', 'HEAD~1..HEAD'], ['history', '--route', 'diff'], ['history', '--route', 'blobs']]) {
      out.push({ mode: mode.join(' '), found: findingsOf(await run(repo, ...mode)).map((f) => [f.file, f.secret]) });
    }
    for (const found of out) expect(found).toEqual({ mode: found.mode, found: [['src/key.txt', token]] });
  });

  it('a rename between scanned paths is not a new finding', async () => {
    const repo = allowlisted();
    const token = fakeGithubToken();
    repo.commit('secret', { 'src/a.txt': `token = ${token}\n` });
    repo.git('mv', 'src/a.txt', 'src/b.txt');
    expect(findingsOf(await run(repo, 'staged'))).toEqual([]);
    repo.commit('rename');
    expect(findingsOf(await run(repo, 'history', 'HEAD~1..HEAD'))).toEqual([]);
  });
});

/** Added lines of the staged change to one file, from its -U0 hunk headers ("@@ -a,b +c,d @@"). */
const stagedAddedLines = (repo: Repo, path: string): Set<number> => {
  const lines = new Set<number>();
  for (const match of repo.git('diff', '--cached', '-U0', '--no-color', '--', path).matchAll(/^@@ -\S+ \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    for (let i = 0; i < count; i++) lines.add(start + i);
  }
  return lines;
};

const key = (f: Found): string => `${f.ruleId} ${f.line} ${f.secret}`;

describe('property: the diff route finds what a scan of the new file finds on the added lines', () => {
  const body = pemBody();
  const token = fakeGithubToken();
  const password = fakePassword();
  const BEGIN = ['-----BEGIN RSA PRIVATE KEY-----'];
  const END = ['-----END RSA PRIVATE KEY-----'];
  const NAME = ['        - name: DB_PASSWORD'];
  const piece = fc.constantFrom(
    ['const x = 1;'],
    ['// a comment'],
    [''],
    BEGIN,
    END,
    body.slice(0, 4),
    body.slice(4),
    body,
    NAME,
    [`          value: "${password}"`],
    ['          value: "${FROM_ENV}"'],
    [`token = ${token}`],
    ['token = '],
    [token.slice(0, 20)],
    ['kind: Secret', 'data:'],
    [`  db_password: ${Buffer.from(password).toString('base64')}`],
  );
  // Files shaped like the cases that -U0 lost (an empty key frame, a name with a placeholder value), or any pieces.
  const before = fc.oneof(
    fc.array(piece, { maxLength: 6 }),
    fc.tuple(fc.array(piece, { maxLength: 2 }), fc.array(piece, { maxLength: 2 })).map(([a, b]) => [...a, BEGIN, END, ...b]),
    fc.tuple(fc.array(piece, { maxLength: 2 }), fc.array(piece, { maxLength: 2 })).map(([a, b]) => [...a, NAME, ['          value: "${FROM_ENV}"'], ...b]),
  );
  /** Edits at the granularity of pieces: at a position, remove some, insert others. */
  const edits = fc.array(fc.record({ at: fc.nat(), remove: fc.integer({ min: 0, max: 2 }), insert: fc.array(piece, { maxLength: 2 }) }), { minLength: 1, maxLength: 3 });
  const applyEdits = (pieces: readonly string[][], changes: ReadonlyArray<{ at: number; remove: number; insert: string[][] }>): string[][] => {
    const out = [...pieces];
    for (const change of changes) out.splice(change.at % (out.length + 1), change.remove, ...change.insert);
    return out;
  };
  const text = (pieces: readonly string[][]): string => `${pieces.flatMap((piece) => (piece === FILLER ? FILLER_LINES : piece)).join('\n')}\n`;

  // ~100 KB of harmless lines: three make a file large enough to be scanned around its changes only.
  // Kept as a one-line placeholder in the generated values (a failure prints them) and expanded when written.
  const FILLER = ['<filler>'];
  const FILLER_LINES = Array.from({ length: 1500 }, (_, i) => `const value${i} = compute(${i}, "some harmless text here");`);
  const large = fc.tuple(before, fc.nat(3)).map(([pieces, at]) => {
    const out = [FILLER, FILLER, ...pieces, FILLER];
    out.splice(at, 0, FILLER);
    return out;
  });

  const holds = (files: fc.Arbitrary<string[][]>, runs: number) => async (): Promise<void> => {
    const repo = makeRepo();
    repo.commit('base', { 'README.md': 'x\n' });
    await fc.assert(
      fc.asyncProperty(files, edits, async (old, changes) => {
        repo.write({ 'conf/app.txt': text(old) });
        repo.commit('before');
        repo.write({ 'conf/app.txt': text(applyEdits(old, changes)) });
        repo.git('add', '-A');
        const added = stagedAddedLines(repo, 'conf/app.txt');
        const whole = findingsOf(await run(repo, 'scan', 'conf/app.txt'));
        const expected = whole.filter((f) => [...added].some((line) => line >= f.line && line <= f.endLine)).map(key).sort();
        const staged = findingsOf(await run(repo, 'staged')).map(key).sort();
        expect(staged).toEqual(expected);
      }),
      { numRuns: runs },
    );
  };

  it('on generated edits of one file (staged)', holds(before, 40), 180_000);
  it('on generated edits of a large file, scanned around its changes (staged)', holds(large, 12), 180_000);
});
