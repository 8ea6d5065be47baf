// What the keyword pass gives the detector, from a string (keyword-index.ts) or from UTF-8 bytes (utf8-keywords.ts).

export interface TextHits {
  /** For each hit rule (by index), the offsets where its keywords start, in order. */
  readonly hits: Map<number, number[]>;
  /** Offsets where the text's lines start: 0, then one past each newline (see line-index.ts). */
  readonly lineStarts: number[];
}

/**
 * Notes the keywords that end at `end` by the rules they wake (none for a state that ends none:
 * a newline's stop). `pairs`: [rule, length of the keyword less one]. A rule woken twice at one
 * offset (two of its keywords start there) keeps it once.
 */
export const emitHit = (hits: Map<number, number[]>, pairs: ReadonlyArray<readonly [number, number]>, end: number): void => {
  for (const [rule, back] of pairs) {
    const offset = end - back;
    const list = hits.get(rule);
    if (list === undefined) hits.set(rule, [offset]);
    else if (list[list.length - 1] !== offset) list.push(offset);
  }
};
