// The built-in rules, parsed once at build time into lib/rules-cache.json: parsing 80 TOML files
// costs more than the pre-commit hook's whole scan. The cache is never served stale: it is taken
// as is when no rule file changed since it was written (same names and sizes, none modified after
// the cache, as make decides), else only if a digest of the rule files' contents still matches.
// Hashing every file at each start cost ~7 ms of a 400-file `scan .`; a stat of each costs ~1 ms.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleLibrary } from './load-rules.js';
import type { RuleSpec } from './rule-spec.js';
import type { JsPattern } from './vetted-patterns.js';

export const ruleFiles = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.toml')).sort();

export const rulesDigest = (dir: string, files = ruleFiles(dir)): string => {
  const hash = createHash('sha256');
  for (const name of files) hash.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
  return hash.digest('hex');
};

/** Each rule file's name and size, in order: what the cache was built from, cheap to compare. */
export const rulesStamp = (dir: string, files = ruleFiles(dir)): string[] => files.map((name) => `${name}:${statSync(join(dir, name)).size}`);

interface CacheFile {
  readonly digest: string;
  readonly stamp: readonly string[];
  /** The rules with their examples and negatives left empty (they are on the file's second line). */
  readonly library: RuleLibrary;
  /** Each rule's regex translated to JavaScript (translateRegex), in the rules' order. */
  readonly patterns: readonly JsPattern[];
}

/** The file's second line: each rule's [examples, negatives], in the rules' order. */
type Samples = ReadonlyArray<readonly [RuleSpec['examples'], RuleSpec['negatives']]>;

export interface CachedRules {
  readonly library: RuleLibrary;
  readonly patterns: readonly JsPattern[];
}

/**
 * Unchanged since the cache was written: the same files with the same sizes, none modified after
 * it. An installed package passes too (npm gives every file the same fixed date); an edit that
 * keeps a file's size leaves it newer than the cache, and the digest decides.
 */
const unchangedSince = (cache: CacheFile, cacheMtimeMs: number, dir: string, files: readonly string[]): boolean => {
  if (!Array.isArray(cache.stamp) || cache.stamp.length !== files.length) return false;
  for (let i = 0; i < files.length; i++) {
    const stat = statSync(join(dir, files[i] as string));
    if (cache.stamp[i] !== `${files[i]}:${stat.size}` || stat.mtimeMs > cacheMtimeMs) return false;
  }
  return true;
};

/** The rules with their samples put back from the second line. */
const withSamples = (library: RuleLibrary, line: string): RuleLibrary => {
  const samples = JSON.parse(line) as Samples;
  if (samples.length !== library.rules.length) throw new Error('samples do not match the rules');
  return { ...library, rules: library.rules.map((spec, i) => ({ ...spec, examples: samples[i]?.[0] ?? [], negatives: samples[i]?.[1] ?? [] })) };
};

/**
 * The cached rules, or undefined when the cache is missing, damaged or stale. Without `samples`,
 * the rules' examples and negatives are left empty: a scan never reads them, and they are half of
 * the file's 735 KB, so they sit on a second line that only `samples` parses.
 */
export const readRulesCache = (path: string, dir: string, files = ruleFiles(dir), samples = true): CachedRules | undefined => {
  try {
    const cacheMtimeMs = statSync(path).mtimeMs;
    const bytes = readFileSync(path);
    const newline = bytes.indexOf(0x0a);
    const cache = JSON.parse(bytes.toString('utf8', 0, newline === -1 ? bytes.length : newline)) as CacheFile;
    if (!Array.isArray(cache.patterns) || cache.patterns.length !== cache.library.rules.length) return undefined;
    const fresh = unchangedSince(cache, cacheMtimeMs, dir, files) || cache.digest === rulesDigest(dir, files);
    if (!fresh) return undefined;
    return { library: samples ? withSamples(cache.library, bytes.toString('utf8', newline + 1)) : cache.library, patterns: cache.patterns };
  } catch {
    return undefined;
  }
};

/**
 * JSON text with every non-ASCII character escaped (\\uXXXX): the same values, in a file V8 reads as
 * one-byte text. 17 characters (an ellipsis, a dash) made the 486 KB of the first line a two-byte
 * string, ~2 ms more to decode and parse at each start (6.4 -> 4.3 ms, 5 runs).
 */
const asciiJson = (json: string): string => json.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const serializeRulesCache = (dir: string, library: RuleLibrary, patterns: readonly JsPattern[], files = ruleFiles(dir)): string => {
  const bare = { ...library, rules: library.rules.map((spec) => ({ ...spec, examples: [], negatives: [] })) };
  const samples: Samples = library.rules.map((spec) => [spec.examples, spec.negatives]);
  // JSON.stringify escapes every newline inside strings: the one between the two lines is the only one.
  const head = JSON.stringify({ digest: rulesDigest(dir, files), stamp: rulesStamp(dir, files), library: bare, patterns } satisfies CacheFile);
  return `${asciiJson(head)}\n${asciiJson(JSON.stringify(samples))}`;
};
