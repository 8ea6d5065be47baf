// The built-in rules, parsed once at build time into lib/rules-cache.json: parsing 80 TOML files
// costs more than the pre-commit hook's whole scan. The cache is never served stale: it is taken
// as is when no rule file changed since it was written (same names and sizes, none modified after
// the cache, as make decides), else only if a digest of the rule files' contents still matches.
// Hashing every file at each start cost ~7 ms of a 400-file `scan .`; a stat of each costs ~1 ms.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleLibrary } from './load-rules.js';
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
  readonly library: RuleLibrary;
  /** Each rule's regex translated to JavaScript (translateRegex), in the rules' order. */
  readonly patterns: readonly JsPattern[];
}

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

export const readRulesCache = (path: string, dir: string, files = ruleFiles(dir)): CachedRules | undefined => {
  try {
    const cacheMtimeMs = statSync(path).mtimeMs;
    const cache = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    if (!Array.isArray(cache.patterns) || cache.patterns.length !== cache.library.rules.length) return undefined;
    const fresh = unchangedSince(cache, cacheMtimeMs, dir, files) || cache.digest === rulesDigest(dir, files);
    return fresh ? { library: cache.library, patterns: cache.patterns } : undefined;
  } catch {
    return undefined;
  }
};

export const serializeRulesCache = (dir: string, library: RuleLibrary, patterns: readonly JsPattern[], files = ruleFiles(dir)): string =>
  JSON.stringify({ digest: rulesDigest(dir, files), stamp: rulesStamp(dir, files), library, patterns } satisfies CacheFile);
