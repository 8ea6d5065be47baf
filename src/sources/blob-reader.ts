// A long-lived `git cat-file --batch` that answers requests for objects one by one (a changed
// file's new version, a blob git called binary, a file at HEAD), through git.ts's spawn.
import { failure, notFound, start } from './git.js';

export interface BlobReader {
  /** The content of an object (a blob id, or rev:path), or undefined when it does not exist. */
  readonly read: (spec: string) => Promise<Buffer | undefined>;
  readonly close: () => Promise<void>;
}

/**
 * A long-lived `git cat-file --batch`: one request per line, answered with
 * "<oid> <type> <size>\n<content>\n" or "<spec> missing\n".
 * https://git-scm.com/docs/git-cat-file#_batch_output
 */
export const openBlobReader = (cwd: string): BlobReader => {
  const child = start(['cat-file', '--batch'], cwd, true);
  // Output not yet consumed, as git's chunks: each byte is copied once, into the object it belongs
  // to, when the whole object is there (joining each chunk onto the rest was quadratic: 45 s for 100 MB).
  const queue: Buffer[] = [];
  let queued = 0;
  /** The object whose header was read, waiting for its content and newline. */
  let size: number | undefined;
  /** Its content so far: filled as chunks arrive, so a large blob is never held twice. */
  let content: Buffer | undefined;
  let filled = 0;
  const waiting: Array<(value: Buffer | undefined) => void> = [];
  let failed: Error | undefined;
  /** Removes the first n queued bytes into a buffer of their own (not a pooled slab: it may go to a worker). */
  const take = (n: number): Buffer => {
    const out = Buffer.allocUnsafeSlow(n);
    for (let at = 0; at < n; ) {
      const chunk = queue[0] as Buffer;
      const part = Math.min(chunk.length, n - at);
      chunk.copy(out, at, 0, part);
      at += part;
      if (part === chunk.length) queue.shift();
      else queue[0] = chunk.subarray(part);
    }
    queued -= n;
    return out;
  };
  /** Moves queued bytes into `into` from `at` on, as many as it lacks; returns how many. */
  const fill = (into: Buffer, at: number): number => {
    let moved = 0;
    while (at + moved < into.length && queue.length > 0) {
      const chunk = queue[0] as Buffer;
      const part = Math.min(chunk.length, into.length - at - moved);
      chunk.copy(into, at + moved, 0, part);
      moved += part;
      if (part === chunk.length) queue.shift();
      else queue[0] = chunk.subarray(part);
    }
    queued -= moved;
    return moved;
  };
  /** The next header line, if a newline has arrived. */
  const headerLine = (): string | undefined => {
    let offset = 0;
    for (const chunk of queue) {
      const newline = chunk.indexOf(10);
      if (newline !== -1) return take(offset + newline + 1).toString('utf8', 0, offset + newline);
      offset += chunk.length;
    }
    return undefined;
  };
  const answer = (value: Buffer | undefined): void => (waiting.shift() as (value: Buffer | undefined) => void)(value);
  const pump = (): void => {
    while (waiting.length > 0) {
      if (size === undefined) {
        const header = headerLine();
        if (header === undefined) return;
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          answer(undefined);
          continue;
        }
        size = Number(header.split(' ')[2]);
        content = Buffer.allocUnsafeSlow(size);
        filled = 0;
      }
      filled += fill(content as Buffer, filled);
      if (filled < size || queued < 1) return;
      take(1);
      const done = content as Buffer;
      size = undefined;
      content = undefined;
      answer(done);
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    queued += chunk.length;
    pump();
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 4096) stderr += chunk.toString();
  });
  // git gone (killed, crashed, a corrupt object): every request still waiting fails, none hangs.
  const abandon = (error: Error): void => {
    failed ??= error;
    for (const resolveWaiting of waiting.splice(0)) rejectors.get(resolveWaiting)?.(failed);
  };
  const closed = new Promise<void>((resolvePromise) =>
    child.on('close', (code, signal) => {
      abandon(failure(['cat-file', '--batch'], stderr || 'it stopped before answering', code, signal));
      resolvePromise();
    }),
  );
  child.on('error', (error: NodeJS.ErrnoException) => abandon(error.code === 'ENOENT' ? notFound(error) : error));
  // Writing to a git that has died fails with EPIPE: the close handler above reports it.
  child.stdin?.on('error', () => undefined);
  const rejectors = new Map<(value: Buffer | undefined) => void, (error: unknown) => void>();
  return {
    read: (spec) =>
      new Promise((resolvePromise, reject) => {
        if (failed) return reject(failed);
        if (/[\n\r]/.test(spec)) return resolvePromise(undefined);
        const settle = (value: Buffer | undefined): void => {
          rejectors.delete(settle);
          resolvePromise(value);
        };
        rejectors.set(settle, reject);
        waiting.push(settle);
        child.stdin?.write(`${spec}\n`);
      }),
    close: async () => {
      child.stdin?.end();
      await closed;
    },
  };
};
