// Reads a stream ahead of its consumer, up to a bound: git keeps producing while the scan awaits
// its workers, instead of stalling on a full pipe (git and the scan then share the two cores).
import type { Readable } from 'node:stream';

const HIGH = 32 * 1024 * 1024;
const LOW = 8 * 1024 * 1024;

export async function* readAhead(stream: Readable, high = HIGH, low = LOW): AsyncGenerator<Buffer> {
  const queue: Buffer[] = [];
  let queued = 0;
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    wake?.();
    wake = undefined;
  };
  stream.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    queued += chunk.length;
    if (queued >= high) stream.pause();
    signal();
  });
  stream.on('end', () => {
    ended = true;
    signal();
  });
  stream.on('error', (error) => {
    failure = error;
    signal();
  });
  // A stream destroyed without 'end' (its process killed) must not leave the reader waiting: with
  // nothing else alive, Node would exit 13 instead of reporting the failure.
  stream.on('close', () => {
    ended = true;
    signal();
  });
  for (;;) {
    const chunk = queue.shift();
    if (chunk !== undefined) {
      queued -= chunk.length;
      if (queued <= low && stream.isPaused()) stream.resume();
      yield chunk;
      continue;
    }
    if (failure !== undefined) throw failure;
    if (ended) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
  }
}
