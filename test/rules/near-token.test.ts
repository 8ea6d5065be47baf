// `near` rules: a provider's name near a token of its documented alphabet and length, written as
// data (rules/*.toml) and compiled here into one regex shape. Tokens are drawn at run time.
import { describe, expect, it } from 'vitest';
import { compileRule } from '../../src/rules/compile-rule.js';
import { checkRules } from '../../src/rules/check-rules.js';
import { parseRuleset } from '../../src/rules/parse-ruleset.js';
import { randomFrom } from '../helpers/fake-secrets.js';

const HEX = '0123456789abcdef';
const ruleset = (near: string, extra = ''): string =>
  `[[rules]]\nid = "acme-api-key"\ndescription = "Acme"\nnear = ${near}\nreferences = ["https://acme.invalid/docs"]\n${extra}`;

const secretOf = (near: string, line: string): string | undefined => {
  const [spec] = parseRuleset(ruleset(near), 'acme.toml').rules;
  const rule = compileRule(spec!);
  const match = new RegExp(rule.regex!.source, `${rule.regex!.flags.replace('g', '')}`).exec(line);
  return match?.[1];
};

describe('near rules', () => {
  const near = '{ names = ["acme", "acme.io"], charset = "hex", length = 32 }';

  it('compile to an anchored, medium-confidence rule keyed on the names, secret in group 1', () => {
    const [spec] = parseRuleset(ruleset(near), 'acme.toml').rules;
    expect(spec).toMatchObject({ keywords: ['acme', 'acme.io'], anchored: true, secretGroup: 1, confidence: 'medium', severity: 'medium', entropy: 3 });
  });

  it.each([
    'ACME_API_KEY=%s', 'acmeApiKey: "%s"', "acme token - '%s'", 'acme ACCESS %s', 'const acme = new Acme({ apiKey: "%s" })',
    '"X-Acme-Key": "%s"', 'acme.io access_key=%s', "config['acme_secret'] = '%s'",
  ])('finds the token in %s', (shape) => {
    const token = randomFrom(HEX, 32);
    expect(secretOf(near, shape.replace('%s', token))).toBe(token);
  });

  it.each([
    'ACME_API_KEY=%s0', 'ACME_KEY_ID=%s', 'acme_url = "https://x.invalid/%s"', 'acmeKey: "%s"'.replace('%s', 'g%s'),
    'MY_ACMEX_KEY=%s', 'ACME_API_KEY=${ACME}', 'checksum %s acme key',
  ])('stays quiet on %s (wrong length, an id, a URL, another name, no key word before it)', (shape) => {
    expect(secretOf(near, shape.replace('%s', randomFrom(HEX, 32)))).toBeUndefined();
  });

  it('takes a uuid, and a length range', () => {
    const uuid = `${randomFrom(HEX, 8)}-${randomFrom(HEX, 4)}-4${randomFrom(HEX, 3)}-a${randomFrom(HEX, 3)}-${randomFrom(HEX, 12)}`;
    expect(secretOf('{ names = ["acme"], charset = "uuid" }', `ACME_TOKEN=${uuid}`)).toBe(uuid);
    const token = randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 45);
    expect(secretOf('{ names = ["acme"], charset = "alnum-upper", length = [40, 50] }', `acme_key: ${token}`)).toBe(token);
  });

  it.each([
    ['{ names = ["acme"], charset = "hex" }', /near: "length" must be/],
    ['{ names = ["ac"], charset = "hex", length = 32 }', /near: "names" must list names of 3 characters or more/],
    ['{ names = ["acme"], charset = "octal", length = 32 }', /"charset" must be one of/],
    ['{ names = ["acme"], charset = "hex", length = [40, 32] }', /min ≤ max/],
    ['{ names = ["acme"], charset = "hex", length = 32, size = 2 }', /unknown key "size"/],
  ])('refuses a bad near table %s with a message naming the file and rule', (bad, message) => {
    expect(() => parseRuleset(ruleset(bad), 'acme.toml')).toThrow(/^acme\.toml: rule "acme-api-key": /);
    expect(() => parseRuleset(ruleset(bad), 'acme.toml')).toThrow(message);
  });

  it('refuses near together with regex', () => {
    expect(() => parseRuleset(ruleset(near, "regex = '''x'''\n"), 'acme.toml')).toThrow(/near as a table, without regex/);
  });

  it('pass checkRules() with examples built like the rule files', () => {
    const token = randomFrom(HEX, 32);
    const text = ruleset(near, `examples = [{ text = "ACME_API_KEY=${token}", secret = "${token}" }]\nnegatives = ["ACME_API_KEY=${token.slice(1)}"]\n`);
    expect(checkRules(parseRuleset(text, 'acme.toml').rules)).toEqual([]);
  });
});
