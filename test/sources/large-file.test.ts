// A large file is read in pieces straight from disk: the pieces must be byte for byte those that
// cutting the whole file in memory gives (scan/split-fragment.ts, whose tests show that the pieces
// report what the whole file does), and a file that cannot be cut is left to be read whole.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitRaw } from '../../src/scan/split-fragment.js';
import { openFileBytes } from '../../src/sources/file-bytes.js';
import { largeFileItems } from '../../src/sources/large-file.js';
import type { RawFragment, SourceItem } from '../../src/sources/source-item.js';
import { tempDir } from '../helpers/temp-dir.js';

const SMALL = { piece: 1024, context: 4096 };
const dir = tempDir();
let n = 0;
const fileOf = (bytes: Uint8Array): string => {
  const path = join(dir, `f${n++}.txt`);
  writeFileSync(path, bytes);
  return path;
};

/** Pieces with their bytes as text (vitest compares long typed arrays element by element, slowly). */
const shown = (pieces: readonly RawFragment[]): unknown[] => pieces.map((piece) => ({ ...piece, raw: Buffer.from(piece.raw).toString('latin1') }));
const fragments = (items: Iterable<SourceItem>): RawFragment[] =>
  [...items].map((item) => {
    if (item.kind !== 'fragment' || !('raw' in item.fragment)) throw new Error('expected raw pieces');
    return item.fragment;
  });

describe('a file read by position (FileBytes)', () => {
  it('answers at, indexOf, lastIndexOf and slice as the same bytes in memory do, across its read chunks', () => {
    // ~300 KB with newlines sparse enough that searches cross the 64 KiB chunks.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200_000 }), { maxLength: 6 }), fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (newlines, probes) => {
        const bytes = new Uint8Array(300_000).fill(0x61);
        for (const at of newlines) bytes[at] = 10;
        const file = openFileBytes(fileOf(bytes));
        try {
          expect(file.length).toBe(bytes.length);
          for (const probe of probes) {
            const at = probe % (bytes.length + 10);
            expect(file.at(at)).toBe(bytes.at(at));
            expect(file.indexOf(10, at)).toBe(bytes.indexOf(10, at));
            expect(file.lastIndexOf(10, at)).toBe(bytes.lastIndexOf(10, at));
            expect(Buffer.from(file.slice(at, at + 70_000)).equals(bytes.slice(at, at + 70_000))).toBe(true);
          }
        } finally {
          file.close();
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('a large file in pieces (largeFileItems)', () => {
  it('gives exactly the pieces of the whole file cut in memory: bytes, first line, lines owned', () => {
    const line = fc.stringMatching(/^[ -~]{0,60}$/).chain((head) => fc.constantFrom(head, `${head}${'x'.repeat(200)}`));
    let cutSamples = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 40, maxLength: 250 }), fc.boolean(), (lines, trailingNewline) => {
        const raw = new TextEncoder().encode(lines.join('\n') + (trailingNewline ? '\n' : ''));
        const whole = [...splitRaw({ path: 'big.sql', raw, startLine: 1 }, SMALL)];
        const items = largeFileItems(fileOf(raw), 'big.sql', Number.MAX_SAFE_INTEGER, SMALL);
        if (whole.length === 1) {
          expect(items).toBeUndefined();
          return;
        }
        cutSamples++;
        expect(items).toBeDefined();
        const list = [...(items as Iterable<SourceItem>)];
        expect(shown(fragments(list))).toEqual(shown(whole));
        // The file counts once, and its bytes once.
        expect(list.filter((item) => item.kind === 'fragment' && item.file)).toHaveLength(1);
        expect(list.reduce((sum, item) => sum + (item.kind === 'fragment' ? item.bytes : 0), 0)).toBe(raw.length);
      }),
      { numRuns: 150 },
    );
    expect(cutSamples).toBeGreaterThan(50);
  });

  it('leaves to a whole read what it must not cut: UTF-16, binary, a line too long, a file over the limit', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `line ${i} of a dump`).join('\n');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(largeFileItems(fileOf(utf16), 'a.txt', Number.MAX_SAFE_INTEGER, SMALL)).toBeUndefined();
    expect(largeFileItems(fileOf(Buffer.from(`\u0000${text}`)), 'a.bin', Number.MAX_SAFE_INTEGER, SMALL)).toBeUndefined();
    expect(largeFileItems(fileOf(Buffer.alloc(3 << 20, 'x')), 'a.min.js', Number.MAX_SAFE_INTEGER, SMALL)).toBeUndefined();
    const path = fileOf(Buffer.from(text));
    expect(largeFileItems(path, 'a.txt', 1000, SMALL)).toBeUndefined();
    expect(largeFileItems(path, 'a.txt', Number.MAX_SAFE_INTEGER, SMALL)).toBeDefined();
  });
});
