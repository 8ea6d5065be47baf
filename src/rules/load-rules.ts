// Reads the built-in rules shipped in rules/*.toml (files starting with "_" hold shared allowlists).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageFile } from '../package-file.js';
import { LeakgateError } from '../errors.js';
import type { AllowlistSpec, RuleSpec } from './rule-spec.js';
import { parseRuleset } from './parse-ruleset.js';

export interface RuleLibrary {
  readonly rules: readonly RuleSpec[];
  readonly allowlists: readonly AllowlistSpec[];
}

/** The package's rules/ folder, from src/rules or lib/rules alike. */
export const builtinRulesDir = (): string => packageFile('rules');

export const readRuleFile = (path: string, shownAs = path): RuleLibrary => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new LeakgateError('rules', `cannot read rules file ${shownAs}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
  const { rules, allowlists } = parseRuleset(text, shownAs);
  return { rules, allowlists };
};

export const loadBuiltinRules = (dir = builtinRulesDir()): RuleLibrary => {
  const files = readdirSync(dir).filter((name) => name.endsWith('.toml')).sort();
  const rules: RuleSpec[] = [];
  const allowlists: AllowlistSpec[] = [];
  for (const name of files) {
    const library = readRuleFile(join(dir, name), relative(process.cwd(), join(dir, name)) || name);
    rules.push(...library.rules);
    allowlists.push(...library.allowlists);
  }
  return { rules, allowlists };
};
