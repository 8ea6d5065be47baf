#!/usr/bin/env node
// Precision/recall benchmark for leakgate's built-in rules.
//
//   npm run bench:quality                      leakgate only
//   npm run bench:quality -- --secretlint      plus secretlint (recommended preset) side by side
//   options: --seed N   --keep (leave the generated tree in the temp dir)   --build (rebuild lib/ first)
//            --json FILE (write the numbers and every FN/FP as JSON)
//
// A labelled code base is generated at run time in os.tmpdir() (nothing realistic lives in the
// repository): ~300 fake secrets built from each provider's documented format, planted in many
// languages among ordinary code, and more decoys than secrets. leakgate scans it; findings are
// matched to labels by file and line. Exit status: 0, or 2 when leakgate (or secretlint) errored.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './quality/corpus.mjs';
import { context, familyOfRule, matchFindings, metrics, pct, redact } from './quality/score.mjs';
import { FAMILIES } from './quality/secrets.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'leakgate.js');
const TARGET = 0.9;
const STRETCH = 0.97;

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const seed = Number(option('seed', 20240611)) >>> 0;
const out = (line = '') => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------- build lib/ when it is stale
const newest = (dir, ext) => {
  let max = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith(ext)) max = Math.max(max, statSync(p).mtimeMs);
    }
  };
  try {
    walk(dir);
  } catch {
    return 0;
  }
  return max;
};
const libTime = newest(join(ROOT, 'lib'), '.js');
if (flag('build') || libTime === 0 || newest(join(ROOT, 'src'), '.ts') > libTime) {
  process.stderr.write('lib/ is missing or older than src/: building (npx tsc -p tsconfig.build.json) ...\n');
  const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write('build failed\n');
    process.exit(2);
  }
}

// ---------------------------------------------------------------- generate the tree
const t0 = Date.now();
const corpus = buildCorpus(seed);
const dir = mkdtempSync(join(tmpdir(), 'leakgate-quality-'));
for (const file of corpus.files) {
  const target = join(dir, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.content);
}
const genMs = Date.now() - t0;
const cleanup = () => {
  if (!flag('keep')) rmSync(dir, { recursive: true, force: true });
};

// ---------------------------------------------------------------- run leakgate
const runLeakgate = (args) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
const t1 = Date.now();
const scan = runLeakgate(['scan', '.', '--format', 'json', '--no-redact', '--no-baseline']);
const scanMs = Date.now() - t1;
if (scan.status !== 0 && scan.status !== 1) {
  process.stderr.write(`leakgate exited with ${scan.status}:\n${scan.stderr}\n`);
  cleanup();
  process.exit(2);
}
const report = JSON.parse(scan.stdout);
const rulesRun = runLeakgate(['rules', 'list', '--format', 'json']);
const rules = rulesRun.status === 0 ? JSON.parse(rulesRun.stdout) : [];
const ruleTags = new Map(rules.map((rule) => [rule.id, rule.tags ?? []]));
const lgFamily = (finding) => familyOfRule(finding.ruleId, ruleTags.get(finding.ruleId) ?? []);

const lg = matchFindings(report.findings, corpus.labels);
const lgMetrics = metrics(lg, corpus.labels, lgFamily);

// ---------------------------------------------------------------- optional: secretlint
let sl;
let slMetrics;
let slInfo;
if (flag('secretlint')) {
  try {
    const { ensureSecretlint, runSecretlint, secretlintFamily } = await import('./quality/secretlint.mjs');
    slInfo = ensureSecretlint();
    const run = runSecretlint(dir);
    slInfo.durationMs = run.durationMs;
    sl = matchFindings(run.findings, corpus.labels);
    slMetrics = metrics(sl, corpus.labels, secretlintFamily);
  } catch (error) {
    process.stderr.write(`secretlint run failed: ${error.message}\n`);
    cleanup();
    process.exit(2);
  }
}

// ---------------------------------------------------------------- report
const secrets = corpus.labels.filter((l) => l.type === 'secret');
const required = secrets.filter((l) => !l.optional);
const decoys = corpus.labels.filter((l) => l.type === 'decoy');
const lines = corpus.files.reduce((n, f) => n + f.content.split('\n').length - 1, 0);

out(`leakgate quality benchmark  (seed ${seed}, ${corpus.files.length} files, ${lines} lines, ${report.scan.rules} rules)`);
out(`planted: ${required.length} secrets (+${secrets.length - required.length} optional), ${decoys.length} decoys   generate ${genMs} ms, scan ${scanMs} ms${slInfo ? `, secretlint ${slInfo.version} (preset-recommend ${slInfo.presetVersion}) ${slInfo.durationMs} ms` : ''}`);
out(`tree: ${dir}${flag('keep') ? '' : ' (removed at exit; --keep to keep it)'}`);
out();

const head = `${'family'.padEnd(18)} ${'planted'.padStart(7)} ${'found'.padStart(5)} ${'FN'.padStart(4)} ${'FP'.padStart(4)}  ${'recall'.padStart(6)} ${'precis.'.padStart(7)} ${'F1'.padStart(6)}`;
const slHead = sl ? `  │ secretlint: ${'found'.padStart(5)} ${'FP'.padStart(4)} ${'recall'.padStart(6)} ${'precis.'.padStart(7)} ${'F1'.padStart(6)}` : '';
out(head + slHead);
out('─'.repeat(head.length + slHead.length));
const fmtRow = (x, s) =>
  `${x.family.padEnd(18)} ${String(x.planted).padStart(7)} ${String(x.tp).padStart(5)} ${String(x.fn).padStart(4)} ${String(x.fp).padStart(4)}  ${pct(x.recall)} ${pct(x.precision).padStart(7)} ${pct(x.f1)}` +
  (s ? `  │             ${String(s.tp).padStart(5)} ${String(s.fp).padStart(4)} ${pct(s.recall)} ${pct(s.precision).padStart(7)} ${pct(s.f1)}` : '');
for (const family of FAMILIES) {
  const x = lgMetrics.families.find((f) => f.family === family);
  const s = slMetrics?.families.find((f) => f.family === family);
  out(fmtRow(x, s));
}
out('─'.repeat(head.length + slHead.length));
out(fmtRow(lgMetrics.total, slMetrics?.total));
out();
const dup = lg.results.filter((r) => r.kind === 'DUP').length;
const opt = lg.results.filter((r) => r.kind === 'OPT').length;
out(`leakgate: ${report.findings.length} findings = ${lgMetrics.total.tp} TP + ${lgMetrics.total.fp} FP + ${dup} duplicate (same secret, another rule) + ${opt} on optional labels; suppressed: ${Object.entries(report.suppressed ?? {}).map(([k, n]) => `${n} by ${k}`).join(', ')}`);

const { recall, precision } = lgMetrics.total;
const verdict = (x, goal) => (x !== null && x >= goal ? 'MET' : 'NOT MET');
out(`targets (recall >= 90% and precision >= 90%): recall ${pct(recall).trim()} ${verdict(recall, TARGET)}, precision ${pct(precision).trim()} ${verdict(precision, TARGET)}  => ${recall >= TARGET && precision >= TARGET ? 'TARGET MET' : 'TARGET NOT MET'}`);
out(`stretch (97%): recall ${verdict(recall, STRETCH)}, precision ${verdict(precision, STRETCH)}  => ${recall >= STRETCH && precision >= STRETCH ? 'STRETCH MET' : 'STRETCH NOT MET'}`);
const weak = lgMetrics.families.filter((f) => f.planted && ((f.recall ?? 1) < TARGET || (f.precision ?? 1) < TARGET));
if (weak.length) out(`families under 90%: ${weak.map((f) => `${f.family} (R ${pct(f.recall).trim()}, P ${pct(f.precision).trim()})`).join(', ')}`);

const fileKind = (path) => {
  const base = path.split('/').pop();
  if (base.startsWith('.env')) return 'env';
  if (base === 'Dockerfile' || base.endsWith('.Dockerfile')) return 'docker';
  const ext = base.includes('.') ? base.split('.').pop() : base;
  if (path.startsWith('.github/') || path.includes('gitlab-ci') || path.startsWith('.circleci/')) return 'ci-yaml';
  if (path.startsWith('k8s/')) return 'k8s';
  return ext;
};
const loc = (l) => (l.fileLevel ? `${l.file} (file)` : l.line === l.endLine ? `${l.file}:${l.line}` : `${l.file}:${l.line}-${l.endLine}`);

const printFn = (title, match) => {
  out();
  out(`${title} (${match.fn.length})`);
  const groups = new Map();
  for (const l of match.fn) {
    const key = `${l.family} / ${l.provider}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(l);
  }
  for (const [key, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    out(`  ${key}`);
    for (const l of list) out(`    ${loc(l).padEnd(58)} ${l.kind.padEnd(24)} ${`[${fileKind(l.file)}${l.form && l.form !== l.kind ? ` ${l.form}` : ''}]`.padEnd(24)} ${l.fileLevel ? '' : redact(l.secret)}`);
  }
};
const printFp = (title, match, familyOf) => {
  const fps = match.results.filter((r) => r.kind === 'FP');
  out();
  out(`${title} (${fps.length})`);
  const groups = new Map();
  for (const r of fps) {
    const key = `${r.finding.ruleId} (${familyOf(r.finding)})`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(r);
  }
  for (const [key, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    out(`  ${key}`);
    for (const r of list) {
      const where = `${r.finding.file}:${r.finding.line}`;
      out(`    ${where.padEnd(52)} ${(r.reason ?? '').padEnd(24)} ${context(r.finding.match, r.finding.secret)}`);
    }
  }
};

printFn('leakgate false negatives, by family / provider', lg);
printFp('leakgate false positives, by rule (family)', lg, lgFamily);
if (sl) {
  const { secretlintFamily } = await import('./quality/secretlint.mjs');
  printFn('secretlint false negatives, by family / provider', sl);
  printFp('secretlint false positives, by rule (family)', sl, secretlintFamily);
}

const jsonOut = option('json');
if (jsonOut) {
  const brief = (m) => ({
    families: m.families,
    total: m.total,
  });
  writeFileSync(
    jsonOut,
    `${JSON.stringify(
      {
        seed,
        files: corpus.files.length,
        planted: required.length,
        decoys: decoys.length,
        leakgate: { ...brief(lgMetrics), fn: lg.fn.map((l) => ({ file: l.file, line: l.line, family: l.family, provider: l.provider, kind: l.kind })), fp: lg.results.filter((r) => r.kind === 'FP').map((r) => ({ file: r.finding.file, line: r.finding.line, ruleId: r.finding.ruleId, reason: r.reason })) },
        ...(sl ? { secretlint: { ...brief(slMetrics), version: slInfo.version } } : {}),
      },
      null,
      2,
    )}\n`,
  );
}

cleanup();
process.exit(0);
