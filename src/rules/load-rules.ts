// Reads the built-in rules shipped in rules/*.toml (files starting with "_" hold shared allowlists).
import { readOwnFile, whyUnreadable } from '../read-own-file.js';
import { join, relative } from 'node:path';
import { packageFile } from '../package-file.js';
import { LeakgateError } from '../errors.js';
import type { AllowlistSpec, RuleSpec } from './rule-spec.js';
import type { JsPattern } from './vetted-patterns.js';
import { parseRuleset } from './parse-ruleset.js';
import { readRulesCache, ruleFiles } from './rules-cache.js';
import { markVetted } from './vetted-patterns.js';

export interface RuleLibrary {
  readonly rules: readonly RuleSpec[];
  readonly allowlists: readonly AllowlistSpec[];
}

/** The package's rules/ folder, from src/rules or lib/rules alike. */
export const builtinRulesDir = (): string => packageFile('rules');

export const readRuleFile = (path: string, shownAs = path): RuleLibrary => {
  let text: string;
  try {
    text = readOwnFile(path);
  } catch (error) {
    throw new LeakgateError('rules', `cannot read rules file ${shownAs}: ${whyUnreadable(error)}`, { cause: error });
  }
  const { rules, allowlists } = parseRuleset(text, shownAs);
  return { rules, allowlists };
};

/** Where the build writes the parsed rules (see scripts/build-rules-cache.mjs). */
export const rulesCachePath = (): string => packageFile(join('lib', 'rules-cache.json'));

/**
 * The built-in rules, from the build's cache when it is fresh. `samples: false` (what a scan asks
 * for) leaves every rule's examples and negatives empty: only checking the rules needs them.
 */
export const loadBuiltinRules = (dir = builtinRulesDir(), { samples = true } = {}): RuleLibrary => {
  const files = ruleFiles(dir);
  const cached = readRulesCache(rulesCachePath(), dir, files, samples);
  if (cached === undefined) {
    const parsed = parseRuleFiles(dir, files);
    return samples ? parsed : { ...parsed, rules: parsed.rules.map((spec) => ({ ...spec, examples: [], negatives: [] })) };
  }
  // The build translated and compiled these regexes (scripts/build-rules-cache.mjs).
  cached.library.rules.forEach((spec, i) => markVetted(spec, cached.patterns[i] as JsPattern));
  return cached.library;
};

export const parseRuleFiles = (dir: string, files = ruleFiles(dir)): RuleLibrary => {
  const rules: RuleSpec[] = [];
  const allowlists: AllowlistSpec[] = [];
  for (const name of files) {
    const library = readRuleFile(join(dir, name), relative(process.cwd(), join(dir, name)) || name);
    rules.push(...library.rules);
    allowlists.push(...library.allowlists);
  }
  return { rules, allowlists };
};
