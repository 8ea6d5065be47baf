import { describe, expect, it } from 'vitest';
import { splitSource } from '../../src/scan/split-source.js';
import type { SourceItem } from '../../src/sources/source-item.js';

const item = (path: string, bytes: number): SourceItem => ({ kind: 'fragment', fragment: { path, text: 'x'.repeat(bytes), startLine: 1 }, bytes, file: true });
async function* from(items: readonly SourceItem[]): AsyncGenerator<SourceItem> {
  yield* items;
}
const paths = async (source: AsyncIterable<SourceItem>): Promise<string[]> => {
  const out: string[] = [];
  for await (const next of source) out.push(next.kind === 'fragment' ? next.fragment.path : next.path);
  return out;
};

describe('splitSource: a source read in two parts', () => {
  it('ends the head with the item that reaches the limit, and the rest goes on from there, every item once', async () => {
    let early = 0;
    const split = splitSource(from([item('a', 10), { kind: 'skipped', path: 's', reason: 'binary' }, item('b', 20), item('c', 5), item('d', 1)]), 30, () => early++);
    expect(await paths(split.head)).toEqual(['a', 's', 'b']);
    expect(split.more()).toBe(true);
    expect(early).toBe(1);
    expect(await paths(split.rest)).toEqual(['c', 'd']);
  });

  it('has no rest when the head reads the source to its end', async () => {
    const split = splitSource(from([item('a', 1), item('b', 1)]), 100);
    expect(await paths(split.head)).toEqual(['a', 'b']);
    expect(split.more()).toBe(false);
    expect(await paths(split.rest)).toEqual([]);
  });
});
