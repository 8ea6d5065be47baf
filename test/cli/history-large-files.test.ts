// Both routes on a generated history of many versions of large files (secrets added, moved,
// removed and added again, private keys, lines edited beside secrets, allow markers, a branch
// merged each tenth commit): the same secrets, lines, commits and presentInHead.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fakeAwsKeyId, fakeGithubToken, fakeStripeKey } from '../helpers/fake-secrets.js';
import { makeRepo, type Repo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';

/** mulberry32: the history's shape is seeded (the secrets are not: they are drawn at run time). */
const random = (seed: number) => {
  let a = seed >>> 0;
  return (n: number): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
};

const FILES = ['src/app.js', 'CHANGELOG.md'] as const;

const ecKey = (): string[] =>
  generateKeyPairSync('ec', { namedCurve: 'prime256v1', privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } })
    .privateKey.trimEnd()
    .split('\n');

/** Builds the history: files of ~550 KB, each commit one or two edits. */
const buildHistory = (repo: Repo, seed: number): void => {
  const next = random(seed);
  const filler = (i: number): string => `export const value${i} = compute(${i}, "filler text ${i % 97}");`;
  const files: Record<string, string[]> = {};
  for (const file of FILES) files[file] = Array.from({ length: 12_000 }, (_, i) => filler(i));
  const live: Record<string, string[]> = { 'src/app.js': [], 'CHANGELOG.md': [] };
  const removed: string[] = [];
  let counter = 12_000;
  const secretLine = (): string => [`const gh${counter} = "${fakeGithubToken()}";`, `stripe_key = "${fakeStripeKey()}"`, `aws_id = "${fakeAwsKeyId()}"`][next(3)] as string;
  const edit = (file: string): void => {
    const lines = files[file] as string[];
    const secrets = live[file] as string[];
    const at = next(lines.length + 1);
    const held = secrets.length > 0 ? (secrets[next(secrets.length)] as string) : undefined;
    const where = held === undefined ? -1 : lines.indexOf(held);
    switch (next(9)) {
      case 0:
      case 1: {
        const line = secretLine();
        lines.splice(file === 'CHANGELOG.md' && next(2) === 0 ? next(5) : at, 0, line);
        secrets.push(line);
        break;
      }
      case 2: // removed (kept aside, to come back later)
        if (where >= 0) removed.push(...lines.splice(where, 1));
        if (held !== undefined) secrets.splice(secrets.indexOf(held), 1);
        break;
      case 3: {
        // added again, anywhere, in either file
        const back = removed.pop();
        if (back !== undefined && !lines.includes(back)) {
          lines.splice(at, 0, back);
          secrets.push(back);
        }
        break;
      }
      case 4: // moved within the file
        if (where >= 0) lines.splice(next(lines.length), 0, ...lines.splice(where, 1));
        break;
      case 5: // the line before or after a secret rewritten, or an allow marker put above it
        if (where > 0) lines[where - 1] = next(3) === 0 ? '// pragma: allowlist nextline secret' : `${lines[where - 1] ?? ''} // edited ${counter}`;
        if (where >= 0 && where + 1 < lines.length) lines[where + 1] = `${lines[where + 1] ?? ''} // edited ${counter}`;
        break;
      case 6: // a private key, whole
        lines.splice(at, 0, ...ecKey());
        break;
      case 7: {
        // a line typed into a private key (it no longer parses), or lines added around one
        const begin = lines.findIndex((line) => line.startsWith('-----BEGIN'));
        if (begin >= 0) lines.splice(begin + (next(2) === 0 ? 2 : 0), 0, filler(counter));
        break;
      }
      default: // news at the top, code edited anywhere
        if (file === 'CHANGELOG.md') lines.splice(0, 0, `## v${counter}`, '', `- fix ${counter}`);
        else lines[at] = filler(counter + 1);
    }
    counter++;
  };
  const commit = (message: string, only?: string): void => {
    for (let edits = 1 + next(2); edits > 0; edits--) edit(only ?? (FILES[next(FILES.length)] as string));
    repo.commit(message, Object.fromEntries(FILES.map((file) => [file, `${(files[file] as string[]).join('\n')}\n`])));
  };
  commit('initial');
  for (let i = 1; i <= 24; i++) {
    if (i % 10 !== 0) {
      commit(`change ${i}`);
      continue;
    }
    // A side branch edits the code while main adds to its changelog; then merged.
    const code = [...(files['src/app.js'] as string[])];
    repo.git('checkout', '-q', '-b', `side${i}`);
    commit(`side ${i}`, 'src/app.js');
    const sideCode = files['src/app.js'] as string[];
    repo.git('checkout', '-q', 'main');
    files['src/app.js'] = code;
    commit(`main ${i}`, 'CHANGELOG.md');
    repo.git('merge', '-q', '--no-edit', `side${i}`);
    files['src/app.js'] = sideCode;
  }
};

const findingsOf = async (dir: string, route: string): Promise<string[]> => {
  const result = await runCli(['history', '-f', 'json', '--no-redact', '--route', route], { cwd: dir });
  expect(result.stderr).not.toMatch(/error/i);
  const findings = JSON.parse(result.stdout).findings as Array<{ ruleId: string; file: string; line: number; secret: string; commit: string; presentInHead: boolean }>;
  return findings.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.secret.slice(0, 12)} ${f.commit} ${f.presentInHead}`).sort();
};

describe('leakgate history on many versions of large files: the two routes agree', () => {
  // The routes count occurrences apart: a line moved within a file is one more by diffs (its line
  // is added again), none by blobs (the file held it before); the bench compares them so too.
  it.each([[1, true], [2, false]])('generated history %i (packed: %s): same secrets, lines, commits, presentInHead', async (seed, packed) => {
    const repo = makeRepo();
    buildHistory(repo, seed);
    if (packed) repo.git('gc', '-q');
    const blobs = await findingsOf(repo.dir, 'blobs');
    expect(blobs.length).toBeGreaterThan(5);
    expect(blobs.some((finding) => finding.startsWith('private-key'))).toBe(true);
    expect(await findingsOf(repo.dir, 'diff')).toEqual(blobs);
  }, 120_000);
});
