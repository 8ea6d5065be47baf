// A large file read by position, never whole: what scan/split-fragment.ts needs to cut it into
// pieces (a byte here and there, a search for the next newline, the bytes of one piece). A 200 MB
// file then costs the scan a few pieces in flight, not 200 MB held while the workers catch up.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Bytes } from '../scan/split-fragment.js';
import type { FsPath } from './walk-files.js';

/** Bytes read at a time while searching for a newline. */
const SEARCH_CHUNK = 64 << 10;

export interface FileBytes extends Bytes {
  readonly close: () => void;
}

/**
 * Opens a regular file as FileBytes: never through a symlink (O_NOFOLLOW), never blocked by a FIFO
 * (O_NONBLOCK), as read-own-file.ts reads. Its length is the size fstat gave when it was opened.
 */
export const openFileBytes = (path: FsPath): FileBytes => {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    return fileBytes(fd, stats.size);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
};

const fileBytes = (fd: number, length: number): FileBytes => {
  /** [from, to) into a buffer of its own: shorter if the file shrank meanwhile. */
  const slice = (from: number, to: number): Uint8Array => {
    const start = Math.max(0, from);
    const buffer = new Uint8Array(new ArrayBuffer(Math.max(0, Math.min(to, length) - start)));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, start + read);
      if (n === 0) return buffer.slice(0, read);
      read += n;
    }
    return buffer;
  };
  let cache: { readonly at: number; readonly bytes: Uint8Array } | undefined;
  /** The chunk holding `index` (the last one read is kept: the searches come back to it). */
  const chunkAt = (index: number): { readonly at: number; readonly bytes: Uint8Array } => {
    if (!cache || index < cache.at || index >= cache.at + cache.bytes.length) {
      const at = index - (index % SEARCH_CHUNK);
      cache = { at, bytes: slice(at, at + SEARCH_CHUNK) };
    }
    return cache;
  };
  return {
    length,
    at: (index) => {
      if (index < 0 || index >= length) return undefined;
      const chunk = chunkAt(index);
      return chunk.bytes[index - chunk.at];
    },
    indexOf: (byte, from) => {
      for (let at = Math.max(0, from); at < length; ) {
        const chunk = chunkAt(at);
        if (chunk.bytes.length === 0) return -1;
        const found = chunk.bytes.indexOf(byte, at - chunk.at);
        if (found !== -1) return chunk.at + found;
        at = chunk.at + chunk.bytes.length;
      }
      return -1;
    },
    lastIndexOf: (byte, from) => {
      for (let at = Math.min(from, length - 1); at >= 0; ) {
        const chunk = chunkAt(at);
        const found = chunk.bytes.lastIndexOf(byte, at - chunk.at);
        if (found !== -1) return chunk.at + found;
        at = chunk.at - 1;
      }
      return -1;
    },
    slice,
    close: () => closeSync(fd),
  };
};
