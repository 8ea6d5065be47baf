// versionDelta against the plain truth: the lines it says b keeps from a are those lines of a,
// every other line of b is among the new ones, and the counts are the detector's.
import { describe, expect, it } from 'vitest';
import { mapLines, versionDelta } from '../../src/sources/line-delta.js';

/** mulberry32: seeded, so a failure replays. */
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

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Checks one pair: kept lines equal, the rest inside [from, to], line counts as "\n" splits them. */
const check = (a: string, b: string): void => {
  const aLines = a.split('\n');
  const bLines = b.split('\n');
  const delta = versionDelta(bytes(a), aLines.length, bytes(b));
  expect(delta.lines).toBe(bLines.length);
  expect(delta.from).toBeGreaterThanOrEqual(1);
  expect(delta.to).toBeGreaterThanOrEqual(delta.from);
  expect(delta.to).toBeLessThanOrEqual(bLines.length);
  const kept = new Set<number>();
  for (let at = 0; at < delta.runs.length; at += 3) {
    const [aStart, bStart, count] = [delta.runs[at] as number, delta.runs[at + 1] as number, delta.runs[at + 2] as number];
    for (let k = 0; k < count; k++) {
      expect(bLines[bStart + k - 1]).toBe(aLines[aStart + k - 1]);
      kept.add(bStart + k);
    }
  }
  for (let line = 1; line <= bLines.length; line++) expect(kept.has(line) || (line >= delta.from && line <= delta.to)).toBe(true);
  expect(delta.fromByte).toBe(bLines.slice(0, delta.from - 1).join('\n').length + (delta.from > 1 ? 1 : 0));
};

describe('versionDelta', () => {
  it('keeps the head and tail around an edit, an insertion at the top, one at the end, a deletion', () => {
    const base = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n');
    const lines = base.split('\n');
    const edited = [...lines.slice(0, 20), 'changed', ...lines.slice(21)].join('\n');
    const top = versionDelta(bytes(base), 50, bytes(`new\n${base}`));
    expect([...top.runs]).toEqual([1, 2, 50]);
    expect([top.from, top.to]).toEqual([1, 1]);
    const middle = versionDelta(bytes(base), 50, bytes(edited));
    expect([...middle.runs]).toEqual([1, 1, 20, 22, 22, 29]);
    expect([middle.from, middle.to]).toEqual([21, 21]);
    const end = versionDelta(bytes(base), 50, bytes(`${base}\nmore`));
    expect([...end.runs]).toEqual([1, 1, 49]);
    expect([end.from, end.to]).toEqual([50, 51]);
    // Line 11 ("line 10") taken out: "line 11" shares its start with it, so the versions part
    // there; the lines before and after are kept, moved up by one.
    const gone = versionDelta(bytes(base), 50, bytes([...lines.slice(0, 10), ...lines.slice(11)].join('\n')));
    expect([gone.from, gone.to]).toEqual([11, 11]);
    expect(mapLines(gone.runs, 1, 10)).toBe(1);
    expect(mapLines(gone.runs, 13, 50)).toBe(12);
    expect(mapLines(gone.runs, 10, 13)).toBeUndefined();
  });

  it('agrees with the lines themselves on random pairs of versions (edits, insertions, deletions, final newlines, repeated lines)', () => {
    const next = random(20261207);
    const words = ['a', 'b', 'key = 1', '', '}', 'x'.repeat(30)];
    for (let round = 0; round < 2000; round++) {
      const a = Array.from({ length: next(30) }, () => words[next(words.length)] as string);
      const b = [...a];
      for (let edits = next(4); edits > 0; edits--) {
        const at = next(b.length + 1);
        const op = next(3);
        if (op === 0) b.splice(at, 0, words[next(words.length)] as string);
        else if (op === 1) b.splice(at, 1);
        else b[at] = `${b[at] ?? ''}!`;
      }
      const text = (lines: string[]): string => lines.join('\n') + (next(2) === 0 ? '\n' : '');
      const [aText, bText] = [text(a), text(b)];
      if (aText !== bText) check(aText, bText);
    }
  });
});
