// The built-in rules' keyword automaton is saved at build time and loaded by scans: it must find
// what a freshly built one finds, and be passed over when stale or damaged.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { buildKeywordAutomaton, buildKeywordIndex, keywordIndexFrom, keywordsKey } from '../../src/detect/keyword-index.js';
import { keywordIndexCachePath, keywordIndexFor, readKeywordAutomaton, serializeKeywordAutomaton } from '../../src/rules/keyword-index-cache.js';
import { tempDir } from '../helpers/temp-dir.js';

const config = loadConfig(tempDir(), undefined);
const sorted = (hits: Map<number, number[]>): Array<[number, number[]]> =>
  [...hits].map(([rule, at]): [number, number[]] => [rule, [...new Set(at)].sort((a, b) => a - b)]).sort((a, b) => a[0] - b[0]);

describe('the saved keyword automaton', () => {
  it('the build saved one for the built-in rules, and it finds what a fresh one finds', () => {
    const saved = readKeywordAutomaton(keywordIndexCachePath(), keywordsKey(config.rules));
    expect(saved).toBeDefined();
    const loaded = keywordIndexFrom(saved as NonNullable<typeof saved>);
    const fresh = buildKeywordIndex(config.rules);
    expect(loaded.alwaysRun).toEqual(fresh.alwaysRun);
    const keywords = [...new Set(config.rules.flatMap((rule) => rule.keywords))];
    const piece = fc.oneof(fc.tuple(fc.constantFrom(...keywords), fc.boolean()).map(([word, upper]) => (upper ? word.toUpperCase() : word)), fc.stringMatching(/^[ -~]{0,12}$/), fc.constantFrom('é', '\n', 'ẞ', '😀'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(sorted(loaded.findHits(text))).toEqual(sorted(fresh.findHits(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('is passed over for other keywords, and when damaged or missing', () => {
    const dir = tempDir();
    const path = join(dir, 'keyword-index.bin');
    writeFileSync(path, serializeKeywordAutomaton(buildKeywordAutomaton(config.rules)));
    expect(readKeywordAutomaton(path, keywordsKey(config.rules))).toBeDefined();
    // Other rules (one keyword more): built, not loaded.
    const more = [...config.rules, { ...(config.rules[0] as (typeof config.rules)[number]), id: 'extra', keywords: ['zqxj'] }];
    expect(readKeywordAutomaton(path, keywordsKey(more))).toBeUndefined();
    expect(keywordIndexFor(more, path).findHits('a zqxj b').get(more.length - 1)).toEqual([2]);
    // Saved by a build whose table meant something else (an older format): refused.
    writeFileSync(path, serializeKeywordAutomaton({ ...buildKeywordAutomaton(config.rules), format: 1 }));
    expect(readKeywordAutomaton(path, keywordsKey(config.rules))).toBeUndefined();
    writeFileSync(path, serializeKeywordAutomaton(buildKeywordAutomaton(config.rules)));
    // One byte of the table changed: refused, not trusted.
    const bytes = readFileSync(path);
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 0x55;
    writeFileSync(path, bytes);
    expect(readKeywordAutomaton(path, keywordsKey(config.rules))).toBeUndefined();
    writeFileSync(path, 'not an automaton');
    expect(readKeywordAutomaton(path, keywordsKey(config.rules))).toBeUndefined();
    expect(readKeywordAutomaton(join(dir, 'missing.bin'), keywordsKey(config.rules))).toBeUndefined();
    // keywordIndexFor still works without its file.
    expect(sorted(keywordIndexFor(config.rules, join(dir, 'missing.bin')).findHits('password = 1'))).toEqual(sorted(buildKeywordIndex(config.rules).findHits('password = 1')));
  });
});
