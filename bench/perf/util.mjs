// Shared helpers for the performance benchmark: paths, processes, timing, peak memory, formatting.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = resolve(BENCH_DIR, '..');
export const LEAKGATE_BIN = join(REPO_DIR, 'bin', 'leakgate.js');
export const NODE = process.execPath;

/** Everything the benchmark caches lives here, outside the repository. */
export const cacheDir = (override) => {
  const dir = resolve(override ?? process.env.LEAKGATE_BENCH_CACHE ?? join(homedir(), '.cache', 'leakgate-bench'));
  if (dir === REPO_DIR || dir.startsWith(`${REPO_DIR}/`)) {
    throw new Error(`the benchmark cache (${dir}) must be outside the repository`);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
};

export const log = (message) => process.stderr.write(`[bench] ${message}\n`);

/** Runs a command to completion (no shell), returning stdout; throws with stderr on failure. */
export const run = (cmd, args, options = {}) => {
  const result = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0 && !(options.okCodes ?? []).includes(result.status)) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${result.status}: ${(result.stderr ?? '').toString().trim().slice(-2000)}`);
  }
  return result.stdout;
};

/** Runs a command and counts the bytes it writes to stdout (like `| wc -c`), without holding them. */
export const countStdout = (cmd, args, options = {}) =>
  new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let bytes = 0;
    let err = '';
    child.stdout.on('data', (chunk) => (bytes += chunk.length));
    child.stderr.on('data', (chunk) => (err = (err + chunk).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(bytes) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err}`))));
  });

// ---------------------------------------------------------------------------------------------
// Peak memory: GNU time -v when present (installed with apt-get if missing and possible), else a
// preloaded module that records a Node child's own maxRSS, else /proc polling of the process tree.

let timeTool;
export const findTimeTool = () => {
  if (timeTool !== undefined) return timeTool;
  const probe = () => existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size');
  if (!probe() && process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log('/usr/bin/time missing: installing Debian package "time" with apt-get');
    spawnSync('apt-get', ['install', '-y', '-qq', 'time'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (!probe()) {
      spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
      spawnSync('apt-get', ['install', '-y', '-qq', 'time'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    }
  }
  timeTool = probe() ? 'gnu-time' : 'fallback';
  if (timeTool === 'fallback') log('GNU time unavailable: peak RSS from a Node preload (node commands) or /proc polling (others)');
  return timeTool;
};

const RSS_PRELOAD = join(BENCH_DIR, 'perf', 'rss-preload.mjs');

/** Reads the peak RSS (kB) of a process tree by polling /proc (fallback only). */
const pollTreeRss = (rootPid) => {
  let peak = 0;
  const sample = () => {
    const pids = [rootPid];
    let total = 0;
    for (let i = 0; i < pids.length; i++) {
      try {
        const status = readFileSync(`/proc/${pids[i]}/status`, 'utf8');
        const hwm = /VmHWM:\s+(\d+)/.exec(status);
        if (hwm) total = Math.max(total, Number(hwm[1]));
        const children = readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      } catch {
        /* gone */
      }
    }
    peak = Math.max(peak, total);
  };
  const timer = setInterval(sample, 20);
  return { stop: () => (clearInterval(timer), sample(), peak) };
};

/**
 * Runs cmd once with stdout to /dev/null; returns { ms, rssKb, code, timedOut }.
 * Wall time is measured here (hrtime around the process), peak RSS by GNU time (the largest
 * single process in the tree, e.g. max(node, git)).
 */
export const measure = (cmd, args, { cwd, env, timeoutMs = 0, okCodes = [0], stdin = 'ignore' } = {}) =>
  new Promise((resolvePromise, reject) => {
    const tool = findTimeTool();
    const scratch = join(tmpdir(), `leakgate-bench-${process.pid}-${Math.random().toString(36).slice(2)}`);
    let argv;
    let childEnv = { ...process.env, ...env };
    if (tool === 'gnu-time') {
      argv = ['/usr/bin/time', ['-v', '-o', scratch, cmd, ...args]];
    } else if (cmd === NODE) {
      argv = [cmd, ['--import', RSS_PRELOAD, ...args]];
      childEnv = { ...childEnv, LEAKGATE_BENCH_RSS_FILE: scratch };
    } else {
      argv = [cmd, args];
    }
    const devnull = openSync('/dev/null', 'w');
    const stderrChunks = [];
    const start = process.hrtime.bigint();
    const child = spawn(argv[0], argv[1], { cwd, env: childEnv, stdio: [stdin, devnull, 'pipe'], detached: timeoutMs > 0 });
    const poller = tool === 'fallback' && cmd !== NODE ? pollTreeRss(child.pid) : undefined;
    let timedOut = false;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            try {
              process.kill(-child.pid, 'SIGKILL');
            } catch {
              child.kill('SIGKILL');
            }
          }, timeoutMs)
        : undefined;
    child.stderr.on('data', (chunk) => {
      if (stderrChunks.length < 200) stderrChunks.push(chunk);
    });
    child.on('error', (error) => {
      closeSync(devnull);
      reject(error);
    });
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (timer) clearTimeout(timer);
      closeSync(devnull);
      let rssKb = poller ? poller.stop() : undefined;
      let exitCode = code;
      let cpuMs;
      if (existsSync(scratch)) {
        const report = readFileSync(scratch, 'utf8');
        rmSync(scratch, { force: true });
        if (tool === 'gnu-time') {
          const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
          if (rss) rssKb = Number(rss[1]);
          const user = /User time \(seconds\): ([\d.]+)/.exec(report);
          const sys = /System time \(seconds\): ([\d.]+)/.exec(report);
          if (user && sys) cpuMs = (Number(user[1]) + Number(sys[1])) * 1000;
          const status = /Exit status: (\d+)/.exec(report);
          if (status) exitCode = Number(status[1]);
          if (/Command terminated by signal/.test(report)) exitCode = code;
        } else {
          const [rss, cpu] = report.trim().split(' ').map(Number);
          rssKb = rss;
          cpuMs = cpu;
        }
      }
      const stderr = Buffer.concat(stderrChunks).toString('utf8');
      if (!timedOut && !okCodes.includes(exitCode)) {
        reject(new Error(`${cmd} ${args.join(' ')} exited ${exitCode}: ${stderr.trim().slice(-1500)}`));
        return;
      }
      resolvePromise({ ms, cpuMs, rssKb, code: exitCode, timedOut, stderr });
    });
  });

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs several commands n times each, interleaved (A B C A B C …) so that a change in machine load
 * hits them alike; returns one summary per command, as measureRuns does.
 */
export const measureInterleaved = async (n, commands) => {
  const runs = commands.map(() => []);
  for (let i = 0; i < n; i++) {
    for (const [c, { cmd, args, options = {}, label }] of commands.entries()) {
      const result = await measure(cmd, args, options);
      runs[c].push(result);
      if (label) log(`  ${label} run ${i + 1}/${n}: ${fmtMs(result.ms)}${result.cpuMs !== undefined ? ` (cpu ${fmtMs(result.cpuMs)})` : ''}${result.rssKb ? `, ${fmtMb(result.rssKb * 1024)} RSS` : ''}`);
    }
  }
  return runs.map(summarise);
};

const summarise = (runs) => {
  const rss = runs.map((r) => r.rssKb).filter((v) => v !== undefined);
  const cpu = runs.map((r) => r.cpuMs).filter((v) => v !== undefined);
  return {
    cpuMs: cpu.length ? median(cpu) : undefined,
    ms: median(runs.map((r) => r.ms)),
    all: runs.map((r) => r.ms),
    rssKb: rss.length ? Math.max(...rss) : undefined,
    timedOut: runs.some((r) => r.timedOut),
    runs: runs.length,
    codes: [...new Set(runs.map((r) => r.code))],
  };
};

/** Runs `measure` n times; median wall time, max peak RSS, and whether any run timed out. */
export const measureRuns = async (n, cmd, args, options = {}, label = '') => {
  const runs = [];
  for (let i = 0; i < n; i++) {
    const result = await measure(cmd, args, options);
    runs.push(result);
    if (label) log(`  ${label} run ${i + 1}/${n}: ${fmtMs(result.ms)}${result.cpuMs !== undefined ? ` (cpu ${fmtMs(result.cpuMs)})` : ''}${result.rssKb ? `, ${fmtMb(result.rssKb * 1024)} RSS` : ''}${result.timedOut ? ' (TIMED OUT)' : ''}`);
    if (result.timedOut || (options.stopAfterMs && result.ms > options.stopAfterMs)) break;
  }
  return summarise(runs);
};

// ---------------------------------------------------------------------------------------------
// Formatting

export const fmtMs = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
export const fmtMb = (bytes) => `${(bytes / 1e6).toFixed(bytes >= 1e8 ? 0 : 1)} MB`;
export const fmtRss = (kb) => (kb === undefined ? 'n/a' : `${((kb * 1024) / 1e6).toFixed(0)} MB`);

export const table = (header, rows) => {
  const all = [header, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(all[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...all.slice(1).map(line)].join('\n');
};

export const ensureDir = (dir) => {
  mkdirSync(dir, { recursive: true });
  return dir;
};
