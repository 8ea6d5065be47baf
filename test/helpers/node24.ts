// The Action runs on Node 24: the npm `node@24` package gives that binary, cached outside the repo.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const node24 = (): string => {
  const dir = join(process.env['LEAKGATE_CACHE'] ?? join(homedir(), '.cache'), 'leakgate-node24');
  const bin = join(dir, 'node_modules', '.bin', 'node');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', dir, 'node@24'], { stdio: 'pipe' });
  }
  const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
  if (!version.startsWith('v24.')) throw new Error(`expected Node 24 at ${bin}, got ${version}`);
  return bin;
};
