// A keyboard walk (1qaz!QAZ, 123qwe!@#QWE, zaq12wsx) is a password a person typed by moving a
// finger across neighbouring keys: it mixes every kind of character, so its entropy reads as
// random, yet it is among the first guesses of every cracking list. Read on a US keyboard, where
// the rows are staggered: a key touches its row neighbours and the keys above and below it.

// The four rows, unshifted and shifted, as typed left to right.
const ROWS = ['1234567890-=', 'qwertyuiop[]', 'asdfghjkl;\'', 'zxcvbnm,./'];
const SHIFTED = ['!@#$%^&*()_+', 'QWERTYUIOP{}', 'ASDFGHJKL:"', 'ZXCVBNM<>?'];

/** Each key's place (row, column), shifted or not, case ignored. */
const PLACE: ReadonlyMap<string, readonly [number, number]> = new Map(
  [ROWS, SHIFTED].flatMap((rows) => rows.flatMap((row, r) => [...row].map((key, c) => [key, [r, c]] as const))),
);

// Each row sits half a key right of the row above it: q is under 1 and 2, a under q and w.
const touches = ([r1, c1]: readonly [number, number], [r2, c2]: readonly [number, number]): boolean => {
  if (r1 === r2) return Math.abs(c1 - c2) === 1;
  if (Math.abs(r1 - r2) !== 1) return false;
  const [upper, lower] = r1 < r2 ? [c1, c2] : [c2, c1];
  return lower === upper || lower === upper - 1;
};

/** The value cut into walks: each a run of keys, every one touching the one before. */
const walksOf = (value: string): number[] | undefined => {
  const walks: number[] = [];
  let length = 1;
  for (let i = 1; i <= value.length; i++) {
    const from = PLACE.get(value[i - 1] as string);
    if (from === undefined) return undefined;
    const to = i < value.length ? PLACE.get(value[i] as string) : undefined;
    if (to !== undefined && touches(from, to)) length++;
    else {
      walks.push(length);
      length = 1;
    }
  }
  return walks;
};

/**
 * Walks of three keys or more make the value (eight characters or more), but for at most two
 * characters at its end that a password policy asks for (1q2w3e!R). Random characters step to a
 * neighbouring key about one time in eight: of random values of letters, digits and symbols, one
 * in three thousand of 8 characters reads as a walk (a weak password, still reported), a few in a
 * million of 12.
 */
export const isKeyboardWalk = (value: string): boolean => isWalkOnUsLayout(value) || isWalkOnUsLayout(swapYZ(value));

// QWERTZ (German, Central European) swaps Y and Z: its yxcv is the US zxcv.
const swapYZ = (value: string): string => value.replace(/[yzYZ]/g, (char) => ({ y: 'z', z: 'y', Y: 'Z', Z: 'Y' })[char] as string);

const isWalkOnUsLayout = (value: string): boolean => {
  const walks = value.length >= 8 ? walksOf(value) : undefined;
  if (walks === undefined) return false;
  const body = walks.findIndex((walk) => walk < 3);
  const walked = (body < 0 ? walks : walks.slice(0, body)).reduce((sum, walk) => sum + walk, 0);
  return walked >= 6 && value.length - walked <= 2;
};
