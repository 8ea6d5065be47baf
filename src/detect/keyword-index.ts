// One pass over the text finds every rule whose keywords occur, and where: an Aho-Corasick
// automaton over ASCII with case folded into its transition table, so the text is neither
// lowercased nor searched once per keyword. A combined regex of ~400 keywords measured ~34 MB/s;
// this runs at several hundred (npm run bench).
import type { Rule } from './types.js';
import { emitHit, type TextHits } from './text-hits.js';
import { createUtf8Scanner, type Utf8Scanner } from './utf8-keywords.js';

export type { TextHits } from './text-hits.js';

export interface KeywordIndex {
  /** Rules without keywords (or with keywords the automaton cannot hold): they run on every fragment. */
  readonly alwaysRun: readonly number[];
  /** For each hit rule (by index), the offsets where its keywords start, in order. */
  readonly findHits: (text: string) => Map<number, number[]>;
  /** The hits and the table of line starts, in the one pass over the text. */
  readonly scanText: (text: string) => TextHits;
  /**
   * The same for a text given as its UTF-8 bytes (valid UTF-8, no byte-order mark), offsets
   * into the decoded string: what scanText(new TextDecoder().decode(bytes)) returns; undefined
   * when these keywords cannot be read so (one holds a newline: see utf8-keywords.ts).
   */
  readonly scanUtf8: (bytes: Uint8Array) => TextHits | undefined;
}

/**
 * Bumped when what the table encodes changes, so that an automaton saved by an older build is
 * rebuilt rather than misread (keyword-index-cache.ts).
 */
export const AUTOMATON_FORMAT = 2;
const NEWLINE = 10;

interface Trie {
  next: Int32Array;
  states: number;
  readonly width: number;
}

const insert = (trie: Trie, word: string, classOf: Uint8Array): number => {
  let state = 0;
  for (let i = 0; i < word.length; i++) {
    const slot = state * trie.width + (classOf[word.charCodeAt(i)] as number);
    let to = trie.next[slot] as number;
    if (to === -1) {
      if ((trie.states + 1) * trie.width > trie.next.length) {
        const bigger = new Int32Array(trie.next.length * 2).fill(-1);
        bigger.set(trie.next);
        trie.next = bigger;
      }
      to = trie.states++;
      trie.next[slot] = to;
    }
    state = to;
  }
  return state;
};

/**
 * Characters are mapped to classes: one per character that occurs in a keyword (upper- and
 * lower-case letters share one, which folds case), one for the newline (see the table below), and
 * class 0 for everything else. The transition table is states × classes, small enough to stay in cache.
 */
const characterClasses = (words: Iterable<string>): { classOf: Uint8Array; width: number } => {
  const classOf = new Uint8Array(65536);
  classOf[NEWLINE] = 1;
  let width = 2;
  for (const word of words) {
    for (const ch of word.toLowerCase()) {
      const code = ch.charCodeAt(0);
      if (classOf[code] !== 0) continue;
      classOf[code] = width;
      const upper = ch.toUpperCase().charCodeAt(0);
      if (upper !== code && upper < 128) classOf[upper] = width;
      width++;
    }
  }
  return { classOf, width };
};

/**
 * The automaton as plain data, so that the build can save the built-in rules' one and a scan load it
 * instead of building it (~15-20 ms of a pre-commit hook, before V8 has compiled anything).
 */
export interface KeywordAutomaton {
  /** What it was built for: each rule's keywords, in rule order (see keywordsKey). */
  readonly key: string;
  /** AUTOMATON_FORMAT of the build that made it. */
  readonly format: number;
  readonly width: number;
  /** Character classes of the codes 0-127; every other code is class 0 (keywords are ASCII). */
  readonly asciiClasses: readonly number[];
  readonly alwaysRun: readonly number[];
  /** For each state that ends keywords: [state, [rule, offset of the keyword's start back from its end]...]. */
  readonly emits: ReadonlyArray<readonly [number, ReadonlyArray<readonly [number, number]>]>;
  /** Next row offset per (row, class), bit-inverted when the next state ends a keyword or the character is a newline (see keywordIndexFrom). */
  readonly table: Int32Array;
}

/** The key an automaton is valid for: the rules' keywords, in order. */
export const keywordsKey = (rules: readonly Rule[]): string => JSON.stringify(rules.map((rule) => rule.keywords));

export const buildKeywordIndex = (rules: readonly Rule[]): KeywordIndex => keywordIndexFrom(buildKeywordAutomaton(rules));

export const buildKeywordAutomaton = (rules: readonly Rule[]): KeywordAutomaton => {
  const alwaysRun: number[] = [];
  const keywordRules = new Map<string, number[]>();
  rules.forEach((rule, index) => {
    const usable = rule.keywords.filter((word) => word.length > 0 && /^[\x01-\x7f]+$/.test(word));
    if (usable.length === 0 || usable.length < rule.keywords.length) alwaysRun.push(index);
    for (const word of new Set(usable)) keywordRules.set(word, [...(keywordRules.get(word) ?? []), index]);
  });
  const { classOf, width } = characterClasses(keywordRules.keys());
  let capacity = 1;
  for (const word of keywordRules.keys()) capacity += word.length;
  const trie: Trie = { next: new Int32Array(capacity * width).fill(-1), states: 1, width };
  const ends = new Map<number, string[]>();
  for (const word of keywordRules.keys()) {
    const state = insert(trie, word.toLowerCase(), classOf);
    ends.set(state, [...(ends.get(state) ?? []), word]);
  }
  const states = trie.states;
  const delta = new Int32Array(states * width);
  const fail = new Int32Array(states);
  // Per state: the keywords that end here, its own and those of its failure chain.
  const NONE: readonly string[] = [];
  const outputs: Array<readonly string[]> = new Array<readonly string[]>(states).fill(NONE);
  const queue: number[] = [];
  for (let c = 1; c < width; c++) {
    const to = trie.next[c] as number;
    delta[c] = to === -1 ? 0 : to;
    if (to > 0) queue.push(to);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    const back = (fail[state] as number) * width;
    const own = ends.get(state);
    const inherited = outputs[fail[state] as number] ?? NONE;
    outputs[state] = own ? (inherited.length > 0 ? [...own, ...inherited] : own) : inherited;
    for (let c = 1; c < width; c++) {
      const to = trie.next[state * width + c] as number;
      if (to === -1) delta[state * width + c] = delta[back + c] as number;
      else {
        delta[state * width + c] = to;
        fail[to] = delta[back + c] as number;
        queue.push(to);
      }
    }
  }
  const accepting = new Uint8Array(states);
  const emits: Array<readonly [number, ReadonlyArray<readonly [number, number]>]> = [];
  for (let state = 0; state < states; state++) {
    const words = outputs[state] ?? [];
    if (words.length === 0) continue;
    accepting[state] = 1;
    emits.push([state, words.flatMap((word) => (keywordRules.get(word) ?? []).map((rule) => [rule, word.length - 1] as const))]);
  }

  // The hot loop's table: each entry is the next state's row offset (state × width), bit-inverted
  // (negative) when that state ends a keyword, so one load and one sign test per character. A
  // newline's entries are inverted too: the loop notes a line start on the same rare path, so the
  // table of line starts costs no separate pass (it cost ~9 % of detection; docs/performance.md).
  const newline = classOf[NEWLINE] as number;
  const table = new Int32Array(states * width);
  for (let slot = 0; slot < table.length; slot++) {
    const next = delta[slot] as number;
    table[slot] = accepting[next] === 1 || slot % width === newline ? ~(next * width) : next * width;
  }
  return { key: keywordsKey(rules), format: AUTOMATON_FORMAT, width, asciiClasses: [...classOf.subarray(0, 128)], alwaysRun, emits, table };
};

export const keywordIndexFrom = (automaton: KeywordAutomaton): KeywordIndex => {
  const { width, table, alwaysRun } = automaton;
  const classOf = new Uint8Array(65536);
  classOf.set(automaton.asciiClasses);
  const emits: Array<ReadonlyArray<readonly [number, number]>> = new Array<ReadonlyArray<readonly [number, number]>>(table.length / width).fill([]);
  for (const [state, pairs] of automaton.emits) emits[state] = pairs;

  const scanText = (text: string): TextHits => {
    const hits = new Map<number, number[]>();
    const lineStarts = [0];
    let row = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const code = text.charCodeAt(i);
      const next = table[row + (classOf[code] as number)] as number;
      if (next >= 0) {
        row = next;
        continue;
      }
      row = ~next;
      if (code === NEWLINE) lineStarts.push(i + 1);
      emitHit(hits, emits[row / width] as ReadonlyArray<readonly [number, number]>, i);
    }
    return { hits, lineStarts };
  };
  // Compiled on first use: a scan of strings only (a diff, stdin) never needs it. The byte loop
  // notes a newline without looking for a keyword ending there, so a keyword holding one (a
  // user's rule may) keeps the string loop.
  let utf8: Utf8Scanner | null | undefined;
  const scanUtf8 = (bytes: Uint8Array): TextHits | undefined => {
    // The key is JSON: a newline in a keyword shows as \n (a backslash before an n also matches: the string loop then, still exact).
    if (utf8 === undefined) utf8 = (automaton.key.includes('\\n') ? undefined : createUtf8Scanner(automaton, emits)) ?? null;
    return utf8 === null ? undefined : utf8(bytes);
  };
  return { alwaysRun, findHits: (text) => scanText(text).hits, scanText, scanUtf8 };
};
