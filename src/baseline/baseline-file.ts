// Reading and writing the baseline file (atomic: temporary file and rename).
import { presentAt, readOwnFile, whyUnreadable } from '../read-own-file.js';
import { join, resolve } from 'node:path';
import { LeakgateError } from '../errors.js';
import { writeFileAtomic } from '../cli/write-output.js';
import { parseBaseline, serializeBaseline, type Baseline } from './baseline.js';

export const DEFAULT_BASELINE = '.leakgate-baseline.json';

/** --baseline FILE, else the default file at the root when present; false for --no-baseline. */
export const baselinePath = (root: string, option: string | false | undefined, resolveFrom: string): string | undefined => {
  if (option === false) return undefined;
  if (option !== undefined) return resolve(resolveFrom, option);
  const fallback = join(root, DEFAULT_BASELINE);
  return presentAt(fallback) ? fallback : undefined;
};

/** The baseline file that `baseline` and `audit` write: --baseline FILE, else the default at the root. */
export const baselineTarget = (root: string, option: string | false | undefined, resolveFrom: string): string =>
  typeof option === 'string' ? resolve(resolveFrom, option) : join(root, DEFAULT_BASELINE);


export const readBaseline = (path: string, shown = path): Baseline => {
  let text: string;
  try {
    text = readOwnFile(path);
  } catch (error) {
    const why = whyUnreadable(error);
    throw new LeakgateError('baseline', `cannot read baseline ${shown}: ${why === 'no such file' ? 'no such file (create it with `leakgate baseline`)' : why}`, { cause: error });
  }
  return parseBaseline(text, shown);
};

export const writeBaseline = (path: string, baseline: Baseline): void => writeFileAtomic(path, serializeBaseline(baseline));
