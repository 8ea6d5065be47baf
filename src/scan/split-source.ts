// A source read in two parts: its first items up to a number of bytes, then the rest, from the
// one iterator (so the two parts can go to different detectors: in this thread, then workers).
import { isRaw, type SourceItem } from '../sources/source-item.js';

export interface SplitSource {
  /** Items until those yielded hold `limit` bytes of content (the item that crosses it included). */
  readonly head: AsyncIterable<SourceItem>;
  /** The items after the head; empty when the head reached the source's end. */
  readonly rest: AsyncIterable<SourceItem>;
  /** Whether the head stopped at the limit with items left (known once the head is read). */
  readonly more: () => boolean;
}

/** Bytes the detector reads for an item: a changed file read whole counts whole. */
const contentBytes = (item: SourceItem): number =>
  item.kind === 'skipped' ? 0 : isRaw(item.fragment) ? item.fragment.raw.length : item.fragment.text.length;

/** `early` is called once the head holds a quarter of the limit: time to start what reads the rest. */
export const splitSource = (source: AsyncIterable<SourceItem>, limit: number, early?: () => void): SplitSource => {
  const iterator = source[Symbol.asyncIterator]();
  let more = false;
  async function* head(): AsyncGenerator<SourceItem> {
    let bytes = 0;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
      const before = bytes;
      bytes += contentBytes(next.value);
      if (before < limit / 4 && bytes >= limit / 4) early?.();
      if (bytes >= limit) {
        more = true;
        return;
      }
    }
  }
  async function* rest(): AsyncGenerator<SourceItem> {
    if (!more) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head: head(), rest: rest(), more: () => more };
};
