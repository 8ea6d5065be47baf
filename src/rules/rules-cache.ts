// The built-in rules, parsed once at build time into lib/rules-cache.json: parsing 80 TOML files
// costs more than the pre-commit hook's whole scan. The cache is keyed by a digest of the rule
// files' contents, so an edited rule file is never served stale.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleLibrary } from './load-rules.js';

export const ruleFiles = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.toml')).sort();

export const rulesDigest = (dir: string, files = ruleFiles(dir)): string => {
  const hash = createHash('sha256');
  for (const name of files) hash.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
  return hash.digest('hex');
};

interface CacheFile {
  readonly digest: string;
  readonly library: RuleLibrary;
}

export const readRulesCache = (path: string, digest: string): RuleLibrary | undefined => {
  try {
    const cache = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    return cache.digest === digest ? cache.library : undefined;
  } catch {
    return undefined;
  }
};

export const serializeRulesCache = (digest: string, library: RuleLibrary): string => JSON.stringify({ digest, library });
