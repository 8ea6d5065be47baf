// Runs detection in worker threads: both cores busy (git and the main thread parse while workers
// scan), and a watchdog that stops a rule that never returns (catastrophic backtracking) and
// names it, instead of hanging a commit or a CI job.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ScanConfig } from '../config/compile-config.js';
import type { DetectResult, DetectorOptions } from '../detect/detector.js';
import type { Fragment } from '../detect/types.js';
import { isRaw, type RawFragment } from '../sources/source-item.js';
import { LeakgateError } from '../errors.js';
import { packageFile } from '../package-file.js';
import type { WorkerBatch, WorkerInit } from './scan-worker.js';

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
  readonly queue: Pending[];
  timer: NodeJS.Timeout | undefined;
}

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
 * rules) runs beside the main thread's config loading and git calls; a second starts when the
 * first is busy and the machine has a core for it.
 */
export const startPool = (maxWorkers = Number(process.env['LEAKGATE_WORKERS']) || 2): DetectPool => {
  const slots: Slot[] = [];
  const file = workerFile();
  const limit = Math.max(1, Math.min(maxWorkers, availableParallelism()));
  let nextId = 0;
  let failure: unknown;
  let settings: { config: ScanConfig; options: PoolOptions } | undefined;

  const fail = (error: unknown): void => {
    failure ??= error;
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
      const what = rule ? `rule "${rule.id}"` : 'the detector';
      fail(new LeakgateError('timeout', `${what} ran for over ${Math.round(options.timeoutMs / 1000)} s on ${fragment?.path ?? 'a file'} and was stopped: fix or disable the rule (leakgate rules check), or exclude the file`));
    }, options.timeoutMs);
    slot.timer.unref();
  };

  const initialize = (slot: Slot): void => {
    if (!settings) return;
    const init: WorkerInit = { kind: 'init', specs: settings.config.specs, file: settings.config.file, options: settings.options.detector, progress: slot.progress };
    slot.worker.postMessage(init);
  };

  const spawnSlot = (): Slot => {
    const progress = new Int32Array(new SharedArrayBuffer(8));
    const worker = new Worker(file);
    // An idle pool must not keep the process alive; a batch in flight refs it (see detect).
    worker.unref();
    const slot: Slot = { worker, progress, queue: [], timer: undefined };
    initialize(slot);
    worker.on('message', (message: { id: number; results: DetectResult[] }) => {
      const pending = slot.queue.shift();
      if (!pending || pending.batch.id !== message.id) return fail(new LeakgateError('internal', 'scan worker answered out of order'));
      pending.resolve(message.results);
      if (slot.queue.length === 0) slot.worker.unref();
      arm(slot);
    });
    worker.on('error', (error) => fail(error instanceof LeakgateError ? error : new LeakgateError('internal', `scan worker failed: ${error.message}`, { cause: error })));
    worker.on('exit', (code) => {
      if (code !== 0 && slot.queue.length > 0) fail(new LeakgateError('internal', `scan worker exited with code ${code}`));
    });
    slots.push(slot);
    return slot;
  };

  const pick = (): Slot => {
    const idle = slots.find((slot) => slot.queue.length === 0);
    if (idle) return idle;
    if (slots.length < limit) return spawnSlot();
    return slots.reduce((best, slot) => (slot.queue.length < best.queue.length ? slot : best));
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
        const slot = pick();
        slot.queue.push({ batch: { kind: 'batch', id: nextId++, fragments }, resolve, reject });
        const transfer = fragments.flatMap((fragment) => (isRaw(fragment) ? [fragment.raw.buffer as ArrayBuffer] : []));
        slot.worker.postMessage(slot.queue[slot.queue.length - 1]?.batch, transfer);
        slot.worker.ref();
        if (slot.queue.length === 1) arm(slot);
      }),
    close: async () => {
      for (const slot of slots) if (slot.timer) clearTimeout(slot.timer);
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
};
