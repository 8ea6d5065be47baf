// Two processes updating one baseline take turns: an exclusive lock file beside it, holding its
// owner's pid and host, so that a lock left by a process that died (SIGKILL, a crash) is taken
// over at once instead of making every later run wait and fail.
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { LeakgateError } from '../errors.js';
import { pendingTempFiles } from '../cli/write-output.js';

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
/** A lock older than this was left by a process that died, whoever its owner (writes hold it for milliseconds). */
const STALE_MS = 120_000;

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, owned by another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Is the lock left by a process that is gone? Its owner ("pid host") is checked on this host; otherwise its age decides. */
const isStale = (lock: string): boolean => {
  try {
    if (Date.now() - statSync(lock).mtimeMs > STALE_MS) return true;
    const [pid, host] = readFileSync(lock, 'utf8').trim().split(' ');
    return host === hostname() && /^\d+$/.test(pid ?? '') && Number(pid) !== process.pid && !isAlive(Number(pid));
  } catch {
    // Released meanwhile: try again.
    return false;
  }
};

const tryLock = (lock: string, path: string): boolean => {
  let fd: number;
  try {
    fd = openSync(lock, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST') throw new LeakgateError('baseline', `cannot lock ${path}: ${code ?? String(error)}`, { cause: error });
    return false;
  }
  pendingTempFiles.add(lock);
  try {
    writeSync(fd, `${process.pid} ${hostname()}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
};

export const withBaselineLock = async <T>(path: string, work: () => Promise<T> | T, waitMs = 30_000): Promise<T> => {
  const lock = `${path}.lock`;
  const deadline = Date.now() + waitMs;
  while (!tryLock(lock, path)) {
    // Two waiters may both find the same dead owner; the one whose lock is removed by the other
    // then finds the new owner alive and waits (the window is a few microseconds).
    if (isStale(lock)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new LeakgateError('baseline', `${path} is locked by another leakgate (remove ${lock} if none is running)`);
    await sleep(20 + Math.random() * 30);
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
    pendingTempFiles.delete(lock);
  }
};
