// The blob route's parsers on real git output, fed in chunks of every size: `git log --raw -c -z`
// and `git cat-file --batch-all-objects --batch`.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/git-repo.js';
import { createBatchParser, SHARED_FROM } from '../../src/sources/parse-batch.js';
import { COMMIT_FORMAT } from '../../src/sources/parse-diff.js';
import { createRawLogParser, type RawLogEvent } from '../../src/sources/parse-raw-log.js';

const gitOut = (dir: string, args: string[]): Buffer => execFileSync('git', args, { cwd: dir, maxBuffer: 1 << 28 });

const chunked = (bytes: Buffer, size: number): Buffer[] => {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
};

const historyRepo = () => {
  const repo = makeRepo();
  repo.commit('one', { 'a.txt': 'alpha\n', 'odd name\twith tab.txt': 'x\n', 'é/ü.txt': 'u\n' });
  repo.git('checkout', '-q', '-b', 'side');
  repo.commit('side', { 'a.txt': 'alpha\nside\n' });
  repo.git('checkout', '-q', 'main');
  repo.commit('main', { 'a.txt': 'alpha\nmain\n' });
  try {
    repo.git('merge', '-q', 'side');
  } catch {
    // The conflict is the point: resolve it by hand.
  }
  repo.write({ 'a.txt': 'alpha\nresolved\n' });
  const merge = repo.commit('merge');
  repo.git('rm', '-q', 'odd name\twith tab.txt');
  repo.git('mv', 'é/ü.txt', 'moved.txt');
  repo.git('commit', '-q', '--allow-empty', '--allow-empty-message', '-m', '');
  repo.commit('empty commit');
  return { repo, merge };
};

describe('createRawLogParser', () => {
  it('reads commits, entries, merges (one old blob per parent), deletions and odd names, in any chunks', () => {
    const { repo, merge } = historyRepo();
    const raw = gitOut(repo.dir, ['log', '--raw', '-c', '-z', '--no-renames', '--no-abbrev', '--root', `--format=${COMMIT_FORMAT}`, '--all']);
    const parse = (size: number): RawLogEvent[] => {
      const events: RawLogEvent[] = [];
      const parser = createRawLogParser((event) => events.push(event));
      for (const chunk of chunked(raw, size)) parser.push(chunk);
      parser.end();
      return events;
    };
    const whole = parse(raw.length);
    for (const size of [1, 2, 3, 7, 41, 64]) expect(parse(size)).toEqual(whole);
    const commits = whole.flatMap((event) => (event.kind === 'commit' ? [event.commit] : []));
    expect(commits.map((commit) => commit.message)).toEqual(['empty commit', '', 'merge', 'main', 'side', 'one']);
    const entries = whole.flatMap((event) => (event.kind === 'entry' ? [event.entry] : []));
    const blob = (spec: string) => repo.git('rev-parse', spec).trim();
    expect(entries).toContainEqual({ commit: 2, path: 'a.txt', blob: blob(`${merge}:a.txt`), before: [blob(`${merge}^1:a.txt`), blob(`${merge}^2:a.txt`)], submodule: false });
    expect(entries).toContainEqual({ commit: 1, path: 'odd name\twith tab.txt', blob: undefined, before: [blob('HEAD~2:odd name\twith tab.txt')], submodule: false });
    expect(entries).toContainEqual({ commit: 1, path: 'moved.txt', blob: blob('HEAD:moved.txt'), before: [undefined], submodule: false });
    expect(entries).toContainEqual({ commit: 5, path: 'é/ü.txt', blob: blob('HEAD~2:é/ü.txt'), before: [undefined], submodule: false });
    expect(commits[2]?.parents).toHaveLength(2);
  });
});

describe('createBatchParser', () => {
  it('returns exactly the wanted blobs with their content, in any chunks, and notes the others it is told to', () => {
    const { repo } = historyRepo();
    const out = gitOut(repo.dir, ['cat-file', '--batch-all-objects', '--batch', '--unordered']);
    const wantedBlob = repo.git('rev-parse', 'HEAD:a.txt').trim();
    const parse = (size: number) => {
      const parser = createBatchParser((object) => (object.oid === wantedBlob ? 'read' : object.type === 'commit' ? 'note' : 'skip'));
      const got = chunked(out, size).flatMap((chunk) => parser.push(chunk));
      parser.end();
      return got.map(({ object, content }) => ({ ...object, content: content === undefined ? undefined : Buffer.from(content).toString('utf8') }));
    };
    const whole = parse(out.length);
    for (const size of [1, 5, 17, 100]) expect(parse(size)).toEqual(whole);
    expect(whole.filter((object) => object.type === 'blob')).toEqual([{ oid: wantedBlob, type: 'blob', size: 15, content: 'alpha\nresolved\n' }]);
    expect(whole.filter((object) => object.type === 'commit').every((object) => object.content === undefined)).toBe(true);
    expect(whole.filter((object) => object.type === 'commit')).toHaveLength(6);
  });

  it('reads a large blob into shared memory (its pieces go to the workers as views), a small one into a buffer of its own', () => {
    const big = Buffer.alloc(SHARED_FROM + 3, 0x61);
    big.write('END', big.length - 3);
    const stream = Buffer.concat([Buffer.from(`${'1'.repeat(40)} blob ${big.length}\n`), big, Buffer.from(`\n${'2'.repeat(40)} blob 2\nok\n`)]);
    const parser = createBatchParser(() => 'read');
    const got = chunked(stream, 65536).flatMap((chunk) => parser.push(chunk));
    parser.end();
    expect(got.map(({ content }) => content?.buffer instanceof SharedArrayBuffer)).toEqual([true, false]);
    expect(Buffer.from(got[0]?.content ?? []).equals(big)).toBe(true);
    expect(Buffer.from(got[1]?.content ?? []).toString()).toBe('ok');
  });

  it('output cut inside an object is an error, not a short read', () => {
    const parser = createBatchParser(() => 'read');
    parser.push(Buffer.from('0123 blob 10\nabc'));
    expect(() => parser.end()).toThrow(/ended inside an object/);
  });
});
