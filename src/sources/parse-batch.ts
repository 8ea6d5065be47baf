// Parses `git cat-file --batch` output, "<oid> <type> <size>\n<content>\n" per object, from a
// stream in any chunks. Pure: the caller says which objects it wants read; the others are passed
// over without copying their content.
// https://git-scm.com/docs/git-cat-file#_batch_output
import { LeakgateError } from '../errors.js';

export interface BatchObject {
  readonly oid: string;
  readonly type: string;
  readonly size: number;
}

export interface BatchParser {
  /** Feeds a chunk; returns the wanted objects it completed, in order. */
  readonly push: (chunk: Buffer) => Array<{ readonly object: BatchObject; readonly content: Uint8Array | undefined }>;
  /** Throws when the output stopped inside an object. */
  readonly end: () => void;
}

/**
 * A blob this large is read into shared memory: it is cut into pieces for the workers (see
 * scan/split-fragment.ts), and each piece is then a view of it, not a copy (a history holding a 200 MB
 * blob: peak RSS 668 -> 377 MB, with present-in-head.ts's part). Smaller ones go whole, their buffer transferred.
 */
export const SHARED_FROM = 8 << 20;

/** A header longer than this is not cat-file output. */
const MAX_HEADER = 1024;

/**
 * `want` is asked once per object: 'read' collects its content, 'note' reports the object without
 * content (too large, say), 'skip' passes it over silently.
 */
export const createBatchParser = (want: (object: BatchObject) => 'read' | 'note' | 'skip'): BatchParser => {
  let head = Buffer.alloc(0);
  let object: BatchObject | undefined;
  let decision: 'read' | 'note' | 'skip' = 'skip';
  let remaining = 0;
  /**
   * The wanted object's content, allocated whole when its header is read and filled as chunks
   * arrive: a buffer of its own (never a pooled slab), so it can be handed to a worker.
   */
  let content: Uint8Array | undefined;
  /** The newline after the content is still to come. */
  let trailer = false;

  const push = (chunk: Buffer) => {
    const out: Array<{ object: BatchObject; content: Uint8Array | undefined }> = [];
    let at = 0;
    while (at < chunk.length) {
      if (trailer) {
        if (chunk[at] !== 10) throw new LeakgateError('git', 'git cat-file --batch: unexpected output after an object');
        trailer = false;
        at++;
        continue;
      }
      if (object) {
        const take = Math.min(remaining, chunk.length - at);
        if (content !== undefined && take > 0) content.set(chunk.subarray(at, at + take), object.size - remaining);
        remaining -= take;
        at += take;
        if (remaining === 0) {
          if (decision !== 'skip') out.push({ object, content });
          object = undefined;
          content = undefined;
          trailer = true;
        }
        continue;
      }
      const newline = chunk.indexOf(10, at);
      if (newline === -1) {
        head = Buffer.concat([head, chunk.subarray(at)]);
        if (head.length > MAX_HEADER) throw new LeakgateError('git', 'git cat-file --batch: unreadable object header');
        break;
      }
      const line = Buffer.concat([head, chunk.subarray(at, newline)]).toString('latin1');
      head = Buffer.alloc(0);
      at = newline + 1;
      const [oid = '', type = '', size = ''] = line.split(' ');
      if (type === 'missing' || !/^\d+$/.test(size)) throw new LeakgateError('git', `git cat-file --batch: object ${oid} is missing or unreadable`);
      object = { oid, type, size: Number(size) };
      decision = want(object);
      remaining = object.size;
      content = decision === 'read' ? new Uint8Array(object.size >= SHARED_FROM ? new SharedArrayBuffer(object.size) : new ArrayBuffer(object.size)) : undefined;
      if (remaining === 0) {
        if (decision !== 'skip') out.push({ object, content });
        object = undefined;
        content = undefined;
        trailer = true;
      }
    }
    return out;
  };

  return {
    push,
    end: () => {
      if (object || head.length > 0) throw new LeakgateError('git', 'git cat-file --batch: output ended inside an object');
    },
  };
};
