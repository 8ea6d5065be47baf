// Reading ahead to measure a source (a small scan is detected in-process) must not lose, reorder
// or repeat an item, and must let the source close what it holds when the scan stops early.
import { describe, expect, it } from 'vitest';
import { peekSource } from '../../src/scan/peek-source.js';
import type { SourceItem } from '../../src/sources/source-item.js';

const item = (i: number, bytes: number): SourceItem => ({ kind: 'fragment', fragment: { path: `f${i}`, text: 'x'.repeat(bytes), startLine: 1 }, bytes, file: true });
const skipped = (i: number): SourceItem => ({ kind: 'skipped', path: `s${i}`, reason: 'binary' });

const nameOf = (one: SourceItem): string => (one.kind === 'fragment' ? one.fragment.path : one.path);

const sourceOf = (items: readonly SourceItem[], log: string[]): AsyncIterable<SourceItem> =>
  (async function* () {
    try {
      for (const one of items) {
        log.push(`read ${nameOf(one)}`);
        yield one;
      }
    } finally {
      log.push('closed');
    }
  })();

const paths = async (source: AsyncIterable<SourceItem>): Promise<string[]> => {
  const out: string[] = [];
  for await (const one of source) out.push(nameOf(one));
  return out;
};

describe('peekSource', () => {
  it('a source within the bytes asked for: read whole, then replayed in order', async () => {
    const log: string[] = [];
    const items = [item(1, 10), skipped(2), item(3, 10)];
    const peeked = await peekSource(sourceOf(items, log), 20);
    expect(peeked.whole).toBe(true);
    expect(peeked.bytes).toBe(20);
    expect(log).toEqual(['read f1', 'read s2', 'read f3', 'closed']);
    expect(await paths(peeked.source)).toEqual(['f1', 's2', 'f3']);
  });

  it('a larger source: read only until past the bytes asked for, then every item once, in order', async () => {
    const log: string[] = [];
    const items = Array.from({ length: 10 }, (_, i) => item(i, 10));
    const peeked = await peekSource(sourceOf(items, log), 25);
    expect(peeked.whole).toBe(false);
    expect(peeked.bytes).toBe(30);
    expect(log).toHaveLength(3);
    expect(await paths(peeked.source)).toEqual(items.map((_, i) => `f${i}`));
    expect(log.at(-1)).toBe('closed');
  });

  it('a scan that stops early closes the source it was reading', async () => {
    const log: string[] = [];
    const peeked = await peekSource(sourceOf(Array.from({ length: 10 }, (_, i) => item(i, 10)), log), 15);
    for await (const one of peeked.source) if (one.kind === 'fragment' && one.fragment.path === 'f3') break;
    expect(log).toEqual(['read f0', 'read f1', 'read f2', 'read f3', 'closed']);
  });
});
