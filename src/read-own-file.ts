// Reads a file leakgate reads for itself (config, rules, baseline, .gitignore): a regular file of
// bounded size only. A cloned repository may commit `.gitignore -> /dev/zero`; that must be refused,
// not read until memory runs out.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';

/** Far above any real config, baseline or ignore file. */
export const OWN_FILE_LIMIT = 64 * 1024 * 1024;

export class OwnFileError extends Error {
  readonly code: string;
  /** The file's size, when it was too large (EFBIG). */
  readonly size: number | undefined;
  constructor(code: string, message: string, size?: number) {
    super(message);
    this.code = code;
    this.size = size;
  }
}

/**
 * The bytes of a regular file, in a buffer of their own (it can be handed to a worker). Never
 * through a symlink (O_NOFOLLOW: ELOOP) and never blocked by a FIFO (O_NONBLOCK; then ENOTREG).
 */
export const readRegularFile = (path: string | Buffer, limit: number): Uint8Array => {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new OwnFileError('ENOTREG', 'not a regular file');
    if (stats.size > limit) throw new OwnFileError('EFBIG', `larger than ${limit} bytes`, stats.size);
    const buffer = new Uint8Array(new ArrayBuffer(stats.size));
    let read = 0;
    while (read < stats.size) {
      const n = readSync(fd, buffer, read, stats.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === stats.size ? buffer : buffer.slice(0, read);
  } finally {
    closeSync(fd);
  }
};

export const readOwnFile = (path: string, limit = OWN_FILE_LIMIT): string => Buffer.from(readRegularFile(path, limit)).toString('utf8');

/** Something stands at this path, a symlink included (found, then refused by readOwnFile, not passed over). */
export const presentAt = (path: string): boolean => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

/** Says why a file could not be read, in a few words. */
export const whyUnreadable = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'ELOOP') return 'a symbolic link (not followed)';
  if (code === 'ENOTREG') return 'not a regular file';
  if (error instanceof OwnFileError) return error.message;
  return code ?? String(error);
};
