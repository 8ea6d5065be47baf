// Rule families: `generic` for rules tagged generic, otherwise the rules/*.toml file that defines
// the rule (aws, connection-strings, crypto, …), read from the measured build's own rules/.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// A rule table opens with [[rules]] and names its id on an `id = "…"` line (TOML basic or literal string).
const RULE_ID = /^\s*\[\[rules\]\]\s*$[\s\S]*?^\s*id\s*=\s*["']([^"']+)["']/gm;

function tomlFamilies(rulesDir) {
  const map = {};
  if (!existsSync(rulesDir)) return map;
  for (const name of readdirSync(rulesDir).filter((n) => n.endsWith('.toml')).sort()) {
    const text = readFileSync(join(rulesDir, name), 'utf8');
    for (const m of text.matchAll(RULE_ID)) map[m[1]] = name.replace(/\.toml$/, '');
  }
  return map;
}

/** { ruleId: family } for every rule the given bin/leakgate.js knows. */
export function ruleFamilies(leakgate) {
  const listed = JSON.parse(
    execFileSync('node', [leakgate, 'rules', 'list', '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 }),
  );
  const rules = Array.isArray(listed) ? listed : listed.rules;
  const fromToml = tomlFamilies(join(dirname(leakgate), '..', 'rules'));
  const map = {};
  for (const rule of rules) {
    map[rule.id] = (rule.tags ?? []).includes('generic') ? 'generic' : fromToml[rule.id] ?? 'other';
  }
  return map;
}

/** A lookup that also places rules the map does not know (a verdict's rule from another build). */
export const familyLookup = (map) => (ruleId) =>
  map[ruleId] ?? (ruleId.startsWith('generic-') ? 'generic' : 'other');
