// The detector figures: throughput of the pure detector on ~100 MB of real code held in memory,
// and the worst rules (ms per MB) on adversarial inputs, each run in a child that a watchdog kills
// if one input takes too long (that input is then reported as at least the time limit).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { BENCH_DIR, NODE, fmtMs, log, median } from './util.mjs';

const CHILD = join(BENCH_DIR, 'perf', 'detector-child.mjs');

/** Runs the child, calling onLine for each JSON line; kills it when no line arrives for stallMs. */
const runChild = (args, onLine, stallMs) =>
  new Promise((resolvePromise, reject) => {
    const child = spawn(NODE, ['--max-old-space-size=4096', CHILD, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let timer;
    let stalled = false;
    const arm = () => {
      clearTimeout(timer);
      if (stallMs) {
        timer = setTimeout(() => {
          stalled = true;
          child.kill('SIGKILL');
        }, stallMs);
      }
    };
    arm();
    createInterface({ input: child.stdout }).on('line', (line) => {
      arm();
      if (line.startsWith('{')) onLine(JSON.parse(line));
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (stalled) resolvePromise({ stalled: true });
      else if (code === 0) resolvePromise({ stalled: false });
      else reject(new Error(`detector child exited ${code}`));
    });
  });

export const throughputFigure = async ({ cache, runs, megabytes = 100 }) => {
  const results = [];
  for (let i = 0; i < runs; i++) {
    let result;
    await runChild(['throughput', cache, String(megabytes)], (line) => (result = line), 0);
    const mbps = result.bytes / 1e6 / (result.ms / 1000);
    log(`  detector run ${i + 1}/${runs}: ${(result.bytes / 1e6).toFixed(1)} MB in ${fmtMs(result.ms)} = ${mbps.toFixed(1)} MB/s (first, cold pass ${fmtMs(result.firstPassMs)}; prefilter alone ${(result.bytes / 1e6 / (result.prefilterMs / 1000)).toFixed(0)} MB/s), ${result.findings} findings`);
    results.push({ ...result, mbps });
  }
  const mid = median(results.map((r) => r.mbps));
  return {
    mbps: mid,
    ms: median(results.map((r) => r.ms)),
    firstPassMbps: median(results.map((r) => r.bytes / 1e6 / (r.firstPassMs / 1000))),
    prefilterMbps: median(results.map((r) => r.bytes / 1e6 / (r.prefilterMs / 1000))),
    bytes: results[0].bytes,
    files: results[0].files,
    rules: results[0].rules,
    findings: results[0].findings,
    rssKb: Math.max(...results.map((r) => r.maxRssKb)),
  };
};

/**
 * Screens every (rule, input) pair at `screenBytes`, then measures the worst pairs again at
 * `bytes` (10 MB). Returns the worst rules, each with its worst input, in ms per MB.
 */
export const adversarialFigure = async ({ cache, screenBytes = 100_000, bytes = 10_000_000, stallMs = 20_000, worst = 5 }) => {
  const measure = async (size, jobs, limitMs) => {
    const done = [];
    let next = [0, 0];
    let current;
    let total = 0;
    for (;;) {
      const args = ['adversarial', cache, String(size), String(next[0]), String(next[1]), ...(jobs ? [JSON.stringify(jobs)] : [])];
      const { stalled } = await runChild(args, (line) => {
        if (line.start) current = line;
        else if (line.done) {
          done.push(line);
          total = line.rules;
          if (!jobs && line.k === line.inputs - 1 && (line.r + 1) % 25 === 0) log(`  adversarial screening: ${line.r + 1}/${line.rules} rules`);
        }
      }, limitMs);
      if (!stalled) break;
      log(`  adversarial: ${current.rule} on ${current.input} exceeded ${fmtMs(limitMs)}: killed, counted as >= ${fmtMs(limitMs)}`);
      done.push({ ...current, ms: limitMs, bytes: size, timedOut: true });
      next = [current.r, current.k + 1];
    }
    return { done, total };
  };
  const perMb = (m) => m.ms / (m.bytes / 1e6);
  const worstByRule = (list) => {
    const byRule = new Map();
    for (const m of list) {
      const prev = byRule.get(m.rule);
      if (!prev || perMb(m) > perMb(prev)) byRule.set(m.rule, m);
    }
    return [...byRule.values()].sort((a, b) => perMb(b) - perMb(a));
  };
  log(`adversarial screening: every rule on every input at ${screenBytes / 1e3} kB each`);
  const screen = await measure(screenBytes, undefined, stallMs);
  const ranked = worstByRule(screen.done);
  // The worst rules' three worst inputs, measured again at full size (10 MB).
  const candidates = ranked.slice(0, worst * 2).map((m) => m.rule);
  const jobs = candidates.flatMap((rule) =>
    screen.done.filter((m) => m.rule === rule).sort((a, b) => perMb(b) - perMb(a)).slice(0, 3).map((m) => [rule, m.input]),
  );
  log(`adversarial: re-measuring ${jobs.length} inputs of the ${candidates.length} worst rules at ${bytes / 1e6} MB`);
  const big = await measure(bytes, jobs, stallMs * 3);
  const screenByRule = new Map(ranked.map((m) => [m.rule, m]));
  // Rank by the worse of the two sizes: a 10 MB run that hit the time limit is only a lower
  // bound, and may then say less than the 100 kB measurement of a super-linear rule.
  const worstList = worstByRule(big.done)
    .map((m) => {
      const small = screenByRule.get(m.rule);
      return {
        rule: m.rule,
        input: m.input,
        msPerMb: perMb(m),
        timedOut: Boolean(m.timedOut),
        screenInput: small.input,
        screenMsPerMb: perMb(small),
        // The 10 MB figure ranks, unless it is only a lower bound (time limit hit).
        score: m.timedOut ? Math.max(perMb(m), perMb(small)) : perMb(m),
      };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, worst);
  return {
    rules: screen.total,
    pairs: screen.done.length,
    screenBytes,
    bytes,
    worst: worstList,
    medianScreenMsPerMb: median(ranked.map(perMb)),
  };
};
