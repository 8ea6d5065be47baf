// Fake secrets built at test time: the right shape (and checksum) but never real credentials.
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { base62 } from '../../src/detect/validators.js';
import { shannonEntropy } from '../../src/detect/entropy.js';
import { classifyValue, isStrongPassword } from '../../src/detect/generic/classify-value.js';

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export const randomFrom = (alphabet: string, length: number): string => {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[(bytes[i] as number) % alphabet.length];
  return out;
};

/** A token with GitHub's checksum: prefix_ + 30 random base62 + base62(CRC32) in 6 characters. */
export const fakeGithubToken = (prefix = 'ghp', valid = true): string => {
  // Re-drawn in the rare case the body spells a typed placeholder run (xxxxx: one body in ~1.8 million).
  let body = randomFrom(ALNUM, 30);
  while (/x{5}|X{5}/.test(body)) body = randomFrom(ALNUM, 30);
  const sum = base62(crc32(body), 6);
  const tail = valid ? sum : sum.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
  return `${prefix}_${body}${tail}`;
};

/** A GitHub token whose random body holds `inner` (a word typed by chance), with a valid checksum. */
export const fakeGithubTokenHolding = (inner: string, prefix = 'ghp'): string => {
  const body = `${randomFrom(ALNUM, 10)}${inner}${randomFrom(ALNUM, 20 - inner.length)}`;
  return `${prefix}_${body}${base62(crc32(body), 6)}`;
};

export const fakeNpmToken = (valid = true): string => fakeGithubToken('npm', valid);

export const fakeAwsKeyId = (): string => `AKIA${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;

export const fakeAwsSecret = (): string => randomFrom(`${ALNUM}+/`, 40);

export const fakeStripeKey = (): string => `sk_live_${randomFrom(ALNUM, 99)}`;

export const fakeSlackBotToken = (): string =>
  `xoxb-${randomFrom('0123456789', 12)}-${randomFrom('0123456789', 13)}-${randomFrom(ALNUM, 24)}`;

/**
 * A password that a generic rule must find: letters, digits and symbols, high entropy (re-drawn in
 * the few draws whose repeats would fall under the generic rules' entropy floor of 3.5 bits, and in
 * the ~1 in 7,000 whose random letters spell a placeholder word: ATY@todo572@qQim, PUT!girm…).
 */
export const fakePassword = (): string => {
  for (;;) {
    const password = `${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZ', 3)}${randomFrom('#!@%&', 1)}${randomFrom('abcdefghijkmnopqrstuvwxyz', 4)}${randomFrom('23456789', 3)}${randomFrom('#!@', 1)}${randomFrom(ALNUM, 4)}`;
    if (shannonEntropy(password) < 3.6) continue;
    // Drawn again if it spells a placeholder, or a common password word among words (QWE#pass…: weak).
    if (classifyValue(password, { words: ['password'], kind: 'password' }).kind !== 'placeholder' && isStrongPassword(password)) return password;
  }
};
