// Two processes updating one baseline take turns: an exclusive lock file beside it.
import { closeSync, openSync, rmSync, statSync } from 'node:fs';
import { LeakgateError } from '../errors.js';

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
/** A lock older than this was left by a process that died: take it over. */
const STALE_MS = 120_000;

export const withBaselineLock = async <T>(path: string, work: () => Promise<T> | T, waitMs = 30_000): Promise<T> => {
  const lock = `${path}.lock`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new LeakgateError('baseline', `cannot lock ${path}: ${code ?? String(error)}`, { cause: error });
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_MS) rmSync(lock, { force: true });
      } catch {
        // The other process just released it.
      }
      if (Date.now() > deadline) throw new LeakgateError('baseline', `${path} is locked by another leakgate (remove ${lock} if none is running)`);
      await sleep(20 + Math.random() * 30);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
};
