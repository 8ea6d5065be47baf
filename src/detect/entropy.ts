/** Shannon entropy in bits per character: 0 for "aaaa", ~4.7 for random base62, 6 at most for base64. */
export const shannonEntropy = (text: string): number => {
  const length = text.length;
  if (length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
};

// A rule's entropy floor is written for long values of many kinds, but a short random value has
// repeats, and its Shannon entropy falls below its alphabet's log2: 32 random hex digits average
// 3.61 bits a character, and one draw in five falls under 3.5 (24 hex digits: one in two, 40: one in
// twenty). A floor that a random value of the value's own alphabet and length would fail is lowered
// to what such values reach all but rarely; a value typed by a person (runs, repeats, words) is the
// classifier's and the placeholder allowlists' to judge, not the floor's.

/** The floor is never lowered under this (the generic rules' usual floor), nor for values under 16. */
const LOWEST_FLOOR = 3.0;
const SHORTEST = 16;
const LONGEST = 512;

/** How many symbols the value's alphabet has, read from the kinds of character it holds. */
export const alphabetSize = (value: string): number => {
  if (/^[0-9a-f]+$/.test(value) || /^[0-9A-F]+$/.test(value)) return 16;
  let size = 0;
  if (/[0-9]/.test(value)) size += 10;
  if (/[a-z]/.test(value)) size += 26;
  if (/[A-Z]/.test(value)) size += 26;
  if (/[^0-9A-Za-z]/.test(value)) size += 30;
  return size;
};

const logFactorials: number[] = [0];
const logFactorial = (n: number): number => {
  for (let i = logFactorials.length; i <= n; i++) logFactorials.push((logFactorials[i - 1] as number) + Math.log(i));
  return logFactorials[n] as number;
};

const expected = new Map<number, number>();

/**
 * The mean Shannon entropy of n characters drawn at random from k: log2 n less the mean of
 * c·log2 c over the k symbols' counts, each count binomial(n, 1/k).
 */
export const expectedEntropy = (k: number, n: number): number => {
  const key = k * 100_000 + n;
  const known = expected.get(key);
  if (known !== undefined) return known;
  const p = 1 / k;
  let sum = 0;
  for (let j = 2; j <= n; j++) {
    const logP = logFactorial(n) - logFactorial(j) - logFactorial(n - j) + j * Math.log(p) + (n - j) * Math.log1p(-p);
    sum += Math.exp(logP) * j * Math.log2(j);
  }
  const mean = Math.log2(n) - (k / n) * sum;
  expected.set(key, mean);
  return mean;
};

/**
 * The entropy floor `value` must reach under a rule whose floor is `floor`: the rule's, or lower
 * where a random value of the value's alphabet and length would often fail it (the mean such
 * values reach less 2.5/sqrt(n) bits: about one random draw in a thousand falls under it).
 */
export const entropyFloorFor = (floor: number, value: string): number => {
  const n = value.length;
  if (floor <= LOWEST_FLOOR || n < SHORTEST || n > LONGEST) return floor;
  const reached = expectedEntropy(alphabetSize(value), n) - 2.5 / Math.sqrt(n);
  return Math.min(floor, Math.max(LOWEST_FLOOR, reached));
};
