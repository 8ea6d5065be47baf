// Finds a file shipped with the package (rules/, package.json) from src/, lib/ or the dist/ bundle.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageFile = (name: string): string => {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['..', join('..', '..'), '.']) {
    const candidate = join(here, up, name);
    if (existsSync(candidate)) return candidate;
  }
  return join(here, '..', name);
};
