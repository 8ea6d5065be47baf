// Where a rule's regex runs: short stretches of text around its keyword hits, merged.
import type { RuleWindow } from './types.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A very long line (minified code) is not scanned whole for each hit: only this far either side. */
const REACH = 1024;
/** How far a block rule (a PEM key) may run after its keyword. */
const BLOCK = 64 * 1024;

// Searches are bounded so that a 30 MB single-line file costs REACH per hit, not the whole line.
const lineStart = (text: string, offset: number): number => {
  const from = Math.max(0, offset - REACH);
  const newline = text.slice(from, offset).lastIndexOf('\n');
  return newline === -1 ? from : from + newline + 1;
};

const lineEnd = (text: string, offset: number, extraLines: number): number => {
  const limit = Math.min(text.length, offset + REACH * (extraLines + 1));
  let end = offset;
  for (let n = 0; n <= extraLines; n++) {
    const newline = text.slice(end, limit).indexOf('\n');
    if (newline === -1) return limit;
    end += newline + 1;
  }
  return end - 1;
};

export const spanAround = (text: string, hit: number, window: RuleWindow): Span => {
  const start = lineStart(text, hit);
  if (window === 'block') return { start, end: Math.min(text.length, hit + BLOCK) };
  return { start, end: lineEnd(text, hit, window === 'lines' ? 2 : 0) };
};

/** Spans around each hit, overlapping ones merged, in order. */
export const windowsFor = (text: string, hits: readonly number[], window: RuleWindow): Span[] => {
  const sorted = hits.length > 1 && hits.some((hit, i) => i > 0 && hit < (hits[i - 1] as number))
    ? [...hits].sort((a, b) => a - b)
    : hits;
  const spans: Span[] = [];
  let current: Span | undefined;
  for (const hit of sorted) {
    if (current && hit <= current.end) {
      // The keyword lies inside the current span: extend it to cover this hit's reach too.
      const next = spanAround(text, hit, window);
      if (next.end > current.end) current = { start: current.start, end: next.end };
      continue;
    }
    if (current) spans.push(current);
    current = spanAround(text, hit, window);
  }
  if (current) spans.push(current);
  return spans;
};
