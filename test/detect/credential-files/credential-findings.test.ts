// credentialPathGate: one regex for all credential-file rules' paths must pass every path one of
// them matches (a path it refuses is never read in a credential format). It is case-insensitive, so
// it may pass more; and it passes what one alternative per rule (its first form, 8b5cf24) passed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { hasCredentialFormat } from '../../../src/detect/credential-files/credential-candidates.js';
import { credentialPathGate } from '../../../src/detect/credential-files/credential-findings.js';
import { loadBuiltinRules } from '../../../src/rules/load-rules.js';
import { tempDir } from '../../helpers/temp-dir.js';

const credentialRules = loadConfig(tempDir(), undefined).rules.filter((rule) => rule.pathOnly && rule.tags.includes('credential-file') && hasCredentialFormat(rule.id));
// The rules that run for their path; one known by its content (keywords, no path) runs where they hit.
const rules = credentialRules.filter((rule) => rule.keywords.length === 0);
const gate = credentialPathGate(rules);
const anyRule = (path: string): boolean => rules.some((rule) => rule.path?.test(path) === true);
const perRule = new RegExp(rules.map((rule) => `(?:${(rule.path?.source ?? '').replace(/^\(\?i\)/, '')})`).join('|'), 'i');
const agrees = (test: (path: string) => boolean, path: string): void => {
  expect([path, test(path)]).toEqual([path, perRule.test(path)]);
  if (anyRule(path)) expect([path, test(path)]).toEqual([path, true]);
};

// Every path the rules' own examples and negatives name, and those paths cut, prefixed and recased.
const samplePaths = [...new Set(loadBuiltinRules().rules.filter((spec) => rules.some((rule) => rule.id === spec.id)).flatMap((spec) => [...spec.examples, ...spec.negatives]).flatMap((sample) => (sample.path ? [sample.path] : [])))];

describe('credentialPathGate', () => {
  it('exists for the built-in credential-file rules, and passes every path of their examples', () => {
    expect(rules.length).toBeGreaterThan(30);
    // A rule without a path (credential-file-jenkins-element) would disable a gate made over it.
    expect(credentialRules.filter((rule) => rule.path === undefined).map((rule) => rule.id)).toEqual(['credential-file-jenkins-element']);
    expect(credentialPathGate(credentialRules)).toBeUndefined();
    expect(gate).toBeDefined();
    expect(samplePaths.length).toBeGreaterThan(30);
  });

  it('passes the paths a rule matches, as one alternative per rule does: samples, cut, prefixed, recased, random', () => {
    const test = gate as (path: string) => boolean;
    const variants = samplePaths.flatMap((path) => [path, `src/${path}`, `a${path}`, path.toUpperCase(), path.slice(1), path.slice(0, -1), `${path}.bak`, path.replace(/^.*\//, '')]);
    for (const path of variants) agrees(test, path);
    expect(variants.filter(anyRule).length).toBeGreaterThan(30);
    const segment = fc.oneof(fc.constantFrom(...samplePaths.flatMap((path) => path.split('/'))), fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/));
    fc.assert(fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (parts) => {
      const path = parts.join('/');
      agrees(test, path);
    }), { numRuns: 3000 });
  });
});
