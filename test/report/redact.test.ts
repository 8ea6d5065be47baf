import { describe, expect, it } from 'vitest';
import { createMasker, redactSecret, shortMatch } from '../../src/report/redact.js';
import { escapeControl } from '../../src/report/escape-control.js';
import { fakeGithubToken, fakePassword } from '../helpers/fake-secrets.js';

describe('redactSecret', () => {
  it('at 100% keeps at most a 4-character prefix of a long secret, nothing of a short one', () => {
    const token = fakeGithubToken();
    expect(redactSecret(token)).toBe(`${token.slice(0, 4)}*****`);
    expect(redactSecret('hunter2hunter')).toBe('*****');
  });

  it('below 100% shows the first (100 - N)% and always masks at least one character', () => {
    const secret = 'abcdefghijklmnopqrst';
    expect(redactSecret(secret, 50)).toBe('abcdefghij*****');
    expect(redactSecret(secret, 1)).toBe('abcdefghijklmnopqrs*****');
    expect(redactSecret('ab', 1)).toBe('a*****');
    expect(redactSecret('x', 1)).toBe('*****');
  });
});

describe('createMasker', () => {
  it('masks every secret wherever it occurs, the longest first, and leaves other text alone', () => {
    const token = fakeGithubToken();
    const password = fakePassword();
    const mask = createMasker([token, password, 'short', token.slice(0, 10)]);
    expect(mask(`deploy ${token} with ${password}; ${token}`)).toBe(`deploy ${redactSecret(token)} with ${redactSecret(password)}; ${redactSecret(token)}`);
    expect(mask(`prefix ${token.slice(0, 10)}!`)).toBe(`prefix ${redactSecret(token.slice(0, 10))}!`);
    expect(mask('a short note')).toBe('a short note');
  });

  it('with no secret long enough, is the identity', () => {
    expect(createMasker(['abc'])('abc abc')).toBe('abc abc');
  });
});

describe('shortMatch', () => {
  it('cuts at 400 characters, after masking', () => {
    const secret = 'Z'.repeat(380) + fakeGithubToken();
    const masked = createMasker([secret])(`key: ${secret} tail`);
    expect(shortMatch(masked)).toBe(masked);
    expect(shortMatch('x'.repeat(500))).toBe(`${'x'.repeat(400)}…`);
  });
});

describe('escapeControl', () => {
  it('shows C0, C1 and bidi controls escaped and leaves printable text as it is', () => {
    expect(escapeControl('a\u001b[2Kb\rc\bd\u009be\u202ef')).toBe('a\\x1b[2Kb\\x0dc\\x08d\\x9be\\u202ef');
    expect(escapeControl('Ada Lovelace — ünïcode ✓')).toBe('Ada Lovelace — ünïcode ✓');
  });
});
