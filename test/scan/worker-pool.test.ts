// The worker pool in a process of its own, where nothing else keeps Node's event loop alive: the
// pool must keep it alive exactly as long as it has work or is stopping, so that awaiting it
// always settles (else Node exits 13, "unsettled top-level await", instead of leakgate's code).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

const lib = (path: string): string => pathToFileURL(join(process.cwd(), 'lib', path)).href;

const runScript = (body: string): { status: number | null; stdout: string; stderr: string } => {
  const script = `
    const { startPool } = await import(${JSON.stringify(lib('scan/worker-pool.js'))});
    const { loadConfig } = await import(${JSON.stringify(lib('config/load-config.js'))});
    const config = loadConfig(${JSON.stringify(tempDir())}, undefined);
    const options = { detector: { includeInvalid: false }, timeoutMs: 60000 };
    ${body}
  `;
  // A file, not --eval: workers inherit the parent's execArgv, and --input-type would fail them.
  const file = join(tempDir(), 'pool.mjs');
  writeFileSync(file, script);
  const result = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('worker pool', () => {
  it('a batch sent before the worker is ready is answered, then the idle pool lets the process exit', () => {
    const result = runScript(`
      const pool = startPool(2);
      pool.configure(config, options);
      const [results] = await Promise.all([pool.detect([{ path: 'a.txt', text: 'nothing', startLine: 1 }, { path: 'b.env', text: 'password = "' + 'Zq8' + 'w!Lp2#rT9vB"', startLine: 1 }])]);
      process.stdout.write(JSON.stringify(results.map((r) => r.findings.map((f) => f.ruleId))));
    `);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([[], ['generic-password-assignment']]);
    expect(result.status).toBe(0);
  });
});
