// Reads a file leakgate reads for itself (config, rules, baseline, .gitignore): a regular file of
// bounded size only. A cloned repository may commit `.gitignore -> /dev/zero`; that must be refused,
// not read until memory runs out.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';

/** Far above any real config, baseline or ignore file. */
export const OWN_FILE_LIMIT = 64 * 1024 * 1024;

export class OwnFileError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export const readOwnFile = (path: string, limit = OWN_FILE_LIMIT): string => {
  // O_NOFOLLOW: a symlink is refused (ELOOP) rather than followed; O_NONBLOCK: a FIFO cannot hang open().
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new OwnFileError('ENOTREG', 'not a regular file');
    if (stats.size > limit) throw new OwnFileError('EFBIG', `larger than ${limit} bytes`);
    const buffer = Buffer.alloc(stats.size);
    let read = 0;
    while (read < stats.size) {
      const n = readSync(fd, buffer, read, stats.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
};

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
