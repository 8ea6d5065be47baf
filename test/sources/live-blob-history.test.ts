// The blob route with its attribution pass still running: the pass read as it streams, and the
// blob scan that starts beside it and must still scan each wanted blob once per path.
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/git-repo.js';
import { blobHistorySource, countBlobFiles, readBlobHistory, wantedBlobs } from '../../src/sources/blob-history-source.js';
import { startBlobHistory, type WantedBlobs } from '../../src/sources/live-blob-history.js';
import type { SourceItem } from '../../src/sources/source-item.js';

/** What an item says: the blob and path it scans, its text, or why it was passed over. */
const describeItem = (item: SourceItem): string => {
  if (item.kind === 'skipped') return `skipped ${item.path}: ${item.reason}`;
  const { fragment } = item;
  const text = 'raw' in fragment ? Buffer.from(fragment.raw).toString('utf8') : fragment.text;
  return `${fragment.blob ?? ''} ${fragment.path}: ${JSON.stringify(text)}`;
};

/** A pass the test drives by hand: it names blobs when told, and ends when told. */
const handDrivenPass = (named: ReadonlyArray<readonly [string, string]>) => {
  let complete = false;
  let finish: () => void = () => undefined;
  const wants: WantedBlobs = {
    wanted: new Map(),
    complete: () => complete,
    done: new Promise<void>((resolve) => (finish = resolve)),
    onNewBlob: undefined,
    stop: () => undefined,
  };
  const name = (blob: string, path: string): void => {
    const paths = wants.wanted.get(blob);
    if (paths === undefined) {
      wants.wanted.set(blob, [path]);
      wants.onNewBlob?.(blob);
    } else paths.push(path);
  };
  for (const [blob, path] of named) name(blob, path);
  const end = (): void => {
    complete = true;
    finish();
  };
  return { wants, name, end };
};

describe('startBlobHistory', () => {
  it('names each blob once as the pass streams, and ends with what the whole pass gives', async () => {
    const repo = makeRepo();
    repo.commit('one', { 'a.txt': 'alpha\n', 'b.txt': 'beta\n' });
    repo.commit('copy', { 'copy/a.txt': 'alpha\n', 'b.txt': 'beta 2\n' });
    repo.git('rm', '-q', 'a.txt');
    repo.commit('remove');
    const named: string[] = [];
    const live = startBlobHistory(repo.dir);
    live.onNewBlob = (blob) => named.push(blob);
    const history = await live.done;
    expect(live.complete()).toBe(true);
    const whole = wantedBlobs(await readBlobHistory(repo.dir));
    expect([...live.wanted]).toEqual([...whole]);
    expect(named).toEqual([...whole.keys()]);
    expect(live.files()).toBe(countBlobFiles(whole));
    expect(history.commits).toHaveLength(3);
  });
});

describe('blobHistorySource beside a pass still running', () => {
  it('scans each wanted blob once per path: held until named, a path named after its blob was scanned read again, the unnamed dropped', async () => {
    const repo = makeRepo();
    repo.commit('one', { 'a.txt': 'alpha\n', 'b.txt': 'beta\n', 'c.txt': 'never named\n', 'big.txt': `${'long line '.repeat(20)}\n` });
    const blob = (path: string) => repo.git('rev-parse', `HEAD:${path}`).trim();
    const [a, b, big] = [blob('a.txt'), blob('b.txt'), blob('big.txt')];
    const pass = handDrivenPass([[a, 'a.txt'], [big, 'big.txt']]);
    const source = blobHistorySource(repo.dir, pass.wants, { maxFileSize: 100 });
    const items: string[] = [];
    // The first items can only be a.txt's and big.txt's: nothing else is named yet.
    for (let next = await source.next(); !next.done; next = await source.next()) {
      items.push(describeItem(next.value));
      if (items.length === 1) {
        pass.name(b, 'b.txt');
        pass.name(a, 'copy/a.txt');
        pass.name(big, 'old/big.txt');
        setTimeout(pass.end, 20);
      }
    }
    const tooLarge = (path: string) => [`skipped ${path}: blob ${big.slice(0, 12)} is larger than --max-file-size (100 bytes)`, `${big} ${path}: ""`];
    expect(items.sort()).toEqual(
      [`${a} a.txt: "alpha\\n"`, `${a} copy/a.txt: "alpha\\n"`, `${b} b.txt: "beta\\n"`, ...tooLarge('big.txt'), ...tooLarge('old/big.txt')].sort(),
    );
  });

  it('a blob the pass names that the repository lacks is an error that says how to fix it', async () => {
    const repo = makeRepo();
    repo.commit('one', { 'a.txt': 'alpha\n' });
    const pass = handDrivenPass([['1'.repeat(40), 'lost.txt']]);
    pass.end();
    const drain = async () => {
      for await (const _item of blobHistorySource(repo.dir, pass.wants, { maxFileSize: 100 })) void _item;
    };
    await expect(drain()).rejects.toThrow(/missing from the repository.*git fetch --refetch/);
  });
});
