import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileAllowlist } from '../../src/rules/compile-rule.js';
import { checkRules } from '../../src/rules/check-rules.js';
import { loadBuiltinRules } from '../../src/rules/load-rules.js';

// RULES_ONLY=aws.toml,gcp.toml narrows the check to some files while writing rules.
const only = process.env['RULES_ONLY']?.split(',');

describe('built-in rules', () => {
  const library = loadBuiltinRules();
  const global = library.allowlists.map((spec) => compileAllowlist(spec, 'rules/_allowlist.toml'));
  const rules = library.rules.filter((rule) => !only || only.includes(basename(rule.file)));

  it('all pass checkRules(): compile, unique ids, examples found, negatives not', () => {
    const problems = checkRules(rules, global).map((p) => `${p.file}: ${p.ruleId}: ${p.message}`);
    expect(problems).toEqual([]);
  });

  it('ids are unique across every file', () => {
    const ids = library.rules.map((rule) => rule.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('each rule carries examples, keywords and a reference', () => {
    for (const rule of rules) {
      expect(rule.examples.length, rule.id).toBeGreaterThan(0);
      expect(rule.references.length, rule.id).toBeGreaterThan(0);
    }
  });
});
