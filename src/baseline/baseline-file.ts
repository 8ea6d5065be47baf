// Reading and writing the baseline file (atomic: temporary file and rename).
import { existsSync, readFileSync } from 'node:fs';
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
  return existsSync(fallback) ? fallback : undefined;
};

export const readBaseline = (path: string, shown = path): Baseline => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new LeakgateError('baseline', `cannot read baseline ${shown}: ${code === 'ENOENT' ? 'no such file (create it with `leakgate baseline`)' : code ?? String(error)}`, { cause: error });
  }
  return parseBaseline(text, shown);
};

export const writeBaseline = (path: string, baseline: Baseline): void => writeFileAtomic(path, serializeBaseline(baseline));
