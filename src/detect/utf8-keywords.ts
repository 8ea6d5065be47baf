// The keyword automaton run over a text's UTF-8 bytes, in WebAssembly: the same table as
// keyword-index.ts's loop over the string, as two independent chains over the two halves of each
// window (each table lookup waits on the one before it; two chains overlap those waits). A file
// read as bytes (a blob, a file on disk) is scanned so, and the offsets come out as indices into
// the decoded string. 46 MB of eslint's blobs: 156 -> 110 ms (docs/performance.md, issue 20).
import type { KeywordAutomaton } from './keyword-index.js';
import { emitHit, type TextHits } from './text-hits.js';
import { keywordLoops, SAVED, STATE } from './wasm-loop.js';

/** Memory layout (bytes): class of each byte value, its index shift, the loops' saved state (STATE), the table, then the input window and the lists. */
const CLASSES = 0;
const SHIFTS = 256;
const TABLE = 1024;
/** Bytes copied into the module per call: bounded memory whatever the file's size. */
const WINDOW = 128 * 1024;
/** Under this, one chain: two gain nothing on a short text. */
const TWO_FROM = 1024;

export type Utf8Scanner = (bytes: Uint8Array) => TextHits;

/** The part of the WebAssembly API used here (the project's TypeScript libs do not declare it; Node has it globally). */
interface WasmApi {
  readonly Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
  readonly Module: new (bytes: Uint8Array<ArrayBuffer>) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}
const wasm = (): WasmApi => (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/**
 * Each byte's shift of the string index: a UTF-8 continuation byte adds a byte but no UTF-16
 * unit, a 4-byte sequence's lead adds the second unit of a surrogate pair. So the string index of
 * byte i is i minus the sum of the shifts before it, for valid UTF-8 only (the caller's promise:
 * TextDecoder replaces an invalid sequence, which this does not model).
 */
const shiftOf = (byte: number): number => ((byte & 0xc0) === 0x80 ? 1 : (byte & 0xf8) === 0xf0 ? -1 : 0);

type Chain = [at: number, end: number, row: number, hits: number, lines: number, shift: number];
type One = (...chain: Chain) => void;
type Two = (...chains: [...Chain, ...Chain]) => void;

/** A chain's lists in the module's memory, each with room for a stop at every byte of a window. */
interface Lists {
  readonly hits: number;
  readonly lines: number;
}

/** Where a chain's lists ended and its shift, once it reached its end. */
interface Ran {
  readonly hits: number;
  readonly lines: number;
  readonly shift: number;
}

/** The scanner for an automaton; undefined when a keyword is too long for the windows (a user's rule) or no memory can be had: the string loop serves. */
export const createUtf8Scanner = (automaton: KeywordAutomaton, emits: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): Utf8Scanner | undefined => {
  // A chain started this many bytes early, from the root, is in the right state where it starts to count (no keyword is longer).
  let context = 0;
  for (const pairs of emits) for (const [, back] of pairs) context = Math.max(context, back);
  if (context * 4 > TWO_FROM) return undefined;
  const { width, table } = automaton;
  const input = TABLE + table.length * 4;
  const lists = [0, 1].map((k): Lists => ({ hits: input + WINDOW + k * 12 * WINDOW, lines: input + WINDOW + k * 12 * WINDOW + 8 * WINDOW })) as [Lists, Lists];
  let memory: { readonly buffer: ArrayBuffer };
  try {
    memory = new (wasm().Memory)({ initial: Math.ceil((input + 25 * WINDOW) / 65536) });
  } catch {
    // V8 reserves several GB of address space for a module's memory (its bounds checks are guard
    // pages): under a `ulimit -v` of 4 GB that fails, and the string loop serves instead.
    return undefined;
  }
  const { one, two, prepare } = new (wasm().Instance)(new (wasm().Module)(keywordLoops(TABLE, input)), { m: { memory } }).exports as {
    one: One;
    two: Two;
    prepare: (from: number, to: number) => void;
  };
  const bytes = new Uint8Array(memory.buffer);
  const words = new Int32Array(memory.buffer);
  for (let b = 0; b < 256; b++) {
    bytes[CLASSES + b] = b < 128 ? (automaton.asciiClasses[b] ?? 0) : 0;
    bytes[SHIFTS + b] = shiftOf(b) & 0xff;
  }
  words.set(table, TABLE / 4);
  prepare(TABLE, input);
  /** Field (0 at, 1 row, 2 hits, 3 lines, 4 shift) of a chain's state as the last call left it. */
  const saved = (chain: number, field: number): number => words[(STATE + SAVED * chain) / 4 + field] as number;
  /** Runs a chain on alone to its end (`one` saves in chain 0's place). */
  const runOn = (chain: number, end: number): Ran => {
    if (saved(chain, 0) < end) {
      one(saved(chain, 0), end, saved(chain, 1), saved(chain, 2), saved(chain, 3), saved(chain, 4));
      return { hits: saved(0, 2), lines: saved(0, 3), shift: saved(0, 4) };
    }
    return { hits: saved(chain, 2), lines: saved(chain, 3), shift: saved(chain, 4) };
  };
  /** Shift of the window's bytes [from, to): a few, where a chain starts. */
  const shiftIn = (from: number, to: number): number => {
    let sum = 0;
    for (let i = from; i < to; i++) sum += shiftOf(bytes[input + i] as number);
    return sum;
  };
  /**
   * Reads a chain's lists into the result. Its indices are window offsets less its own shift;
   * those from `first` on are its own (an index grows at each ASCII byte, where every stop is),
   * and `base` makes them string indices.
   */
  const collect = (out: TextHits, list: Lists, ran: Ran, first: number, base: number): void => {
    for (let slot = list.lines / 4; slot < ran.lines / 4; slot++) {
      const start = words[slot] as number;
      if (start > first) out.lineStarts.push(base + start);
    }
    for (let slot = list.hits / 4; slot < ran.hits / 4; slot += 2) {
      const at = words[slot] as number;
      if (at >= first) emitHit(out.hits, emits[(words[slot + 1] as number) / 4 / width] ?? [], base + at);
    }
  };

  /**
   * One window: bytes [from, end) of the text, of which those from `start` on are its own (the
   * rest is context for the automaton). Two chains over its halves, the second starting `context`
   * bytes early, so that each lookup's wait overlaps the other's; one chain on a short window.
   * `shifted` is the text's shift before `start`; returns it before `end`.
   */
  const scanWindow = (out: TextHits, from: number, start: number, end: number, shifted: number): number => {
    const length = end - from;
    const own = start - from;
    const before = shifted - shiftIn(0, own);
    const [a, b] = lists;
    if (length < TWO_FROM) {
      one(0, length, 0, a.hits, a.lines, 0);
      const ran = runOn(0, length);
      collect(out, a, ran, own - shiftIn(0, own), from - before);
      return before + ran.shift;
    }
    const half = (length + context) >> 1;
    const second = half - context;
    two(0, half, 0, a.hits, a.lines, 0, second, length, 0, b.hits, b.lines, 0);
    const first = runOn(0, half);
    const atSecond = before + first.shift - shiftIn(second, half);
    const last = runOn(1, length);
    collect(out, a, first, own - shiftIn(0, own), from - before);
    collect(out, b, last, half - shiftIn(second, half), from - atSecond);
    return atSecond + last.shift;
  };

  return (text) => {
    const out: TextHits = { hits: new Map(), lineStarts: [0] };
    let shifted = 0;
    for (let start = 0; start < text.length; ) {
      const from = Math.max(0, start - context);
      const end = Math.min(text.length, from + WINDOW);
      bytes.set(text.subarray(from, end), input);
      shifted = scanWindow(out, from, start, end, shifted);
      start = end;
    }
    return out;
  };
};
