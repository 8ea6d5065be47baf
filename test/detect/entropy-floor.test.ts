import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { createDetector } from '../../src/detect/detector.js';
import { alphabetSize, entropyFloorFor, expectedEntropy, shannonEntropy } from '../../src/detect/entropy.js';
import { randomFrom } from '../helpers/fake-secrets.js';
import { tempDir } from '../helpers/temp-dir.js';

const HEX = '0123456789abcdef';
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The mean entropy of `draws` random values: what expectedEntropy must predict. */
const meanOf = (alphabet: string, length: number, draws: number): number => {
  let sum = 0;
  for (let i = 0; i < draws; i++) sum += shannonEntropy(randomFrom(alphabet, length));
  return sum / draws;
};

describe('the entropy a random value reaches', () => {
  it('reads the alphabet from the kinds of character a value holds', () => {
    expect(alphabetSize('9f86d081884c7d65')).toBe(16);
    expect(alphabetSize('9F86D081884C7D65')).toBe(16);
    expect(alphabetSize('k3v9zq0w7m2x8p1r')).toBe(36);
    expect(alphabetSize('k3V9zQ0w7M2x8P1r')).toBe(62);
    expect(alphabetSize('k3V9zQ0w7M2x8P+/')).toBe(92);
  });

  it('predicts the mean entropy of random values of an alphabet and length', () => {
    // 4,000 draws: the sample mean is within ~0.005 bits of the true one.
    for (const [alphabet, length] of [[HEX, 32], [HEX, 24], [ALNUM, 16]] as const) {
      expect(Math.abs(expectedEntropy(alphabet.length, length) - meanOf(alphabet, length, 4000))).toBeLessThan(0.03);
    }
    // Long values approach log2 of the alphabet; short ones fall well under it.
    expect(expectedEntropy(16, 32)).toBeGreaterThan(3.55);
    expect(expectedEntropy(16, 32)).toBeLessThan(3.65);
    expect(expectedEntropy(62, 512)).toBeGreaterThan(5.8);
  });

  it("lowers a rule's floor only where random values of the value's alphabet and length would fail it", () => {
    expect(entropyFloorFor(3.5, randomFrom(HEX, 32))).toBeLessThan(3.5);
    expect(entropyFloorFor(3.5, randomFrom(HEX, 32))).toBeGreaterThan(3.1);
    expect(entropyFloorFor(3.5, randomFrom(ALNUM, 40))).toBe(3.5);
    // Never under 3.0, never for short values, never raised.
    expect(entropyFloorFor(3.5, randomFrom(HEX, 16))).toBe(3.0);
    expect(entropyFloorFor(3.5, randomFrom(HEX, 12))).toBe(3.5);
    expect(entropyFloorFor(3.0, randomFrom(HEX, 32))).toBe(3.0);
    // One random 32-hex value in a thousand or so falls under its floor (before: one in five under 3.5).
    let under = 0;
    for (let i = 0; i < 4000; i++) {
      const value = randomFrom(HEX, 32);
      if (shannonEntropy(value) < entropyFloorFor(3.5, value)) under++;
    }
    expect(under).toBeLessThan(40);
  });
});

describe('a random hex key under a secret-like name', () => {
  const config = loadConfig(tempDir(), undefined);
  const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false });

  /** A random 32-hex value whose entropy falls under 3.5, as one random draw in five does. */
  const repetitiveDraw = (): string => {
    for (;;) {
      const value = randomFrom(HEX, 32);
      const entropy = shannonEntropy(value);
      if (entropy < 3.5 && entropy > 3.3 && !/(.)\1\1/.test(value)) return value;
    }
  };

  it('is found even when its draw repeats digits (its entropy under 3.5)', () => {
    const key = repetitiveDraw();
    const found = detector.detect({ path: '.env', text: `API_KEY=${key}\n`, startLine: 1 }).findings;
    expect(found.map((f) => [f.ruleId, f.secret])).toEqual([['generic-secret-assignment', key]]);
  });

  it('stays quiet when the value is typed, not drawn', () => {
    for (const typed of ['0123456789abcdef0123456789abcdef', 'deadbeefdeadbeefdeadbeefdeadbeef', 'aaaabbbbccccddddeeeeffff00001111']) {
      const found = detector.detect({ path: '.env', text: `API_KEY=${typed}\n`, startLine: 1 }).findings;
      expect(found.filter((f) => f.secret === typed)).toEqual([]);
    }
  });
});
