// Runs detection in worker threads: both cores busy (git and the main thread parse while workers
// scan), and a watchdog that stops a rule that never returns (catastrophic backtracking) and
// names it, instead of hanging a commit or a CI job.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { ScanConfig } from '../config/compile-config.js';
import type { DetectResult, DetectorOptions } from '../detect/detector.js';
import type { Fragment } from '../detect/types.js';
import { isRaw, type RawFragment } from '../sources/source-item.js';
import { LeakgateError } from '../errors.js';
import { packageFile } from '../package-file.js';
import type { WorkerBatch, WorkerInit, WorkerReady, WorkerResults } from './scan-worker.js';
import { describeWatched, INDEX, OWNER, PROGRESS_SLOTS } from './watched-allowlists.js';

export interface DetectPool {
  /** Gives the workers (started already, or started now) the rules to compile. Call once, first. */
  readonly configure: (config: ScanConfig, options: PoolOptions) => void;
  /** Raw fragments' buffers are handed over (transferred): the caller must not use them after. */
  readonly detect: (fragments: ReadonlyArray<Fragment | RawFragment>) => Promise<DetectResult[]>;
  readonly close: () => Promise<void>;
}

interface Pending {
  readonly batch: WorkerBatch;
  readonly resolve: (results: DetectResult[]) => void;
  readonly reject: (error: unknown) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly progress: Int32Array;
  /** Batches given to this worker, oldest (the one it is on) first: at most DEPTH. */
  readonly queue: Pending[];
  timer: NodeJS.Timeout | undefined;
  /** Rules compiled: it takes batches from now on. */
  ready: boolean;
}

/**
 * Batches a worker holds at once: the one it scans and the next, so that it never waits for the
 * main thread between two. The rest wait in the pool and go to whichever worker is free first: a
 * batch given to a worker still starting, or one slow on a big file, would otherwise hold up the
 * batches behind it (results are taken in order).
 */
const DEPTH = 2;
const WORKER_YOUNG_GENERATION_MB = 8;

/** The compiled worker next to this module (lib/ or dist/), else the built one (when run from src/). */
const workerFile = (): string => {
  const here = join(fileURLToPath(new URL('.', import.meta.url)), 'scan-worker.js');
  if (existsSync(here)) return here;
  const built = packageFile(join('lib', 'scan', 'scan-worker.js'));
  if (existsSync(built)) return built;
  throw new LeakgateError('internal', 'the scan worker is missing: run `npm run build`');
};

export interface PoolOptions {
  readonly detector: Omit<DetectorOptions, 'onRule'>;
  /** A batch that takes longer than this is stopped (milliseconds). */
  readonly timeoutMs: number;
  readonly maxWorkers?: number;
}

/**
 * Starts one worker at once, so that its start-up (~100 ms: a thread, modules, compiling the
 * rules) runs beside the main thread's argument parsing, config loading and git calls; a second
 * starts when the first is busy and the machine has a core for it (starting both at once measured
 * slower on 2 cores: three threads then share them during start-up).
 */
export const startPool = (maxWorkers = Number(process.env['LEAKGATE_WORKERS']) || 2): DetectPool => {
  const slots: Slot[] = [];
  const waiting: Pending[] = [];
  const file = workerFile();
  const limit = Math.max(1, Math.min(maxWorkers, availableParallelism()));
  let nextId = 0;
  let failure: unknown;
  let settings: { config: ScanConfig; options: PoolOptions } | undefined;
  /** close() was called: messages still arriving (a late "ready") must not unref a worker being terminated. */
  let closing = false;

  const fail = (error: unknown): void => {
    failure ??= error;
    for (const pending of waiting.splice(0)) pending.reject(failure);
    for (const slot of slots) {
      if (slot.timer) clearTimeout(slot.timer);
      for (const pending of slot.queue.splice(0)) pending.reject(failure);
      void slot.worker.terminate();
    }
  };

  const arm = (slot: Slot): void => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    const head = slot.queue[0];
    if (!head) return;
    const { config, options } = settings as { config: ScanConfig; options: PoolOptions };
    slot.timer = setTimeout(() => {
      const fragment = head.batch.fragments[Atomics.load(slot.progress, 0)];
      const rule = config.rules[Atomics.load(slot.progress, 1)];
      const where = config.specs.allowlists.map((item) => item.where);
      const allowlist = describeWatched(Atomics.load(slot.progress, OWNER), Atomics.load(slot.progress, INDEX), config.rules, where);
      const what = allowlist ?? (rule ? `rule "${rule.id}"` : 'the detector');
      const fix = allowlist ? 'fix or remove that regex' : 'fix or disable the rule (leakgate rules check)';
      fail(new LeakgateError('timeout', `${what} ran for over ${Math.round(options.timeoutMs / 1000)} s on ${fragment?.path ?? 'a file'} and was stopped: ${fix}, or exclude the file`));
    }, options.timeoutMs);
    slot.timer.unref();
  };

  const initialize = (slot: Slot): void => {
    if (!settings) return;
    const init: WorkerInit = { kind: 'init', specs: settings.config.specs, options: settings.options.detector, progress: slot.progress };
    slot.worker.postMessage(init);
  };

  /** Hands waiting batches to ready workers with room, least loaded first; starts another worker if all are busy. */
  const dispatch = (): void => {
    if (closing) return;
    while (waiting.length > 0) {
      let free: Slot | undefined;
      for (const slot of slots) if (slot.ready && slot.queue.length < DEPTH && (!free || slot.queue.length < free.queue.length)) free = slot;
      if (!free) {
        if (slots.length < limit && slots.every((slot) => slot.ready && slot.queue.length > 0)) spawnSlot();
        break;
      }
      const pending = waiting.shift() as Pending;
      free.queue.push(pending);
      // A piece of a large blob is a view of one shared buffer (see split-fragment.ts): shared, not moved.
      const transfer = pending.batch.fragments.flatMap((fragment) => (isRaw(fragment) && fragment.raw.buffer instanceof ArrayBuffer ? [fragment.raw.buffer] : []));
      free.worker.postMessage(pending.batch, transfer);
      if (free.queue.length === 1) arm(free);
    }
    // Work in hand or waiting keeps the process alive; an idle pool does not.
    for (const slot of slots) {
      if (slot.queue.length > 0 || waiting.length > 0) slot.worker.ref();
      else slot.worker.unref();
    }
  };

  const spawnSlot = (): Slot => {
    const progress = new Int32Array(new SharedArrayBuffer(4 * PROGRESS_SLOTS)).fill(-1);
    // A smaller young generation than V8's default: a scan allocates short-lived strings fast, and
    // with the default the two workers held ~23 MB more at the peak (history of the npm versions:
    // peak RSS 357 -> 334 MB, medians of 5 runs; time and the directory figures unchanged).
    // Loaded when a pool starts, not with the CLI: node:worker_threads costs ~3 ms of every start, and
    // a small scan detects in-process (https://nodejs.org/api/process.html#processgetbuiltinmoduleid).
    const worker = new (process.getBuiltinModule('node:worker_threads').Worker)(file, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, progress, queue: [], timer: undefined, ready: false };
    initialize(slot);
    worker.on('message', (message: WorkerReady | WorkerResults) => {
      if (closing) return;
      if (message.kind === 'ready') {
        slot.ready = true;
        return dispatch();
      }
      const pending = slot.queue.shift();
      if (!pending || pending.batch.id !== message.id) return fail(new LeakgateError('internal', 'scan worker answered out of order'));
      pending.resolve(message.results);
      arm(slot);
      dispatch();
    });
    worker.on('error', (error) => fail(error instanceof LeakgateError ? error : new LeakgateError('internal', `scan worker failed: ${error.message}`, { cause: error })));
    worker.on('exit', (code) => {
      if (code !== 0 && (slot.queue.length > 0 || waiting.length > 0)) fail(new LeakgateError('internal', `scan worker exited with code ${code}`));
    });
    // An idle pool must not keep the process alive (see dispatch). After the listeners: adding a
    // message listener refs the worker's port again.
    worker.unref();
    slots.push(slot);
    return slot;
  };

  spawnSlot();
  return {
    configure: (config, options) => {
      settings = { config, options };
      for (const slot of slots) initialize(slot);
    },
    detect: (fragments) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        waiting.push({ batch: { kind: 'batch', id: nextId++, fragments }, resolve, reject });
        dispatch();
      }),
    close: async () => {
      closing = true;
      for (const slot of slots) if (slot.timer) clearTimeout(slot.timer);
      // Ref'd until they have exited: a worker still starting (compiling, warming up) takes a moment
      // to stop, and nothing else may be keeping the process alive meanwhile (Node then exits with
      // 13, "unsettled top-level await", instead of our exit code). Reproduced: a history scan whose
      // git cat-file was killed while the worker was still compiling, 4 times in 30 runs under load.
      await Promise.all(
        slots.map((slot) => {
          slot.worker.ref();
          return slot.worker.terminate();
        }),
      );
    },
  };
};
