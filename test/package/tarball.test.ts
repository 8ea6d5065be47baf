// The npm tarball as a user installs it: what it ships, and a scan of a fresh project that has it
// in node_modules (where its own rules' examples were 3,422 findings).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { tempDir } from '../helpers/temp-dir.js';

const ROOT = join(import.meta.dirname, '..', '..');
let tarball = '';
let files: string[] = [];

beforeAll(() => {
  const out = tempDir('leakgate-pack-');
  // lib/ is built before the suite runs (npm test); --ignore-scripts keeps this test from rebuilding it under the others.
  const name = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8' }).trim();
  tarball = join(out, name);
  files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((file) => file.replace(/^package\//, ''));
}, 120_000);

describe('the npm tarball', () => {
  it('ships what runs, the licence and the config schema, and no build intermediates', () => {
    for (const file of ['LICENSE', 'package.json', 'README.md', 'bin/leakgate.js', 'lib/bundle/cli.js', 'lib/rules-cache.json', 'lib/keyword-index.bin', 'rules/github.toml', 'schema/leakgate.schema.json']) {
      expect(files).toContain(file);
    }
    expect(files.filter((file) => file.startsWith('lib/') && !file.startsWith('lib/bundle/') && !['lib/rules-cache.json', 'lib/keyword-index.bin'].includes(file))).toEqual([]);
    expect(files).not.toContain('report.json');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toContain('MIT License');
  });

  it('installed in a fresh npm project, `npx leakgate scan .` reports the project\'s secret and none of leakgate\'s own rule data', () => {
    const project = tempDir('leakgate-fresh-');
    execFileSync('npm', ['init', '-y'], { cwd: project, stdio: 'pipe' });
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project, stdio: 'pipe' });
    const clean = spawnSync('npx', ['--no-install', 'leakgate', 'scan', '.', '-f', 'json'], { cwd: project, encoding: 'utf8' });
    expect(clean.stderr).toContain('no secrets found');
    expect(clean.status).toBe(0);
    writeFileSync(join(project, 'app.js'), `const token = "${fakeGithubToken()}";\n`);
    const found = spawnSync('npx', ['--no-install', 'leakgate', 'scan', '.', '-f', 'json'], { cwd: project, encoding: 'utf8' });
    expect(found.status).toBe(1);
    expect((JSON.parse(found.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file)).toEqual(['app.js']);
  }, 180_000);
});
