// A worker thread that runs the detector on batches of fragments. It starts before the config is
// known (its start-up overlaps the main thread's), then receives the specs to compile. It notes,
// in shared memory, which fragment and rule it is on, so that the main thread can name them if
// it never returns.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { compileConfig, type ScanConfig } from '../config/compile-config.js';
import { createDetector, type Detector, type DetectorOptions } from '../detect/detector.js';
import type { Fragment } from '../detect/types.js';
import { decodeFragment, isRaw, type RawFragment } from '../sources/source-item.js';

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
  readonly fragments: ReadonlyArray<Fragment | RawFragment>;
}

/**
 * Large strings (a 10 MB bundle decodes to 20 MB of UTF-16) stay in V8's large-object space until
 * a full collection, which V8 puts off while the heap may still grow: on the history benchmark
 * each worker's heap reached 150 MB of garbage and the process 500 MB. A full collection after
 * every LARGE_TEXT characters of large fragments held it near 350 MB, for a few ms each.
 */
const LARGE_FRAGMENT = 1 << 20;
const LARGE_TEXT = 8 << 20;
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
let largeText = 0;

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
    const text = isRaw(fragment) ? decodeFragment(fragment) : fragment;
    const result = scan.detect(text);
    if (text.text.length >= LARGE_FRAGMENT && (largeText += text.text.length) >= LARGE_TEXT) {
      largeText = 0;
      collectGarbage();
    }
    return result;
  });
  parentPort?.postMessage({ id: message.id, results });
});
