// `anchored = true`: a rule's regex is tried only where its keywords start. The declaration is
// checked against the rule's examples, and anchoring must never change what a rule finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { loadBuiltinRules } from '../../src/rules/load-rules.js';
import { createDetector, type DetectResult } from '../../src/detect/detector.js';
import type { Allowlist, Fragment, Rule } from '../../src/detect/types.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

/** Detects with the rules as given and with their anchoring off: asserts both find the same, and returns it. */
const anchoredAndPlain = (rules: readonly Rule[], allowlists: readonly Allowlist[]): ((fragment: Fragment) => string[]) => {
  const options = { includeInvalid: false, decode: false };
  const withAnchor = createDetector(rules, allowlists, options);
  const without = createDetector(rules.map((rule) => ({ ...rule, anchoredAt: undefined })), allowlists, options);
  const shape = (found: DetectResult): string[] => found.findings.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.secret}`).sort();
  return (fragment) => {
    const expected = shape(without.detect(fragment));
    expect(shape(withAnchor.detect(fragment))).toEqual(expected);
    return expected;
  };
};

describe('anchored rules', () => {
  it('rules check refuses an anchored rule whose example matches before its keyword', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'wrong.toml': `
[[rules]]
id = "wrongly-anchored"
description = "the match starts at the variable name, before the keyword"
regex = '''[a-z]+_token\\s*=\\s*"([a-z0-9]{12})"'''
secretGroup = 1
keywords = ["_token"]
anchored = true
examples = ['''bot_token = "abc123def456"''']
negatives = ['''bot_token = 1''']
`,
    });
    const result = await runCli(['rules', 'check', 'wrong.toml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('rule "wrongly-anchored": is anchored, but in example #1 a match starts where no keyword does');
  });

  it('the built-in anchored rules find exactly what they find unanchored, on code-like lines', () => {
    const config = loadConfig(tempDir(), undefined);
    const anchored = config.rules.filter((rule) => ['generic-password-assignment', 'generic-secret-assignment', 'oracle-oci-auth-token'].includes(rule.id));
    expect(anchored).toHaveLength(3);
    const compare = anchoredAndPlain(anchored, config.allowlists);
    // Each rule's keywords as likely as another's (the generic rules have dozens, the OCI rule three).
    const keyword = fc.oneof(...anchored.map((rule) => fc.constantFrom(...rule.keywords)), fc.constantFrom('Password', 'API_KEY', 'AuthToken', 'DB_PASS', 'oauth_token', 'x_secret', 'OCI', 'Oracle'));
    const value = fc.oneof(fc.stringMatching(/^[A-Za-z0-9+/_.$-]{6,40}$/), fc.stringMatching(/^[A-Za-z0-9()<>;:.+_#-]{20}$/));
    const piece = fc.oneof(
      fc.tuple(fc.constantFrom('', 'my', 'the_', 'db.', 'X', '--', '$'), keyword, fc.constantFrom('', 's', '_value', 'Hash', '_ID', '_AUTH_TOKEN', '.authToken', ' -u ci@acme.io'), fc.constantFrom(' = ', '=', ': ', ' := ', ' => ', '", "', '(', ' -p '), fc.constantFrom('"', "'", '`', ''), value).map(
        ([pre, word, post, op, quote, v]) => `${pre}${word}${post}${op}${quote}${v}${quote}`,
      ),
      fc.stringMatching(/^[ -~]{0,30}$/),
    );
    const line = fc.array(piece, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(fc.sample(fc.constantFrom(' ', '; ', ', ', '\t'), 1)[0] ?? ' '));
    const text = fc.array(line, { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n'));
    let withFindings = 0;
    const byRule = new Map<string, number>();
    fc.assert(
      fc.property(text, (sample) => {
        const fragment = { path: 'src/app.py', text: sample, startLine: 1 };
        const expected = compare(fragment);
        if (expected.length > 0) withFindings++;
        for (const id of new Set(expected.map((found) => found.split(' ')[0] as string))) byRule.set(id, (byRule.get(id) ?? 0) + 1);
      }),
      { numRuns: 3000 },
    );
    // The generator is worth something only if many samples hold secrets.
    expect(withFindings).toBeGreaterThan(300);
    for (const rule of anchored) expect(byRule.get(rule.id) ?? 0, rule.id).toBeGreaterThan(20);
  });

  it('the built-in anchored multi-line rules (JWT keys in config sections) find exactly what they find unanchored', () => {
    const config = loadConfig(tempDir(), undefined);
    const anchored = config.rules.filter((rule) => rule.anchoredAt !== undefined && rule.id.startsWith('generic-jwt-config-key'));
    expect(anchored.map((rule) => rule.id).sort()).toEqual(['generic-jwt-config-key', 'generic-jwt-config-key-yaml']);
    const compare = anchoredAndPlain(anchored, config.allowlists);
    const section = fc.constantFrom('Jwt', 'jwt', 'JwtSettings', 'AppJwt', 'JWT', 'jwtConfig', 'jwt-config', 'Auth', 'Tokens');
    const name = fc.constantFrom('Key', 'key', 'SigningKey', 'IssuerSigningKey', 'secret-key', 'signing_key', 'PublicKey', 'Issuer', 'ttl');
    const value = fc.oneof(fc.stringMatching(/^[A-Za-z0-9+/_.!@-]{10,40}$/), fc.constantFrom('${JWT_KEY}', '', 'changeme'));
    const json = fc
      .tuple(section, fc.array(fc.tuple(name, value), { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '\n    '))
      .map(([sec, pairs, gap]) => `"${sec}": {${gap}${pairs.map(([k, v]) => `"${k}": "${v}"`).join(`,${gap}`)} }`);
    const yaml = fc
      .tuple(section, fc.array(fc.tuple(name, value), { minLength: 1, maxLength: 4 }), fc.constantFrom('  ', '    '))
      .map(([sec, pairs, indent]) => `${sec}:\n${pairs.map(([k, v]) => `${indent}${k}: ${v}`).join('\n')}\n`);
    const text = fc.array(fc.oneof(json, yaml, fc.stringMatching(/^[ -~]{0,30}$/)), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('\n'));
    const byRule = new Map<string, number>();
    fc.assert(
      fc.property(text, (sample) => {
        // JSON and YAML sections mixed in one text: a .conf file, whose scalars may be quoted or bare.
        const fragment = { path: 'config/appsettings.conf', text: sample, startLine: 1 };
        const expected = compare(fragment);
        for (const id of new Set(expected.map((found) => found.split(' ')[0] as string))) byRule.set(id, (byRule.get(id) ?? 0) + 1);
      }),
      { numRuns: 2000 },
    );
    for (const rule of anchored) expect(byRule.get(rule.id) ?? 0, rule.id).toBeGreaterThan(50);
  });

  it('every built-in anchored rule finds exactly what it finds unanchored, on its examples and negatives spliced into other text', () => {
    const config = loadConfig(tempDir(), undefined);
    const specs = new Map(loadBuiltinRules().rules.map((spec) => [spec.id, spec]));
    const anchored = config.rules.filter((rule) => rule.anchoredAt !== undefined);
    // The rules anchored for speed because their keywords are in everyday words (task, path, name, https://).
    for (const id of ['twilio-api-key-sid', 'airtable-personal-access-token', 'generic-name-value-pair', 'connection-string-url-credentials']) {
      expect(anchored.map((rule) => rule.id)).toContain(id);
    }
    const compare = anchoredAndPlain(anchored, config.allowlists);
    for (const rule of anchored) {
      const spec = specs.get(rule.id);
      const samples = [...(spec?.examples ?? []), ...(spec?.negatives ?? [])].map((sample) => sample.text);
      // A sample, cut or not, glued to text that may hold the rule's keywords or end inside a word.
      const piece = fc.tuple(fc.constantFrom(...samples), fc.nat(), fc.nat(), fc.boolean()).map(([sample, a, b, whole]) => {
        if (whole) return sample;
        const [from, to] = [a % (sample.length + 1), b % (sample.length + 1)].sort((x, y) => x - y);
        return sample.slice(from as number, to as number);
      });
      const glue = fc.oneof(fc.constantFrom('', ' ', '\n', '\n  ', '\t', 'x', '_', '"', '=', ': ', '//'), fc.constantFrom(...rule.keywords), fc.stringMatching(/^[ -~]{0,12}$/));
      const text = fc.array(fc.tuple(glue, piece), { minLength: 1, maxLength: 5 }).map((parts) => parts.map(([g, p]) => g + p).join(''));
      let found = 0;
      fc.assert(
        fc.property(text, (sample) => {
          // Samples of every syntax glued together: a plain-text file, where quoted and bare values both count.
          if (compare({ path: 'notes/sample.txt', text: sample, startLine: 1 }).some((f) => f.startsWith(`${rule.id} `))) found++;
        }),
        { numRuns: 300 },
      );
      // Most samples glue an example whole: a rule that finds none of them is not being tested.
      expect(found, rule.id).toBeGreaterThan(15);
    }
  });
});
