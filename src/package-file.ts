// Finds a file shipped with the package (rules/, package.json, lib/rules-cache.json) from src/,
// lib/, the CLI bundle in lib/bundle/ or the Action's bundle in dist/: the package root is the
// nearest folder up that holds both package.json and rules/ (lib/rules/ holds compiled code).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

const packageRoot = (): string => {
  if (root !== undefined) return root;
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'rules'))) return (root = dir);
    if (dirname(dir) === dir) return (root = join(here, '..'));
  }
};

export const packageFile = (name: string): string => join(packageRoot(), name);
