// `leakgate report merge` at org scale: 10,000 generated JSON reports of 100 findings each (and
// 1,000 for the 10x comparison), merged to JSON; wall time and peak RSS, which must stay flat
// (<= 200 MB) as the inputs grow 10x. Also the HTML report of 10,000 findings opened and filtered
// in headless Chromium (Debian's package, via playwright-core) when it is installed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LEAKGATE_BIN, NODE, ensureDir, log, measureRuns } from './util.mjs';

const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const RULES = ['github-pat', 'aws-access-key-id', 'slack-bot-token', 'generic-password-assignment', 'private-key', 'npm-token', 'stripe-secret-key', 'generic-secret-assignment'];
const FORMAT_VERSION = 'v2';

/** A small deterministic generator (mulberry32), so every run merges the same reports. */
const prng = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const hex = (text, length) => createHash('sha256').update(text).digest('hex').slice(0, length);

/**
 * One report as `leakgate history --format json` writes it. 1 finding in 5 carries a correlation
 * (a scan under LEAKGATE_ORG_KEY); 1 in 10 of those is one of 5,000 secrets shared across the org.
 */
const report = (r, perReport) => {
  const random = prng(r + 1);
  const repository = `acme/service-${String(r).padStart(5, '0')}`;
  const findings = Array.from({ length: perReport }, (_, i) => {
    const ruleId = RULES[Math.floor(random() * RULES.length)];
    const line = 1 + Math.floor(random() * 400);
    return {
      repository, ruleId, description: `${ruleId} found`, severity: SEVERITIES[Math.floor(random() * 4)],
      file: `src/module-${i % 37}/settings-${i}.env`, line, column: 5, endLine: line, endColumn: 45,
      secret: 'ghp_*****', match: 'TOKEN=ghp_*****', entropy: 4.7, validated: true, fingerprint: hex(`${r}/${i}`, 32),
      commit: hex(`c${r}/${i}`, 40), author: 'Ada Lovelace', email: 'ada@example.invalid',
      date: `20${18 + Math.floor(random() * 8)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}T10:00:00+00:00`, message: 'configure the service',
      occurrences: 1, presentInHead: random() < 0.6,
      ...(i % 5 === 0 ? { correlation: random() < 0.1 ? hex(`pool-${Math.floor(random() * 5000)}`, 64) : hex(`own-${r}/${i}`, 64) } : {}),
    };
  });
  return { version: 1, tool: { name: 'leakgate', version: '0.1.0' }, scan: { mode: 'history', target: '--all', repository, rules: 424, files: 100, commits: 50, route: 'diff', bytes: 1e6, durationMs: 1000 }, findings, skipped: [], suppressed: { allowlist: 0, inline: 0, baseline: 0 }, notes: [] };
};

/** Writes the reports once into the cache (about 100 KB each, as leakgate writes them: indented). */
const reportsDir = (cache, count, perReport) => {
  const dir = join(cache, 'merge', `${FORMAT_VERSION}-${count}x${perReport}`);
  if (existsSync(dir) && readdirSync(dir).length === count) return dir;
  rmSync(dir, { recursive: true, force: true });
  ensureDir(dir);
  log(`merge: writing ${count} reports of ${perReport} findings to ${dir}`);
  for (let r = 0; r < count; r++) writeFileSync(join(dir, `report-${r}.json`), `${JSON.stringify(report(r, perReport), null, 2)}\n`);
  return dir;
};

/** Opens the HTML report in Chromium and times load-to-ready and one filter keystroke. */
const browserFigure = async (htmlFile) => {
  const executablePath = process.env.LEAKGATE_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return { skipped: `no Chromium at ${executablePath} (apt-get install -y chromium)` };
  const { chromium } = await import('playwright-core');
  const profile = join(ensureDir(join(htmlFile, '..', 'profile')), String(process.pid));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, offline: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(pathToFileURL(htmlFile).href);
    await page.waitForSelector('body[data-ready="true"]');
    const openMs = performance.now() - started;
    const filtered = performance.now();
    await page.fill('#filter', 'service-00042');
    await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('showing 100 of 100'));
    const filterMs = performance.now() - filtered;
    return { openMs, filterMs };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
};

export const mergeFigure = async ({ cache, runs }) => {
  const perReport = 100;
  const small = reportsDir(cache, 1000, perReport);
  const large = reportsDir(cache, 10000, perReport);
  const out = join(ensureDir(join(cache, 'merge', 'out')), 'merged.json');
  const args = (dir, format, file) => [LEAKGATE_BIN, 'report', 'merge', dir, '--format', format, '--output', file, '--quiet'];
  const atSmall = await measureRuns(runs, NODE, args(small, 'json', out), { okCodes: [1] }, 'merge 1,000 reports');
  const atLarge = await measureRuns(runs, NODE, args(large, 'json', out), { okCodes: [1] }, 'merge 10,000 reports');
  const sarif = await measureRuns(1, NODE, args(large, 'sarif', `${out}.sarif`), { okCodes: [1] }, 'merge 10,000 reports to SARIF');
  // The browser figure: 100 reports of 100 findings, 10,000 findings in one HTML page.
  const html = join(cache, 'merge', 'out', 'org.html');
  const hundred = reportsDir(cache, 100, perReport);
  await measureRuns(1, NODE, args(hundred, 'html', html), { okCodes: [1] });
  const browser = await browserFigure(html);
  rmSync(join(cache, 'merge', 'out'), { recursive: true, force: true });
  mkdirSync(join(cache, 'merge', 'out'), { recursive: true });
  return { perReport, small: { reports: 1000, ...atSmall }, large: { reports: 10000, ...atLarge }, sarif, browser };
};
