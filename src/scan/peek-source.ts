// Reads the head of a source to measure it: a scan whose whole input is small is detected in this
// thread, where starting a worker would cost more than the scan (cli/in-process.ts decides).
import type { SourceItem } from '../sources/source-item.js';

export interface Peeked {
  /** Whether the source ended within the bytes asked for: then `source` replays all of it. */
  readonly whole: boolean;
  /** Bytes of content in the items read. */
  readonly bytes: number;
  /** The items read, then the rest of the source. */
  readonly source: AsyncIterable<SourceItem>;
}

async function* replay(head: readonly SourceItem[], rest: AsyncIterator<SourceItem> | undefined): AsyncGenerator<SourceItem> {
  try {
    yield* head;
    if (!rest) return;
    for (let next = await rest.next(); next.done !== true; next = await rest.next()) yield next.value;
  } finally {
    // Stopped early (an error downstream): the source closes what it holds (a file, a git process).
    await rest?.return?.();
  }
}

/** Reads items until their content is over `maxBytes` or the source ends. */
export const peekSource = async (source: AsyncIterable<SourceItem>, maxBytes: number): Promise<Peeked> => {
  const iterator = source[Symbol.asyncIterator]();
  const head: SourceItem[] = [];
  let bytes = 0;
  while (bytes <= maxBytes) {
    const next = await iterator.next();
    if (next.done === true) return { whole: true, bytes, source: replay(head, undefined) };
    head.push(next.value);
    if (next.value.kind === 'fragment') bytes += next.value.bytes;
  }
  return { whole: false, bytes, source: replay(head, iterator) };
};
