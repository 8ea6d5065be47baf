// The container image the Kubernetes example runs. Built and run only where a Docker engine
// answers (`docker info`); this machine has the client without an engine, so there the test says
// it skips. What can be checked without an engine is checked always.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dockerfile = readFileSync(resolve(ROOT, 'Dockerfile'), 'utf8');
const instructions = dockerfile.split('\n').filter((line) => /^[A-Z]+\s/.test(line));
const engine = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8' }).status === 0;

describe('Dockerfile', () => {
  it('runs leakgate on node:24-slim as a non-root user, with git', () => {
    const froms = instructions.filter((line) => line.startsWith('FROM '));
    expect(froms.at(-1)).toBe('FROM node:24-slim');
    expect(instructions.filter((line) => line.startsWith('USER ')).at(-1)).toBe('USER node');
    expect(instructions.filter((line) => line.startsWith('ENTRYPOINT ')).at(-1)).toBe('ENTRYPOINT ["leakgate"]');
    expect(dockerfile).toMatch(/apt-get install -y --no-install-recommends git ca-certificates/);
    const manifests = ['audit-job.yaml', 'merge-job.yaml'].map((file) => readFileSync(resolve(ROOT, 'examples/kubernetes-org-audit', file), 'utf8'));
    for (const manifest of manifests) expect(manifest).toMatch(/runAsUser: 1000/);
  });

  it.skipIf(!engine)('builds, and the image answers --version as uid 1000', () => {
    const build = spawnSync('docker', ['build', '-q', '-t', 'leakgate:test', ROOT], { encoding: 'utf8', timeout: 600_000 });
    expect(build.status, build.stderr).toBe(0);
    const version = spawnSync('docker', ['run', '--rm', 'leakgate:test', '--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const user = spawnSync('docker', ['run', '--rm', '--entrypoint', 'id', 'leakgate:test', '-u'], { encoding: 'utf8' });
    expect(user.stdout.trim()).toBe('1000');
  }, 600_000);

  it.runIf(!engine)('skips building the image: no Docker engine answers `docker info` here', () => {
    expect(engine).toBe(false);
  });
});
