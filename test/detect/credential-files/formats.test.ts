// The table of readers and the rules that give their paths agree: every path-only rule tagged
// credential-file has a reader (else it would report nothing), and every reader has such a rule.
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../src/detect/credential-files/formats.js';
import { loadBuiltinRules } from '../../../src/rules/load-rules.js';

describe('credential-file formats', () => {
  const rules = loadBuiltinRules().rules.filter((rule) => rule.tags.includes('credential-file') && rule.regex === undefined);

  it('has a reader for every path-only credential-file rule, and a rule for every reader', () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual(Object.keys(FORMATS).sort());
  });

  it('gives every such rule a path (or keywords, when its content names the format) and an example at a realistic path', () => {
    for (const rule of rules) {
      expect(rule.path !== undefined || rule.keywords.length > 0, rule.id).toBe(true);
      expect(rule.examples.every((example) => example.path !== undefined), rule.id).toBe(true);
    }
  });
});
