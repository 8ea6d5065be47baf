#!/usr/bin/env node
// Recall on a collection of files people commit by mistake, labelled by its author: Leaky Repo
// (github.com/Plazmaz/leaky-repo), whose `.leaky-meta/secrets.csv` counts, per file, the lines that
// hold a risk. Nothing of it is committed here: pass a checkout or a bare mirror of it (fetch one),
// and this scans its tree with leakgate at the default floor and at low, and scores each file as
// min(lines reported, lines of risk). Findings outside the labelled files are counted apart.
//
//   node bench/leak-collections.mjs --repo <leaky-repo checkout or mirror> [--leakgate bin/leakgate.js] [--json]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    repo: { type: 'string' },
    leakgate: { type: 'string', default: resolve(import.meta.dirname, '../bin/leakgate.js') },
    json: { type: 'boolean', default: false },
  },
});
if (!values.repo) {
  console.error('leak-collections: --repo <a checkout or bare mirror of Plazmaz/leaky-repo> is required');
  process.exit(2);
}

/** A work tree of the collection: the checkout itself, or HEAD of a bare mirror unpacked into a temp dir. */
const treeOf = (repo) => {
  if (existsSync(join(repo, '.leaky-meta', 'secrets.csv'))) return { dir: repo, done: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'leaky-'));
  execFileSync('sh', ['-c', `git --git-dir="$1" archive HEAD | tar -x -C "$2"`, 'sh', repo, dir]);
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
};

/** `name,num_risk,num_informative` lines; `#` comments and blank lines skipped. */
const readLabels = (dir) => {
  const labels = new Map();
  for (const line of readFileSync(join(dir, '.leaky-meta', 'secrets.csv'), 'utf8').split('\n')) {
    const m = /^([^#,\s][^,]*),(\d+),(\d+)\s*$/.exec(line.trim());
    if (m) labels.set(m[1].replace(/^\//, ''), { risk: Number(m[2]), informative: Number(m[3]) });
  }
  return labels;
};

const scan = (dir, confidence) => {
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [values.leakgate, 'scan', '.', '--format', 'json', '--no-progress', '--confidence', confidence, '--no-baseline'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (error) {
    if (error.status !== 1) throw error;
    stdout = error.stdout;
  }
  return JSON.parse(stdout).findings;
};

const score = (labels, findings) => {
  const lines = new Map();
  for (const finding of findings) {
    const set = lines.get(finding.file) ?? new Set();
    set.add(finding.line);
    lines.set(finding.file, set);
  }
  const files = [...labels].filter(([, label]) => label.risk > 0).map(([file, label]) => ({
    file, risk: label.risk, reported: lines.get(file)?.size ?? 0, found: Math.min(label.risk, lines.get(file)?.size ?? 0),
  }));
  const outside = findings.filter((finding) => !labels.has(finding.file) && !finding.file.startsWith('.leaky-meta/'));
  const risk = files.reduce((sum, f) => sum + f.risk, 0);
  const found = files.reduce((sum, f) => sum + f.found, 0);
  return { files, risk, found, filesWithRisk: files.length, filesFound: files.filter((f) => f.found > 0).length, outside: outside.length };
};

const tree = treeOf(resolve(values.repo));
try {
  const labels = readLabels(tree.dir);
  const medium = score(labels, scan(tree.dir, 'medium'));
  const low = score(labels, scan(tree.dir, 'low'));
  if (values.json) {
    console.log(JSON.stringify({ medium, low }, null, 2));
  } else {
    const pct = (a, b) => `${((100 * a) / b).toFixed(1)} %`;
    console.log(`Leaky Repo: ${medium.filesWithRisk} files with ${medium.risk} lines of risk (the author's labels)`);
    for (const [name, s] of [['medium (default)', medium], ['low', low]]) {
      console.log(`  at ${name}: ${s.found} / ${s.risk} lines (${pct(s.found, s.risk)}), ${s.filesFound} / ${s.filesWithRisk} files with at least one; ${s.outside} findings in unlabelled files`);
    }
    const short = medium.files.filter((f) => f.found < f.risk);
    if (short.length > 0) {
      console.log('  files short of their label at the default floor (lines reported / lines of risk):');
      for (const f of short) console.log(`    ${f.file}: ${f.reported} / ${f.risk}`);
    }
  }
} finally {
  tree.done();
}
