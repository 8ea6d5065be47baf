// Issue 17, item 18: `baseline --prune` must not drop what it could not have found (a history
// entry by a files scan, an entry outside the scanned paths), nor a reviewed entry (a verdict from
// `leakgate audit`) unless asked; `scan --report-unused` must not recommend such a prune.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { makeRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

interface Entry {
  file: string;
  status: string;
  note: string;
  from?: string[];
}
const FILE = '.leakgate-baseline.json';
const entriesIn = (dir: string): Entry[] => (JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as { entries: Entry[] }).entries;

/** Records a verdict as `leakgate audit` does (its interactive loop is tested in test/cli/baseline.test.ts). */
const review = (dir: string, file: string, status: string, note: string): void => {
  const doc = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as { entries: Entry[] };
  for (const entry of doc.entries) if (entry.file === file) Object.assign(entry, { status, note });
  writeFileSync(join(dir, FILE), JSON.stringify(doc, null, 2));
};

describe('baseline --prune keeps what it could not have found', () => {
  it('a files scan does not prune a history baseline, reviewed verdicts included; history stays clean', async () => {
    const repo = makeRepo();
    repo.commit('leak', { 'deploy/old.env': `K=${fakeGithubToken()}\n`, 'deploy/other.env': `K=${fakeGithubToken()}\n`, 'README.md': '# app\n' });
    repo.commit('remove', { 'deploy/old.env': 'K=\n', 'deploy/other.env': 'K=\n' });
    expect((await runCli(['history'], { cwd: repo.dir })).code).toBe(1);
    await runCli(['baseline', '--history'], { cwd: repo.dir });
    review(repo.dir, 'deploy/old.env', 'false-positive', 'rotated in March');
    expect(entriesIn(repo.dir)).toHaveLength(2);

    const unused = await runCli(['scan', '--report-unused'], { cwd: repo.dir });
    expect(unused.code).toBe(0);
    expect(unused.stderr).not.toContain('baseline --prune');
    const pruned = await runCli(['baseline', '--prune'], { cwd: repo.dir });
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain('2 entries (0 added, 0 pruned)');
    expect(entriesIn(repo.dir).find((e) => e.file === 'deploy/old.env')).toMatchObject({ status: 'false-positive', note: 'rotated in March' });
    expect((await runCli(['history'], { cwd: repo.dir })).code).toBe(0);
  });

  it('a reviewed entry is kept by a prune of its own kind, and said so; --prune-reviewed drops it', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.env': `A=${fakeGithubToken()}\n`, 'b.env': `B=${fakeGithubToken()}\n`, 'c.env': `C=${fakeGithubToken()}\n` });
    await runCli(['baseline'], { cwd: dir });
    review(dir, 'b.env', 'accepted', 'test key');
    writeFiles(dir, { 'b.env': 'B=\n', 'c.env': 'C=\n' });
    const unused = await runCli(['scan', '--report-unused'], { cwd: dir });
    expect(unused.stderr).toContain('1 baseline entry is no longer found (run `leakgate baseline --prune`)');
    expect(unused.stderr).toContain('1 reviewed baseline entry is no longer found (kept by a prune');
    const pruned = await runCli(['baseline', '--prune'], { cwd: dir });
    expect(pruned.stderr).toContain('2 entries (0 added, 1 pruned)');
    expect(pruned.stderr).toContain('kept 1 reviewed entry no longer found');
    expect(entriesIn(dir).map((e) => e.file)).toEqual(['a.env', 'b.env']);
    const all = await runCli(['baseline', '--prune-reviewed'], { cwd: dir });
    expect(all.stderr).toContain('1 entries (0 added, 1 pruned)');
    expect(entriesIn(dir).map((e) => e.file)).toEqual(['a.env']);
  });

  it('a scan of some paths prunes only under them', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'src/a.env': `A=${fakeGithubToken()}\n`, 'ops/b.env': `B=${fakeGithubToken()}\n` });
    await runCli(['baseline'], { cwd: dir });
    const pruned = await runCli(['baseline', 'src', '--prune'], { cwd: dir });
    expect(pruned.stderr).toContain('2 entries (0 added, 0 pruned)');
    writeFiles(dir, { 'src/a.env': 'A=\n' });
    expect((await runCli(['baseline', 'src', '--prune'], { cwd: dir })).stderr).toContain('1 entries (0 added, 1 pruned)');
    expect(entriesIn(dir).map((e) => e.file)).toEqual(['ops/b.env']);
  });

  it('an entry found by both kinds of run is pruned by neither alone; a range cannot prune', async () => {
    const repo = makeRepo();
    repo.commit('add', { 'k.env': `K=${fakeGithubToken()}\n` });
    await runCli(['baseline'], { cwd: repo.dir });
    await runCli(['baseline', '--history'], { cwd: repo.dir });
    expect(entriesIn(repo.dir)[0]?.from).toEqual(['history', 'scan']);
    repo.commit('remove', { 'k.env': 'K=\n' });
    expect((await runCli(['baseline', '--prune'], { cwd: repo.dir })).stderr).toContain('1 entries (0 added, 0 pruned)');
    expect((await runCli(['history'], { cwd: repo.dir })).code).toBe(0);
    const range = await runCli(['baseline', '--history', '--range', 'HEAD~1..HEAD', '--prune'], { cwd: repo.dir });
    expect(range.code).toBe(2);
    expect(range.stderr).toMatch(/^leakgate: --prune with --range/);
  });

  it('staged --report-unused does not recommend a prune', async () => {
    const repo = makeRepo();
    repo.commit('add', { 'k.env': `K=${fakeGithubToken()}\n` });
    await runCli(['baseline'], { cwd: repo.dir });
    repo.commit('remove', { 'k.env': 'K=\n' });
    const staged = await runCli(['staged', '--report-unused'], { cwd: repo.dir });
    expect(staged.code).toBe(0);
    expect(staged.stderr).not.toContain('--prune');
    expect(staged.stderr).toContain('--report-unused needs a scan of files or a full history audit');
  });
});
