// A worker thread that runs the detector on batches of fragments. It starts before the config is
// known (its start-up overlaps the main thread's), then receives the specs to compile. It notes,
// in shared memory, which fragment and rule it is on, so that the main thread can name them if
// it never returns.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import type { ScanConfig } from '../config/compile-config.js';
import { createDetector, type DetectResult, type Detector, type DetectorOptions } from '../detect/detector.js';
import { keywordsKey, type KeywordIndex } from '../detect/keyword-index.js';
import { keywordIndexFor } from '../rules/keyword-index-cache.js';
import type { Fragment, Rule } from '../detect/types.js';
import { compileAllowlist, compileRule } from '../rules/compile-rule.js';
import { loadBuiltinRules } from '../rules/load-rules.js';
import { detectChanged, keepAdded } from './keep-added.js';
import { keepOwned } from './split-fragment.js';
import { reportsByName } from './reports-by-name.js';
import { decodeRaw, isRaw, type RawFragment } from '../sources/source-item.js';
import { PROGRESS_SLOTS, watchAllowlists } from './watched-allowlists.js';

export interface WorkerInit {
  readonly kind: 'init';
  readonly specs: ScanConfig['specs'];
  readonly options: Omit<DetectorOptions, 'onRule'>;
  /** [fragment index within the current batch, rule index, allowlist running (see watched-allowlists.ts)] */
  readonly progress: Int32Array;
}

/** The worker's answers: ready (rules compiled) once, then one results message per batch, in order. */
export interface WorkerReady {
  readonly kind: 'ready';
}
export interface WorkerResults {
  readonly kind: 'results';
  readonly id: number;
  readonly results: DetectResult[];
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

/**
 * The built-in rules, compiled with their keyword index as the worker starts, before its config
 * arrives (the main thread is still parsing arguments and reading config): most scans use them as
 * shipped, and a worker is then ready as soon as it is told so. A spec the config changed, or added,
 * is compiled when it arrives.
 */
interface Warm {
  readonly bySpec: ReadonlyMap<string, Rule>;
  /** The keywords the index was built for (keywordsKey). */
  readonly key: string;
  readonly index: KeywordIndex;
}
/**
 * Runs the detector a few times over a little generated code (no secrets in it), so that V8 has
 * optimised its loops before the first real file: otherwise the first large file runs in code
 * compiled on the fly mid-loop (on-stack replacement), measured twice as slow (a 50 MB file
 * detected in 0.66 s cold, 0.46 s after this).
 */
const warmJit = (detector: Detector): void => {
  const lines: string[] = [];
  for (let i = 0; lines.length < 200; i++) {
    lines.push(`export const value${i} = read(path.join(dir, "part-${i}"), { token: options.token, key: "YWJjZGVmZ2hpamtsbW5vcHFy${i}" }); // see https://example.com/${i}`);
  }
  const text = lines.join('\n');
  for (let round = 0; round < 4; round++) detector.detect({ path: 'warm-up.js', text, startLine: 1 });
};

const warmUp = (): Warm | undefined => {
  try {
    const specs = loadBuiltinRules(undefined, { samples: false }).rules;
    const rules = specs.map(compileRule);
    const bySpec = new Map(specs.map((spec, i) => [JSON.stringify(spec), rules[i] as Rule]));
    const index = keywordIndexFor(rules);
    warmJit(createDetector(rules, [], { includeInvalid: false }, index));
    return { bySpec, key: keywordsKey(rules), index };
  } catch {
    // The main thread reports a broken rule library; the worker just compiles what it is sent.
    return undefined;
  }
};
const warm = warmUp();

const configure = (message: WorkerInit): Detector => {
  const compiled = message.specs.rules.map((spec) => warm?.bySpec.get(JSON.stringify(spec)) ?? compileRule(spec));
  const watched = watchAllowlists(compiled, message.specs.allowlists.map(({ spec, where }) => compileAllowlist(spec, where)), () => progress);
  const { rules, allowlists } = watched;
  const options = { ...message.options, onRule: (rule: number) => Atomics.store(progress, 1, rule) };
  pathOnlyRules = new Set(rules.filter(reportsByName).map((rule) => rule.id));
  // The index depends on the keywords alone: the warm one serves any config that keeps them.
  const index = warm !== undefined && keywordsKey(rules) === warm.key ? warm.index : keywordIndexFor(rules);
  return createDetector(rules, allowlists, options, index);
};

let detector: Detector | undefined;
let pathOnlyRules: ReadonlySet<string> = new Set();
const isPathOnly = (ruleId: string): boolean => pathOnlyRules.has(ruleId);
let progress: Int32Array = new Int32Array(PROGRESS_SLOTS);

parentPort?.on('message', (message: WorkerInit | WorkerBatch) => {
  if (message.kind === 'init') {
    progress = message.progress;
    detector = configure(message);
    parentPort?.postMessage({ kind: 'ready' } satisfies WorkerReady);
    return;
  }
  const scan = detector as Detector;
  const results = message.fragments.map((fragment, index) => {
    Atomics.store(progress, 0, index);
    Atomics.store(progress, 1, -1);
    // A changed file read whole (the diff route): scanned around its added lines.
    if (isRaw(fragment) && fragment.added && !fragment.owns) return detectChanged(fragment, scan, isPathOnly);
    const { fragment: text, utf8 } = isRaw(fragment) ? decodeRaw(fragment) : { fragment, utf8: undefined };
    const found = scan.detect(text, utf8);
    const owned = isRaw(fragment) && fragment.owns ? keepOwned(found, fragment.owns, isPathOnly) : found;
    const result = isRaw(fragment) && fragment.added ? keepAdded(owned, fragment.added, isPathOnly) : owned;
    if (text.text.length >= LARGE_FRAGMENT && (largeText += text.text.length) >= LARGE_TEXT) {
      largeText = 0;
      collectGarbage();
    }
    return result;
  });
  parentPort?.postMessage({ kind: 'results', id: message.id, results } satisfies WorkerResults);
});
