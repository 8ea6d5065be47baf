// Which config a command reads: --config, else LEAKGATE_CONFIG (as gitleaks' GITLEAKS_CONFIG), else
// the repository's .leakgate.toml (or .gitleaks.toml).
import { resolve } from 'node:path';
import { loadConfig, type ScanConfig } from '../config/load-config.js';
import type { Io } from './io.js';

export const configFor = (io: Io, options: { readonly config: string | undefined }, root: string): ScanConfig => {
  const file = options.config ?? (io.env['LEAKGATE_CONFIG'] || undefined);
  return loadConfig(root, file === undefined ? undefined : resolve(io.cwd, file), io.cwd);
};
