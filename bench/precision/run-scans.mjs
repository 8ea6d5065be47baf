// Runs leakgate on each panel tree, two at a time (the machine has two cores), and keeps each
// repository's findings without their values under .bench-cache/precision/<label>/.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dirOf } from './trees.mjs';

const KEEP = ['ruleId', 'file', 'line', 'column', 'confidence'];

/** A finding without `secret`, `match` or anything else that could hold the value. */
const strip = (f) => Object.fromEntries(KEEP.filter((k) => f[k] !== undefined).map((k) => [k, f[k]]));

function scanOne(leakgate, tree, extraArgs) {
  const args = [leakgate, 'scan', '.', '--format', 'json', '--no-baseline', '--no-progress', ...extraArgs];
  return new Promise((resolve) => {
    const child = spawn('node', args, { cwd: tree, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

async function runRepo(row, tree, options) {
  const started = Date.now();
  const { code, stdout, stderr } = await scanOne(options.leakgate, tree, options.extraArgs);
  const wallMs = Date.now() - started;
  if (code !== 0 && code !== 1) {
    return { repo: row.repo, commit: row.commit, half: row.half, error: `exit ${code}: ${stderr.trim().split('\n')[0]}`, wallMs, files: 0, findings: [] };
  }
  const report = JSON.parse(stdout);
  return {
    repo: row.repo, commit: row.commit, half: row.half, ecosystem: row.ecosystem,
    files: report.scan.files, bytes: report.scan.bytes, wallMs,
    findings: report.findings.map(strip),
  };
}

/** Scans `rows` (with their extracted trees) `concurrency` at a time; saves and returns the results. */
export async function runScans(rows, treeOf, options) {
  const dir = join(options.cacheDir, options.label);
  mkdirSync(dir, { recursive: true });
  const results = new Array(rows.length);
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const i = next++;
      const row = rows[i];
      const result = await runRepo(row, treeOf(row), options);
      results[i] = result;
      writeFileSync(join(dir, `${dirOf(row.repo)}.json`), `${JSON.stringify(result, null, 1)}\n`);
      options.progress(`${row.repo}: ${result.error ?? `${result.findings.length} findings in ${result.files} files`} (${(result.wallMs / 1000).toFixed(1)} s)`);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return results;
}
