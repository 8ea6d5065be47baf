// Which correlation values occur in two or more findings, in 9 bytes per distinct value: an
// open-addressing table of each HMAC's first 52 bits (a double holds them exactly) and a 1..2
// counter. The first pass of a merge fills it, so the second keeps places only for shared values.
// Two values sharing a prefix (p ~ n^2 / 2^53, 1e-4 at a million) only make a singleton look
// shared: the grouper counts exactly and drops it.

const PREFIX_HEX = 13;

export interface SeenTwice {
  readonly add: (correlation: string) => void;
  readonly shared: (correlation: string) => boolean;
}

export const createSeenTwice = (): SeenTwice => {
  let keys = new Float64Array(1 << 12);
  let counts = new Uint8Array(1 << 12);
  let size = 0;
  const keyOf = (correlation: string): number => Number.parseInt(correlation.slice(0, PREFIX_HEX), 16) || 0;
  /** HMAC bits are uniform: the low 32 bits place a key well. */
  const slotOf = (key: number, table: Float64Array, filled: Uint8Array): number => {
    const mask = table.length - 1;
    let i = (key % 4294967296) & mask;
    while (filled[i] !== 0 && table[i] !== key) i = (i + 1) & mask;
    return i;
  };
  const grow = (): void => {
    const oldKeys = keys;
    const oldCounts = counts;
    keys = new Float64Array(oldKeys.length * 2);
    counts = new Uint8Array(oldKeys.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldCounts[i] === 0) continue;
      const j = slotOf(oldKeys[i] as number, keys, counts);
      keys[j] = oldKeys[i] as number;
      counts[j] = oldCounts[i] as number;
    }
  };
  const add = (correlation: string): void => {
    const key = keyOf(correlation);
    const i = slotOf(key, keys, counts);
    if (counts[i] === 0) {
      keys[i] = key;
      counts[i] = 1;
      if (++size * 2 > keys.length) grow();
    } else counts[i] = 2;
  };
  const shared = (correlation: string): boolean => counts[slotOf(keyOf(correlation), keys, counts)] === 2;
  return { add, shared };
};
