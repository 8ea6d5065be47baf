// Writes a file whole or not at all: a temporary file beside it, then a rename.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { LeakgateError } from '../errors.js';

/** Temporary files in flight and baseline locks held: removed if the process is interrupted (see bin/leakgate.js). */
export const pendingTempFiles = new Set<string>();

const removeQuietly = (path: string): void => {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was created there (its folder is missing or not a folder).
  }
};

/** A device or FIFO (/dev/stdout, a named pipe) is written in place: a rename would replace it. */
const isSpecialFile = (path: string): boolean => {
  try {
    const stats = statSync(path);
    return !stats.isFile() && !stats.isDirectory();
  } catch {
    return false;
  }
};

export const writeFileAtomic = (path: string, content: string): void => {
  if (isSpecialFile(path)) {
    try {
      writeFileSync(path, content);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new LeakgateError('io', `cannot write ${path}: ${code}`, { cause: error });
    }
  }
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  pendingTempFiles.add(temp);
  try {
    writeFileSync(temp, content, { flag: 'wx', mode: 0o644 });
    renameSync(temp, path);
  } catch (error) {
    removeQuietly(temp);
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new LeakgateError('io', `cannot write ${path}: ${code}; nothing was written`, { cause: error });
  } finally {
    pendingTempFiles.delete(temp);
  }
};

export const removePendingTempFiles = (): void => {
  for (const temp of pendingTempFiles) removeQuietly(temp);
  pendingTempFiles.clear();
};

/**
 * Termination signals remove what is in flight, then end the process as the signal would have:
 * SIGINT with 130 (the shell's convention), SIGTERM and SIGHUP raised again with their default
 * action, so a parent sees the signal. Without a handler, SIGTERM and SIGHUP killed the process
 * at once, between a temporary file's write and its rename, or holding a baseline lock. A handler
 * also defers the signal until synchronous work ends: a report is written whole or not at all.
 */
export const installSignalCleanup = (): void => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      removePendingTempFiles();
      if (signal === 'SIGINT') process.exit(130);
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    });
  }
};
