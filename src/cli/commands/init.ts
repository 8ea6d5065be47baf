// leakgate init: a starter .leakgate.toml and a pre-commit hook, said to protect commits only once it is active.
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ExitCode } from '../../exit-codes.js';
import { hookNotActive } from '../../hooks/hook-active.js';
import { installHook, resolveManager, type HookManager } from '../../hooks/install-hooks.js';
import { STARTER_CONFIG } from '../../hooks/starter-config.js';
import { repoRoot } from '../../sources/repo.js';
import type { Io } from '../io.js';

export const initCommand = async (io: Io, asked: readonly HookManager[], force: boolean): Promise<ExitCode> => {
  const root = await repoRoot(io.cwd);
  const shown = (file: string): string => relative(io.cwd, file) || file;
  const config = join(root, '.leakgate.toml');
  if (existsSync(config)) io.stdout.write(`${shown(config)} exists: left as it is\n`);
  else {
    writeFileSync(config, STARTER_CONFIG);
    io.stdout.write(`wrote ${shown(config)}\n`);
  }
  const managers = new Set<HookManager>();
  for (const manager of asked.length === 0 ? [undefined] : asked) managers.add(await resolveManager(manager, root));
  const pending: string[] = [];
  for (const manager of managers) {
    if (manager === 'husky' && !asked.includes('husky')) io.stdout.write('husky manages this repository\'s hooks (core.hooksPath is under .husky/): using .husky/pre-commit\n');
    const result = await installHook(manager, root, force);
    io.stdout.write(result.changed ? `installed the ${manager} pre-commit hook in ${shown(result.file)}\n` : `the ${manager} hook in ${shown(result.file)} already runs leakgate\n`);
    if (result.hint) io.stdout.write(`  note: ${result.hint}\n`);
    const step = await hookNotActive(manager, root, io.env['PATH'] ?? '');
    if (step) pending.push(`${manager}: ${step}`);
  }
  if (pending.length === 0) io.stdout.write('A commit that adds a secret is now blocked; `git commit --no-verify` skips the hook in an emergency.\n');
  else io.stdout.write(`Not active yet (${pending.join('; ')}): until then commits are not checked.\n`);
  return ExitCode.Clean;
};
