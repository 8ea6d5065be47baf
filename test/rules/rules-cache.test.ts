// lib/rules-cache.json: taken without hashing when no rule file changed since it was written, never
// served stale when one did, and its pre-translated regexes are exactly what the TOML compiles to.
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRule } from '../../src/rules/compile-rule.js';
import { builtinRulesDir, loadBuiltinRules, parseRuleFiles } from '../../src/rules/load-rules.js';
import { readRulesCache, serializeRulesCache } from '../../src/rules/rules-cache.js';
import { translateRegex } from '../../src/rules/translate-regex.js';
import { vettedPattern } from '../../src/rules/vetted-patterns.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const ruleToml = (id: string, prefix: string): string => `[[rules]]
id = "${id}"
description = "test rule ${id}"
regex = '''(?i)\\b(${prefix}[0-9a-z]{20})\\b'''
secretGroup = 1
keywords = ["${prefix}"]
references = ["https://example.com/${id}"]
examples = ['''token = "${prefix}${'ab12'.repeat(5)}"''']
negatives = ['''token = "${prefix}short"''']
`;

/** A rules folder and a cache written after it, both dated `when` (seconds) as npm dates a package's files. */
const cachedRules = (when = 1_000_000) => {
  const root = tempDir();
  const dir = join(root, 'rules');
  writeFiles(dir, { 'a.toml': ruleToml('alpha-token', 'alp_'), 'b.toml': ruleToml('beta-token', 'bet_') });
  const library = parseRuleFiles(dir);
  const patterns = library.rules.map((spec) => {
    const translated = translateRegex(spec.regex ?? '^');
    if (!translated.ok) throw new Error(translated.reason);
    return { source: translated.source, flags: translated.flags };
  });
  const cache = join(root, 'rules-cache.json');
  writeFileSync(cache, serializeRulesCache(dir, library, patterns));
  for (const path of [join(dir, 'a.toml'), join(dir, 'b.toml'), cache]) utimesSync(path, when, when);
  return { dir, cache };
};

const ids = (cached: ReturnType<typeof readRulesCache>): string[] | undefined => cached?.library.rules.map((rule) => rule.id);

describe('the rules cache', () => {
  it('is taken when the rule files are as it saw them, dated as the package was (npm gives every file one date)', () => {
    const { dir, cache } = cachedRules();
    expect(ids(readRulesCache(cache, dir))).toEqual(['alpha-token', 'beta-token']);
  });

  it('is refused when a file was edited after it, even to the same size', () => {
    const { dir, cache } = cachedRules();
    const path = join(dir, 'a.toml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('test rule alpha', 'TEST RULE ALPHA'));
    expect(readRulesCache(cache, dir)).toBeUndefined();
  });

  it('is refused when a file changed size, whatever its date', () => {
    const { dir, cache } = cachedRules();
    const path = join(dir, 'b.toml');
    writeFileSync(path, ruleToml('beta-token', 'beta_'));
    utimesSync(path, 1, 1);
    expect(readRulesCache(cache, dir)).toBeUndefined();
  });

  it('is refused when a rule file is added or removed', () => {
    const { dir, cache } = cachedRules();
    writeFiles(dir, { 'c.toml': ruleToml('gamma-token', 'gam_') });
    utimesSync(join(dir, 'c.toml'), 1, 1);
    expect(readRulesCache(cache, dir)).toBeUndefined();
  });

  it('is still taken when a file was only touched: its content decides (the digest)', () => {
    const { dir, cache } = cachedRules();
    const now = Date.now() / 1000;
    utimesSync(join(dir, 'a.toml'), now, now);
    expect(ids(readRulesCache(cache, dir))).toEqual(['alpha-token', 'beta-token']);
  });

  it('gives the rules without their examples and negatives when a scan asks so, with them otherwise', () => {
    const { dir, cache } = cachedRules();
    const scan = readRulesCache(cache, dir, undefined, false)?.library.rules ?? [];
    const full = readRulesCache(cache, dir)?.library.rules ?? [];
    expect(scan.map((rule) => [rule.id, rule.examples.length, rule.negatives.length])).toEqual([['alpha-token', 0, 0], ['beta-token', 0, 0]]);
    expect(full).toEqual(parseRuleFiles(dir).rules);
  });

  it('the built-in rules come from it, and each pre-translated regex is what its TOML compiles to', () => {
    const cached = loadBuiltinRules();
    const parsed = parseRuleFiles(builtinRulesDir());
    expect(cached.rules).toEqual(parsed.rules);
    expect(cached.rules.every((spec) => spec.regex === undefined || vettedPattern(spec) !== undefined)).toBe(true);
    cached.rules.forEach((spec, i) => {
      const fromCache = compileRule(spec);
      const fromToml = compileRule(parsed.rules[i] as (typeof parsed.rules)[number]);
      expect(vettedPattern(parsed.rules[i] as (typeof parsed.rules)[number])).toBeUndefined();
      expect([fromCache.id, fromCache.regex.source, fromCache.regex.flags, fromCache.window]).toEqual([fromToml.id, fromToml.regex.source, fromToml.regex.flags, fromToml.window]);
      expect([fromCache.anchoredAt?.source, fromCache.anchoredAt?.flags]).toEqual([fromToml.anchoredAt?.source, fromToml.anchoredAt?.flags]);
      // Built on first use, the same path and allowlists; a copy ({ ...rule }, as watched-allowlists makes) keeps them.
      const copy = { ...fromCache };
      expect([copy.regex.source, copy.path?.source, copy.allowlists.map((a) => [a.regexes.map((r) => r.source), a.paths.map((m) => m.source)])]).toEqual([fromToml.regex.source, fromToml.path?.source, fromToml.allowlists.map((a) => [a.regexes.map((r) => r.source), a.paths.map((m) => m.source)])]);
    });
  });
});
