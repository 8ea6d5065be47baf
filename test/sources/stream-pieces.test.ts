// Stdin is cut into pieces as it arrives: the pieces must be byte for byte those that cutting the
// whole input in memory gives (scan/split-fragment.ts, whose tests show that the pieces report what
// the whole input does), however the stream is chunked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitRaw } from '../../src/scan/split-fragment.js';
import type { RawFragment, SourceItem } from '../../src/sources/source-item.js';
import { streamPieces } from '../../src/sources/stream-pieces.js';

const SMALL = { piece: 1024, context: 4096 };

/** The bytes as a stream of chunks of the given sizes (cycled). */
async function* chunked(bytes: Buffer, sizes: readonly number[]): AsyncGenerator<Buffer> {
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length] as number;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

const streamed = async (bytes: Buffer, sizes: readonly number[], limit = Number.MAX_SAFE_INTEGER): Promise<SourceItem[]> => {
  const chunks = chunked(bytes, sizes);
  // The caller (stdinSource) has read the first chunks: a few KB here.
  const head: Buffer[] = [];
  let size = 0;
  while (size < 3 * SMALL.piece) {
    const next = await chunks.next();
    if (next.done === true) break;
    head.push(next.value);
    size += next.value.length;
  }
  const items: SourceItem[] = [];
  for await (const item of streamPieces(Buffer.concat(head), chunks, limit, SMALL)) items.push(item);
  return items;
};

const shown = (pieces: ReadonlyArray<RawFragment | SourceItem>): unknown[] =>
  pieces.map((piece) => {
    const fragment = 'kind' in piece ? (piece.kind === 'fragment' ? (piece.fragment as RawFragment) : piece) : piece;
    return 'raw' in fragment ? { ...fragment, raw: Buffer.from(fragment.raw).toString('latin1') } : fragment;
  });

const expectSameAsWhole = async (bytes: Buffer, sizes: readonly number[]): Promise<number> => {
  const whole = [...splitRaw({ path: '-', raw: new Uint8Array(bytes), startLine: 1 }, SMALL)];
  const items = await streamed(bytes, sizes);
  expect(shown(items)).toEqual(shown(whole));
  // The input counts once, and its bytes once.
  expect(items.filter((item) => item.kind === 'fragment' && item.file)).toHaveLength(1);
  expect(items.reduce((sum, item) => sum + (item.kind === 'fragment' ? item.bytes : 0), 0)).toBe(bytes.length);
  return whole.length;
};

describe('stdin in pieces as it arrives (streamPieces)', () => {
  it('gives exactly the pieces of the whole input cut in memory, however it is chunked', async () => {
    const line = fc.stringMatching(/^[ -~]{0,60}$/).chain((text) => fc.constantFrom(text, `${text}${'y'.repeat(300)}`));
    let cut = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 60, maxLength: 300 }), fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 5 }), async (lines, sizes) => {
        if ((await expectSameAsWhole(Buffer.from(`${lines.join('\n')}\n`), sizes)) > 1) cut++;
      }),
      { numRuns: 100 },
    );
    expect(cut).toBeGreaterThan(50);
  });

  it('a 3 MB input in 64 KiB chunks: the same pieces while the window moves on (it holds ~1 MiB behind the cut)', async () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => `row ${i}: ${'value,'.repeat(i % 17)} end`);
    expect(await expectSameAsWhole(Buffer.from(lines.join('\n')), [64 << 10])).toBeGreaterThan(1000);
  });

  it('stops with a note once the input is over the limit (what came before it was scanned)', async () => {
    const bytes = Buffer.from(Array.from({ length: 400_000 }, (_, i) => `line ${i}`).join('\n'));
    const items = await streamed(bytes, [4096], 2.5 * (1 << 20));
    expect(items.at(-1)).toEqual({ kind: 'skipped', path: '-', reason: expect.stringContaining('larger than --max-file-size') });
    expect(items.length).toBeGreaterThan(1);
  });
});
