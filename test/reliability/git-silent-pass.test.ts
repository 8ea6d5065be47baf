// Silent passes through the git routes and the file walker: content that holds a secret and was
// read wrongly or not at all, with exit 0. Each case is scanned in every mode it can occur in;
// what cannot be scanned is said (a skipped entry, or a note in the summary), never passed over.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { gitIn, makeRepo, type Repo } from '../helpers/git-repo.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';

interface JsonReport {
  readonly findings: ReadonlyArray<{ readonly file: string; readonly line: number; readonly secret: string; readonly commit?: string }>;
  readonly skipped: ReadonlyArray<{ readonly path: string; readonly reason: string }>;
}

const report = (result: CliResult): JsonReport => JSON.parse(result.stdout) as JsonReport;

const run = (repo: Repo, ...args: string[]): Promise<CliResult> =>
  runCli([...args, '--format', 'json', '--no-baseline', '--no-redact'], { cwd: repo.dir });

/** Every way leakgate reads a repository's content: the working tree, the index, both history routes, a range. */
const MODES: ReadonlyArray<readonly string[]> = [['scan', '.'], ['history', '--route', 'diff'], ['history', '--route', 'blobs'], ['history', 'HEAD~1..HEAD']];

const expectFound = async (repo: Repo, token: string, modes: ReadonlyArray<readonly string[]> = MODES): Promise<void> => {
  for (const mode of modes) {
    const result = await run(repo, ...mode);
    expect({ mode: mode.join(' '), code: result.code, stderr: result.stderr }).toMatchObject({ code: 1 });
    expect({ mode: mode.join(' '), secrets: report(result).findings.map((f) => f.secret) }).toEqual({ mode: mode.join(' '), secrets: [token] });
  }
};

/** A repository whose second commit adds `files`; with `stage`, the same change is staged instead of committed. */
const repoWith = (files: Record<string, Buffer>): Repo => {
  const repo = makeRepo();
  repo.commit('base', { 'README.md': 'hello\n' });
  repo.commit('add files', files);
  return repo;
};

const stagedFinds = async (files: Record<string, Buffer>, token: string): Promise<void> => {
  const repo = makeRepo();
  repo.commit('base', { 'README.md': 'hello\n' });
  repo.write(files);
  repo.git('add', '-A');
  const result = await run(repo, 'staged');
  expect(result.code).toBe(1);
  expect(report(result).findings.map((f) => f.secret)).toEqual([token]);
};

const gitInput = (repo: Repo, args: readonly string[], input: string): string => gitIn(repo.dir, args, input);

const line = (token: string): string => `token = ${token}\n`;

describe('encodings are decided by the text, not the first two bytes', () => {
  for (const [name, bom] of [['FF FE', [0xff, 0xfe]], ['FE FF', [0xfe, 0xff]]] as const) {
    it(`${name} followed by ASCII is read as UTF-8: the secret is found in every mode`, async () => {
      const token = fakeGithubToken();
      const files = { 'settings.txt': Buffer.concat([Buffer.from(bom), Buffer.from(`name = x\n${line(token)}`)]) };
      await expectFound(repoWith(files), token);
      await stagedFinds(files, token);
    });
  }

  const utf32 = (text: string, little: boolean): Buffer => {
    const out = Buffer.alloc(text.length * 4);
    [...text].forEach((ch, i) => (little ? out.writeUInt32LE(ch.codePointAt(0) as number, i * 4) : out.writeUInt32BE(ch.codePointAt(0) as number, i * 4)));
    return out;
  };
  for (const [name, little, bom] of [
    ['UTF-32LE with a BOM', true, [0xff, 0xfe, 0, 0]],
    ['UTF-32BE with a BOM', false, [0, 0, 0xfe, 0xff]],
    ['UTF-32LE without a BOM', true, []],
  ] as const) {
    it(`${name} is read: the secret is found in every mode`, async () => {
      const token = fakeGithubToken();
      const files = { 'settings.txt': Buffer.concat([Buffer.from(bom), utf32(`name = x\n${line(token)}`, little)]) };
      await expectFound(repoWith(files), token);
      await stagedFinds(files, token);
    });
  }
});

describe('a NUL byte does not make a text file binary', () => {
  it('text with a stray NUL is scanned in every mode, staged included', async () => {
    const token = fakeGithubToken();
    const files = { 'prod.env': Buffer.from(`# exported\u0000\nHOST=db\n${line(token)}`) };
    await expectFound(repoWith(files), token);
    await stagedFinds(files, token);
  });

  it('a real binary file is reported as skipped in every mode, staged included', async () => {
    const bytes = randomBytes(4096);
    bytes[10] = 0;
    const repo = repoWith({ 'image.bin': bytes });
    for (const mode of MODES) {
      const result = await run(repo, ...mode);
      expect(result.code).toBe(0);
      expect({ mode, skipped: report(result).skipped.filter((s) => s.path === 'image.bin').map((s) => s.reason) }).toEqual({
        mode,
        skipped: [expect.stringMatching(/binary/)],
      });
    }
    repo.write({ 'image.bin': randomBytes(4096).fill(0, 5, 6) });
    repo.git('add', '-A');
    const staged = await run(repo, 'staged');
    expect(report(staged).skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/binary/)]);
  });
});

describe('commit messages, tag messages and tagged blobs are scanned', () => {
  const HISTORY: ReadonlyArray<readonly string[]> = [['history', '--route', 'diff'], ['history', '--route', 'blobs'], ['history']];

  it('a key pasted into a commit message is found, attributed to that commit, in every history mode', async () => {
    const repo = makeRepo();
    repo.commit('base', { 'README.md': 'hello\n' });
    const token = fakeGithubToken();
    const sha = repo.commit(`deploy fix\n\nused token ${token} to test\n`, { 'a.txt': 'a\n' });
    for (const mode of [...HISTORY, ['history', 'HEAD~1..HEAD']]) {
      const result = await run(repo, ...mode);
      expect({ mode, code: result.code }).toEqual({ mode, code: 1 });
      expect(report(result).findings.map((f) => [f.file, f.secret, f.line, f.commit])).toEqual([['<commit message>', token, 3, sha]]);
    }
  });

  it('an annotated tag message and a blob a tag points at are found by a full audit', async () => {
    const repo = makeRepo();
    repo.commit('base', { 'README.md': 'hello\n' });
    const inMessage = fakeGithubToken();
    const inBlob = fakeGithubToken();
    repo.git('tag', '-a', 'v1', '-m', `release\n\ntoken ${inMessage}\n`);
    const blob = gitInput(repo, ['hash-object', '-w', '--stdin'], `token = ${inBlob}\n`).trim();
    repo.git('tag', 'keyblob', blob);
    for (const mode of HISTORY) {
      const result = await run(repo, ...mode);
      expect({ mode, code: result.code }).toEqual({ mode, code: 1 });
      expect(report(result).findings.map((f) => [f.file, f.secret]).sort()).toEqual([['<tag keyblob>', inBlob], ['<tag message>', inMessage]]);
    }
  });
});

describe('tracked files are scanned whatever .gitignore says', () => {
  it('git add -f prod.env (and a file in an ignored folder): found by scan ., while untracked ignored files stay ignored', async () => {
    const repo = makeRepo();
    const [forced, inFolder, untracked] = [fakeGithubToken(), fakeGithubToken(), fakeGithubToken()];
    repo.commit('ignore', { '.gitignore': '*.env\nsecrets/\n' });
    repo.write({ 'prod.env': line(forced), 'secrets/db.txt': line(inFolder), 'local.env': line(untracked), 'secrets/local.txt': line(untracked) });
    repo.git('add', '-f', 'prod.env', 'secrets/db.txt');
    repo.commit('forced');
    const result = await run(repo, 'scan', '.');
    expect(result.code).toBe(1);
    expect(report(result).findings.map((f) => [f.file, f.secret]).sort()).toEqual([['prod.env', forced], ['secrets/db.txt', inFolder]]);
  });
});

describe('submodules and LFS pointers are reported as not scanned', () => {
  const POINTER = `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab12'.repeat(16)}\nsize 12345\n`;
  /** A gitlink (what `git submodule add` records) to a commit of another repository. */
  const addGitlink = (repo: Repo, path: string): void => {
    repo.git('update-index', '--add', '--cacheinfo', `160000,${'1234567890abcdef'.repeat(2)}12345678,${path}`);
  };

  it('in every history mode and in staged', async () => {
    const repo = makeRepo();
    repo.commit('base', { 'README.md': 'hello\n' });
    addGitlink(repo, 'vendor/lib');
    repo.write({ 'model.bin': POINTER });
    repo.git('add', 'model.bin');
    const staged = await run(repo, 'staged');
    expect(staged.code).toBe(0);
    expect(staged.stderr).toMatch(/note: 1 submodule not scanned \(vendor\/lib\)/);
    expect(staged.stderr).toMatch(/note: 1 LFS pointer not scanned \(model\.bin\)/);
    repo.git('commit', '-q', '-m', 'add submodule and LFS pointer');
    for (const mode of [['history', '--route', 'diff'], ['history', '--route', 'blobs'], ['history', 'HEAD~1..HEAD']]) {
      const result = await run(repo, ...mode);
      expect({ mode, code: result.code }).toEqual({ mode, code: 0 });
      expect(result.stderr).toMatch(/note: 1 submodule not scanned/);
      expect(result.stderr).toMatch(/note: 1 LFS pointer not scanned/);
    }
  });

  it('scan . notes an LFS pointer in the working tree', async () => {
    const repo = makeRepo();
    repo.commit('pointer', { 'model.bin': POINTER });
    const result = await run(repo, 'scan', '.');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/note: 1 LFS pointer not scanned \(model\.bin\)/);
  });
});
