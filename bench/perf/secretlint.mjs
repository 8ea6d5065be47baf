// secretlint, the reference scanner: installed once into the cache (never into the repository),
// with the recommended preset enabled.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDir, log, run } from './util.mjs';

export const ensureSecretlint = (cache) => {
  const prefix = ensureDir(join(cache, 'secretlint'));
  const bin = join(prefix, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  const preset = join(prefix, 'node_modules', '@secretlint', 'secretlint-rule-preset-recommend', 'package.json');
  if (!existsSync(bin) || !existsSync(preset)) {
    log(`installing secretlint into ${prefix}`);
    run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel=error', 'secretlint', '@secretlint/secretlint-rule-preset-recommend']);
  }
  const config = join(prefix, '.secretlintrc.json');
  writeFileSync(config, `${JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2)}\n`);
  const version = JSON.parse(readFileSync(join(prefix, 'node_modules', 'secretlint', 'package.json'), 'utf8')).version;
  return { bin, config, version, prefix };
};

/** Arguments to run secretlint with our config on the given patterns or files. */
export const secretlintArgs = (sl, targets) => [sl.bin, ...targets, '--secretlintrc', sl.config, '--format', 'json'];
