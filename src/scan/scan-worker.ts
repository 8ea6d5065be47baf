// A worker thread that runs the detector on batches of fragments. It starts before the config is
// known (its start-up overlaps the main thread's), then receives the specs to compile. It notes,
// in shared memory, which fragment and rule it is on, so that the main thread can name them if
// it never returns.
import { parentPort } from 'node:worker_threads';
import { compileConfig, type ScanConfig } from '../config/compile-config.js';
import { createDetector, type Detector, type DetectorOptions } from '../detect/detector.js';
import type { Fragment } from '../detect/types.js';

export interface WorkerInit {
  readonly kind: 'init';
  readonly specs: ScanConfig['specs'];
  readonly file: string | undefined;
  readonly options: Omit<DetectorOptions, 'onRule'>;
  /** [fragment index within the current batch, rule index] */
  readonly progress: Int32Array;
}

export interface WorkerBatch {
  readonly kind: 'batch';
  readonly id: number;
  readonly fragments: readonly Fragment[];
}

let detector: Detector | undefined;
let progress: Int32Array = new Int32Array(2);

parentPort?.on('message', (message: WorkerInit | WorkerBatch) => {
  if (message.kind === 'init') {
    progress = message.progress;
    const config = compileConfig(message.specs, message.file);
    detector = createDetector(config.rules, config.allowlists, { ...message.options, onRule: (rule) => Atomics.store(progress, 1, rule) });
    return;
  }
  const scan = detector as Detector;
  const results = message.fragments.map((fragment, index) => {
    Atomics.store(progress, 0, index);
    Atomics.store(progress, 1, -1);
    return scan.detect(fragment);
  });
  parentPort?.postMessage({ id: message.id, results });
});
