import { readFileSync } from 'node:fs';
import { packageFile } from '../package-file.js';

let cached: string | undefined;

/** leakgate's own version, from its package.json. */
export const toolVersion = (): string => {
  if (cached === undefined) {
    const pkg = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version?: string };
    cached = pkg.version ?? '0.0.0';
  }
  return cached;
};
