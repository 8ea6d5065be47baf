// Where a rule's regex runs: short stretches of text around its keyword hits, merged.
import type { LineIndex } from './line-index.js';
import type { RuleWindow } from './types.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A very long line (minified code) is not scanned whole for each hit: only this far either side. */
const REACH = 1024;
/** How far a block rule (a PEM key) may run after its keyword. */
const BLOCK = 64 * 1024;
const EXTRA_LINES: Readonly<Record<RuleWindow, number>> = { line: 0, lines: 2, block: 0 };

/** The span around one hit, from the line table: O(log lines), whatever the length of the line. */
const spanAround = (text: string, hit: number, window: RuleWindow, lines: LineIndex): Span => {
  const index = lines.indexOf(hit);
  const start = Math.max(lines.startOf(index), hit - REACH);
  if (window === 'block') return { start, end: Math.min(text.length, hit + BLOCK) };
  const extra = EXTRA_LINES[window];
  const lineEnd = Math.min(text.length, lines.startOf(index + extra + 1) - 1);
  return { start, end: Math.min(lineEnd, hit + REACH * (extra + 1)) };
};

/** Hits in ascending order (the automaton lists a long keyword's start after a short one's inside it). */
export const ascending = (hits: readonly number[]): readonly number[] =>
  hits.some((hit, i) => i > 0 && hit < (hits[i - 1] as number)) ? [...hits].sort((a, b) => a - b) : hits;

/** The text a span covers, and whether the span ends inside a line (a match touching its end may be cut short). */
export const spanText = (text: string, span: Span): { readonly slice: string; readonly cut: boolean } => ({
  slice: span.start === 0 && span.end === text.length ? text : text.slice(span.start, span.end),
  cut: span.end < text.length && text.charCodeAt(span.end) !== 10,
});

/** Spans around each hit, overlapping ones merged, in order. */
export const windowsFor = (text: string, hits: readonly number[], window: RuleWindow, lines: LineIndex): Span[] => {
  const sorted = ascending(hits);
  const spans: Span[] = [];
  let start = -1;
  let end = -1;
  for (const hit of sorted) {
    if (hit <= end) {
      // The keyword lies inside the current span: extend it to cover this hit's reach too.
      end = Math.max(end, spanAround(text, hit, window, lines).end);
      continue;
    }
    if (start !== -1) spans.push({ start, end });
    ({ start, end } = spanAround(text, hit, window, lines));
  }
  if (start !== -1) spans.push({ start, end });
  return spans;
};
