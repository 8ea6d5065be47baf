import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { createDetector } from '../../src/detect/detector.js';
import { fakePassword, randomFrom } from '../helpers/fake-secrets.js';
import { shannonEntropy } from '../../src/detect/entropy.js';

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 24 random letters and digits with the entropy a generator gives (re-drawn in the rare case it does not). */
const generatedKey = (): string => {
  for (;;) {
    const key = `${randomFrom(ALNUM, 22)}#${randomFrom('23456789', 1)}`;
    if (shannonEntropy(key) >= 4 && /[a-z]/.test(key) && /[A-Z]/.test(key)) return key;
  }
};
import { tempDir } from '../helpers/temp-dir.js';

describe('one value on one line is one finding', () => {
  const config = loadConfig(tempDir(), undefined);
  const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false });

  it('a JWT key named SecretKey is read by two generic rules and reported once', () => {
    const key = fakePassword();
    const text = ['{', '  "JwtSettings": {', `    "SecretKey": "${key}",`, '    "Issuer": "api"', '  }', '}', ''].join('\n');
    const found = detector.detect({ path: 'appsettings.json', text, startLine: 1 }).findings;
    expect(found.map((f) => [f.line, f.secret])).toEqual([[3, key]]);
    // Both rules do read it: each alone reports it.
    for (const id of ['generic-secret-assignment', 'generic-jwt-config-key']) {
      const only = createDetector(config.rules.filter((rule) => rule.id === id), config.allowlists, { includeInvalid: false });
      expect(only.detect({ path: 'appsettings.json', text, startLine: 1 }).findings.map((f) => f.secret)).toEqual([key]);
    }
  });

  it('the same value on two lines stays two findings', () => {
    // A generated key: fakePassword() draws 16 characters from small alphabets, and about one draw
    // in thirty repeats enough of them to fall under the secret rule's entropy floor (3.5).
    const key = generatedKey();
    const text = [`"Jwt": { "Key": "${key}" },`, `"Other": { "Secret": "${key}" }`, ''].join('\n');
    const found = detector.detect({ path: 'appsettings.json', text, startLine: 1 }).findings;
    expect(found.map((f) => f.line).sort()).toEqual([1, 2]);
  });
});

describe('a provider rule over a generic one', () => {
  const config = loadConfig(tempDir(), undefined);
  const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false });

  it('keeps one finding, at the higher of the two confidences', () => {
    // A bare Telegram bot token (a provider rule at medium, low in a test folder) under a key a
    // generic rule reads as a random secret (medium in a test): one finding, the provider's, at medium.
    const token = `${randomFrom('0123456789', 10)}:AA${randomFrom(ALNUM, 33)}`;
    const text = `API_TOKEN = "${token}"\n`;
    const found = detector.detect({ path: 'tests/bots.py', text, startLine: 1 }).findings;
    expect(found.map((f) => [f.ruleId, f.secret])).toEqual([['telegram-bot-token-bare', token]]);
    const alone = createDetector(config.rules.filter((rule) => rule.id === 'telegram-bot-token-bare'), config.allowlists, { includeInvalid: false });
    const providerAlone = alone.detect({ path: 'tests/bots.py', text, startLine: 1 }).findings[0];
    expect(providerAlone?.confidence).toBe('low');
    expect(found[0]?.confidence).toBe('medium');
    expect(found[0]?.why).toMatch(/as generic-/);
  });
});
