import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSeenTwice } from '../../../src/report/merge/seen-twice.js';

const hmacLike = (n: number): string => createHash('sha256').update(String(n)).digest('hex');

describe('createSeenTwice', () => {
  it('tells values seen twice from values seen once, through many table growths', () => {
    const seen = createSeenTwice();
    const truth = new Map<string, number>();
    for (let i = 0; i < 50_000; i++) {
      const value = hmacLike(i % 3 === 0 ? i % 999 : i);
      seen.add(value);
      truth.set(value, (truth.get(value) ?? 0) + 1);
    }
    let shared = 0;
    for (const [value, count] of truth) {
      expect(seen.shared(value)).toBe(count > 1);
      if (count > 1) shared++;
    }
    expect(shared).toBeGreaterThan(300);
    expect(seen.shared(hmacLike(-1))).toBe(false);
  });
});
