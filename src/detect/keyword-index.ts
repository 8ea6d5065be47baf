// One pass over the lowercased text finds every rule whose keywords occur, and where.
import type { Rule } from './types.js';

export interface KeywordIndex {
  /** Rules without keywords: they run on every fragment. */
  readonly alwaysRun: readonly number[];
  /** For each hit rule (by index), the offsets of its keyword hits, in order. */
  readonly findHits: (lowerText: string) => Map<number, number[]>;
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const buildKeywordIndex = (rules: readonly Rule[]): KeywordIndex => {
  const rulesByKeyword = new Map<string, number[]>();
  const alwaysRun: number[] = [];
  rules.forEach((rule, index) => {
    if (rule.keywords.length === 0) alwaysRun.push(index);
    for (const keyword of new Set(rule.keywords)) {
      const list = rulesByKeyword.get(keyword) ?? [];
      list.push(index);
      rulesByKeyword.set(keyword, list);
    }
  });
  const keywords = [...rulesByKeyword.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  // The alternation reports the longest keyword at a position; shorter keywords hidden inside it
  // (at any offset) must fire too, so each keyword also triggers the rules of its substrings.
  const triggered = new Map<string, ReadonlyArray<readonly [number, number]>>();
  for (const keyword of keywords) {
    const pairs: Array<readonly [number, number]> = [];
    for (const other of keywords) {
      const at = keyword.indexOf(other);
      if (at === -1) continue;
      for (const rule of rulesByKeyword.get(other) ?? []) pairs.push([rule, at]);
    }
    triggered.set(keyword, pairs);
  }
  const pattern = keywords.length === 0 ? undefined : new RegExp(keywords.map(escapeRegex).join('|'), 'g');

  const findHits = (lowerText: string): Map<number, number[]> => {
    const hits = new Map<number, number[]>();
    if (!pattern) return hits;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lowerText); m !== null; m = pattern.exec(lowerText)) {
      for (const [rule, at] of triggered.get(m[0]) ?? []) {
        const list = hits.get(rule);
        const offset = m.index + at;
        if (list === undefined) hits.set(rule, [offset]);
        else if (list[list.length - 1] !== offset) list.push(offset);
      }
      // Overlapping keywords ("sk_live" hiding "live_") start inside this one.
      pattern.lastIndex = m.index + 1;
    }
    return hits;
  };
  return { alwaysRun, findHits };
};
