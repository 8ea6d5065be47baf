// What the org-audit examples run against here: bare repositories under a folder that stands in
// for https://github.com (GIT_BASE_URL=file://…), and `leakgate` on PATH as the built bin/.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gitIn, makeRepo } from './git-repo.js';
import { tempDir } from './temp-dir.js';

export const LEAKGATE_BIN = resolve(import.meta.dirname, '../../bin/leakgate.js');

/** A folder holding an executable `leakgate` that runs this checkout's bin/ (built lib/). */
export const leakgateOnPath = (): string => {
  const dir = tempDir('leakgate-path-');
  const shim = join(dir, 'leakgate');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${LEAKGATE_BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  return dir;
};

/** Bare clones at <base>/<owner>/<name>.git of repositories built from the given commits. */
export const gitServer = (repos: Record<string, ReadonlyArray<Record<string, string>>>): string => {
  const base = tempDir('leakgate-server-');
  for (const [name, commits] of Object.entries(repos)) {
    const repo = makeRepo();
    commits.forEach((files, i) => repo.commit(`change ${i}`, files));
    mkdirSync(join(base, name, '..'), { recursive: true });
    gitIn(base, ['clone', '--bare', '--quiet', repo.dir, join(base, `${name}.git`)]);
  }
  return base;
};
