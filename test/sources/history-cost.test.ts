import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/git-repo.js';
import { objectSizes, readBlobHistory, wantedBlobs } from '../../src/sources/blob-history-source.js';
import { COST, createShapeTally, estimateRoutes, historyShape, type HistoryShape } from '../../src/sources/history-cost.js';
import { startBlobHistory } from '../../src/sources/live-blob-history.js';
import { chooseRoute } from '../../src/sources/choose-route.js';

const shape = (over: Partial<HistoryShape>): HistoryShape => ({ commits: 10, changes: 10, changedBytes: 0, diffScanBytes: 0, uniqueBytes: 0, objectBytes: 0, ...over });

describe('history-cost: the terms auto measures', () => {
  it('reads each term from a real history: changed paths, both versions of each, what each route scans', async () => {
    const repo = makeRepo();
    const v1 = 'a'.repeat(1000);
    const v2 = `${v1}\nb`;
    repo.commit('add', { 'x.txt': v1, 'y.txt': 'y'.repeat(300) });
    repo.commit('edit', { 'x.txt': v2 });
    repo.commit('copy', { 'z.txt': v2 });
    const history = await readBlobHistory(repo.dir);
    const wanted = wantedBlobs(history);
    const { sizes, objectBytes } = await objectSizes(repo.dir, wanted);
    const measured = historyShape(history, wanted, sizes, objectBytes);
    // add: x (1000), y (300); edit: x 1002 after, 1000 before; copy: z 1002 (no rename detection).
    expect(measured).toMatchObject({ commits: 3, changes: 4, changedBytes: 1000 + 300 + 1002 + 1000 + 1002 });
    // The diff route scans each changed file's new version (x twice: added, then edited).
    expect(measured.diffScanBytes).toBe(1000 + 300 + 1002 + 1002);
    // The blob route scans each blob once per path: v1 at x, y, v2 at x and at z.
    expect(measured.uniqueBytes).toBe(1000 + 300 + 1002 * 2);
    // Every object: the three blobs, three trees, three commits.
    expect(objectBytes).toBeGreaterThan(1000 + 300 + 1002);
  });

  it('prefers blobs when the diff route would scan the same bytes and pay git diff besides', () => {
    const same = shape({ changes: 1000, changedBytes: 200e6, diffScanBytes: 100e6, uniqueBytes: 100e6, objectBytes: 110e6 });
    expect(estimateRoutes(same).route).toBe('blobs');
  });

  it('prefers diffs when cat-file would stream far more than the commits change', () => {
    const dangling = shape({ changes: 3, changedBytes: 3000, diffScanBytes: 3000, uniqueBytes: 3000, objectBytes: 50e6 });
    expect(estimateRoutes(dangling).route).toBe('diff');
  });

  it('estimates each route as the sum of its measured terms', () => {
    const s = shape({ changes: 100, changedBytes: 1e6, diffScanBytes: 5e5, uniqueBytes: 4e5, objectBytes: 2e6 });
    const { diff, blobs } = estimateRoutes(s);
    expect(diff).toBeCloseTo(100 * COST.gitPerChange + 1e6 * COST.gitPerChangedByte + 5e5 * COST.scanPerByte, 12);
    expect(blobs).toBeCloseTo(4e5 * COST.scanPerByte + 2e6 * COST.catFilePerObjectByte, 12);
  });

  it('tallies the same shape as the pass streams, and once blobs is certain it stays the whole estimate\'s choice', async () => {
    const repo = makeRepo();
    for (let i = 0; i < 6; i++) repo.commit(`c${i}`, { 'x.txt': `${'x'.repeat(400 * i)}\n`, [`f${i}.txt`]: `${i}\n`, 'same.txt': 'same\n' });
    repo.git('mv', 'same.txt', 'moved.txt');
    repo.commit('move');
    const live = startBlobHistory(repo.dir);
    const flags: boolean[] = [];
    live.onEntry = (_entry, newPath) => flags.push(newPath);
    const history = await live.done;
    const { sizes, objectBytes } = await objectSizes(repo.dir);
    const whole = historyShape(history, live.wanted, sizes, objectBytes);
    // A cost where cat-file's share makes the diff route win at first, and git's diff overtakes it.
    const cost = { ...COST, catFilePerObjectByte: (whole.changes * COST.gitPerChange) / objectBytes / 2 };
    const tally = createShapeTally(sizes, objectBytes, cost);
    const certain: boolean[] = [];
    history.entries.forEach((entry, i) => {
      tally.entry(entry, flags[i] ?? false);
      certain.push(tally.blobsCertain());
    });
    expect({ ...tally.shape(), commits: whole.commits }).toEqual(whole);
    expect(certain[0]).toBe(false);
    expect(certain.at(-1)).toBe(true);
    expect(certain.slice(certain.indexOf(true)).every(Boolean)).toBe(true);
    expect(estimateRoutes(whole, cost).route).toBe('blobs');
    expect(await chooseRoute(repo.dir, startBlobHistory(repo.dir))).toBe(estimateRoutes(whole).route);
  });
});
