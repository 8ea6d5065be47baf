// leakgate init: a starter .leakgate.toml and a pre-commit hook.
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ExitCode } from '../../exit-codes.js';
import { installHook, type HookManager } from '../../hooks/install-hooks.js';
import { STARTER_CONFIG } from '../../hooks/starter-config.js';
import { repoRoot } from '../../sources/repo.js';
import type { Io } from '../io.js';

export const initCommand = async (io: Io, managers: readonly HookManager[], force: boolean): Promise<ExitCode> => {
  const root = await repoRoot(io.cwd);
  const shown = (file: string): string => relative(io.cwd, file) || file;
  const config = join(root, '.leakgate.toml');
  if (existsSync(config)) io.stdout.write(`${shown(config)} exists: left as it is\n`);
  else {
    writeFileSync(config, STARTER_CONFIG);
    io.stdout.write(`wrote ${shown(config)}\n`);
  }
  for (const manager of managers.length === 0 ? (['git'] as const) : managers) {
    const result = await installHook(manager, root, force);
    io.stdout.write(result.changed ? `installed the ${manager} pre-commit hook in ${shown(result.file)}\n` : `the ${manager} hook in ${shown(result.file)} already runs leakgate\n`);
    if (result.hint) io.stdout.write(`  next: ${result.hint}\n`);
  }
  io.stdout.write('A commit that adds a secret is now blocked; `git commit --no-verify` skips the hook in an emergency.\n');
  return ExitCode.Clean;
};
