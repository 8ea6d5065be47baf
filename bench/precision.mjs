#!/usr/bin/env node
// The real-tree precision panel of issue 16: leakgate on ~80 public repositories it was never tuned
// on, findings per 1,000 files and precision per rule family, on the `work` and `holdout` halves.
//
//   npm run bench:precision -- --label before
//   npm run bench:precision -- --label after --leakgate ../other/bin/leakgate.js --args "--confidence low"
//   npm run bench:precision -- --compare before after
//   npm run bench:precision -- --label before --reuse --half work --unjudged .bench-cache/precision/unjudged-work.jsonl
//
// options: --mirrors DIR (fetched snapshots, default /work/.mirror)  --trees DIR (extracted trees,
//          default .bench-cache/panel)  --leakgate PATH  --half work|workN|holdout|holdoutN|both  --label NAME
//          --args "…" (extra scan flags)  --reuse (score the label's saved findings, scan only what
//          is missing)  --unjudged FILE  --compare LABEL_A LABEL_B
//          --panel FILE, --verdicts DIR, --cache DIR (default bench/precision/panel.json,
//          bench/precision/, .bench-cache/precision: for a panel of one's own, and for the tests)
// Paths given are taken from the current folder. Findings (never values) go to
// .bench-cache/precision/<label>/; verdicts are read from bench/precision/verdicts-{work,holdout}.jsonl.
// See bench/precision/README.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { familyLookup, ruleFamilies } from './precision/families.mjs';
import { runScans } from './precision/run-scans.mjs';
import { indexVerdicts, parseVerdicts } from './precision/sample.mjs';
import { formatCompare, formatHalf, scoreHalf } from './precision/score.mjs';
import { dirOf, extractTree, gitDirOf } from './precision/trees.mjs';
import { writeUnjudged } from './precision/unjudged.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const HERE = join(ROOT, 'bench', 'precision');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const out = (text = '') => process.stdout.write(`${text}\n`);
const note = (text) => process.stderr.write(`${text}\n`);

const options = {
  mirrors: resolve(option('mirrors', '/work/.mirror')),
  trees: resolve(option('trees', join(ROOT, '.bench-cache', 'panel'))),
  leakgate: resolve(option('leakgate', join(ROOT, 'bin', 'leakgate.js'))),
  half: option('half', 'both'),
  label: option('label', 'run'),
  extraArgs: option('args', '').split(/\s+/).filter(Boolean),
  cacheDir: resolve(option('cache', join(ROOT, '.bench-cache', 'precision'))),
  verdicts: resolve(option('verdicts', HERE)),
  concurrency: 2,
  progress: note,
};
if (!/^(work\d*|holdout\d*|both)$/.test(options.half)) {
  note(`--half must be work, workN, holdout, holdoutN or both, not ${options.half}`);
  process.exit(2);
}
const halves = options.half === 'both' ? ['work', 'holdout'] : [options.half];
const panel = JSON.parse(readFileSync(resolve(option('panel', join(HERE, 'panel.json'))), 'utf8')).filter((r) => halves.includes(r.half));
const treeOf = (row) => join(options.trees, dirOf(row.repo));

const savedPath = (label, row) => join(options.cacheDir, label, `${dirOf(row.repo)}.json`);
function loadSaved(label, row) {
  const path = savedPath(label, row);
  if (!existsSync(path)) return null;
  const saved = JSON.parse(readFileSync(path, 'utf8'));
  return saved.commit === row.commit && !saved.error ? saved : null;
}

function loadVerdicts(familyOf) {
  const all = [];
  for (const half of new Set(['work', 'holdout', ...halves])) {
    const path = join(options.verdicts, `verdicts-${half}.jsonl`);
    if (existsSync(path)) all.push(...parseVerdicts(readFileSync(path, 'utf8'), path));
  }
  return indexVerdicts(all, familyOf);
}

function familiesOf(label, compute) {
  const path = join(options.cacheDir, label, 'families.json');
  if (!compute && existsSync(path)) return JSON.parse(readFileSync(path, 'utf8'));
  const map = ruleFamilies(options.leakgate);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(map, null, 1)}\n`);
  return map;
}

function compare(labelA, labelB) {
  const runs = [labelA, labelB].map((label) => {
    const results = panel.map((row) => loadSaved(label, row));
    const missing = panel.filter((_, i) => !results[i]).map((r) => r.repo);
    if (missing.length) throw new Error(`run "${label}" has no saved findings for ${missing.join(', ')}`);
    const familyOf = familyLookup(familiesOf(label, false));
    return { label, results, familyOf, index: loadVerdicts(familyOf) };
  });
  for (const half of halves) {
    const [a, b] = runs.map((r) => scoreHalf(r.results.filter((x) => x.half === half), r.index, r.familyOf));
    for (const l of formatCompare(half, labelA, a, labelB, b)) out(l);
    out();
  }
}

async function run() {
  const started = Date.now();
  const familyOf = familyLookup(familiesOf(options.label, true));
  const reused = panel.map((row) => (flag('reuse') ? loadSaved(options.label, row) : null));
  const todo = panel.filter((_, i) => !reused[i]);
  for (const row of todo) {
    const { missing } = extractTree(gitDirOf(options.mirrors, row.repo), row.repo, row.commit, options.trees);
    if (missing.length) note(`${row.repo}: ${missing.length} file(s) not in the snapshot, left out`);
  }
  const scanned = await runScans(todo, treeOf, options);
  const results = panel.map((row, i) => reused[i] ?? scanned[todo.indexOf(row)]);
  const failed = results.filter((r) => r.error);
  for (const r of failed) note(`${r.repo}: scan failed: ${r.error}`);
  const index = loadVerdicts(familyOf);
  out(`leakgate ${options.leakgate}${options.extraArgs.length ? ` ${options.extraArgs.join(' ')}` : ''}; ` +
    `${todo.length} scanned, ${panel.length - todo.length} reused, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const half of halves) {
    out();
    for (const l of formatHalf(half, options.label, scoreHalf(results.filter((r) => r.half === half), index, familyOf))) out(l);
  }
  const unjudged = option('unjudged', null);
  if (unjudged) {
    const n = writeUnjudged(resolve(unjudged), results.filter((r) => !r.error), index, familyOf, treeOf);
    note(`${n} sampled finding(s) without a verdict written to ${unjudged}`);
  }
  return failed.length ? 2 : 0;
}

try {
  const labels = option('compare', null) && argv.slice(argv.indexOf('--compare') + 1, argv.indexOf('--compare') + 3);
  if (labels) {
    compare(labels[0], labels[1]);
  } else {
    process.exitCode = await run();
  }
} catch (error) {
  note(`bench:precision: ${error.message}`);
  process.exitCode = 2;
}
