// The scan commands' worker pool, started as the process starts: a worker's start-up (a thread,
// its modules) then runs beside the main thread's own (argument parsing, config, git), instead of
// after it. Workers are unref'd: a command that ends without scanning (a usage error) still exits.
import { startPool, type DetectPool } from './worker-pool.js';

let early: DetectPool | undefined;

/** Starts the pool now, for the scan about to be parsed. */
export const prestartPool = (): void => {
  early ??= startPool();
};

/** The pool started early, or a new one. */
export const takePool = (): DetectPool => {
  const pool = early ?? startPool();
  early = undefined;
  return pool;
};

/** The scan detects in-process after all: the pool given, or the one started early, is closed. */
export const dropPool = (given?: DetectPool): void => {
  const pool = given ?? early;
  if (pool === early) early = undefined;
  void pool?.close();
};
