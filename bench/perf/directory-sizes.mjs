// The directory figures at both ends of the size range (issue 20):
// - a tree of ~400 small real source files, `leakgate scan DIR` against a bare `node -e 0` (and
//   against `gitleaks dir` when a gitleaks binary is on PATH), measured interleaved;
// - single large files scanned with default options (no --max-file-size): a 200 MB SQL-dump-like
//   file and a 30 MB minified bundle, both made of real text from the corpus, each with a key
//   written on its last line at build time (found or not is checked), time and peak RSS.
import { randomInt } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { sourceFiles } from './corpus.mjs';
import { LEAKGATE_BIN, NODE, log, measureInterleaved, measureRuns, run } from './util.mjs';

const SMALL_TREE_FILES = 400;
const SMALL_TREE_VERSION = 1;
const LARGE_VERSION = 2;

/** 400 real source files of 200 B to 32 KB (what a small repository holds), in package folders. */
export const buildSmallTree = (cache) => {
  const dir = join(cache, 'small-tree');
  const markerPath = join(cache, 'small-tree.json');
  if (existsSync(markerPath) && existsSync(dir)) {
    const marker = JSON.parse(readFileSync(markerPath, 'utf8'));
    if (marker.version === SMALL_TREE_VERSION) return { dir, ...marker };
  }
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  const files = sourceFiles(cache, { minSize: 200, maxSize: 32 * 1024 }).slice(0, SMALL_TREE_FILES);
  let bytes = 0;
  for (const file of files) {
    const target = join(tmp, file.pkg.replace(/^@/, '').replace(/[/@]/g, '-'), file.rel);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file.abs, target);
    bytes += file.size;
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  const marker = { version: SMALL_TREE_VERSION, files: files.length, bytes };
  writeFileSync(markerPath, JSON.stringify(marker, null, 2));
  return { dir, ...marker };
};

/** A gitleaks binary on PATH, if any (`gitleaks dir` needs 8.19 or later). */
const findGitleaks = () => {
  const probe = spawnSync('gitleaks', ['version'], { encoding: 'utf8' });
  return probe.status === 0 ? { version: probe.stdout.trim() } : undefined;
};

export const smallTreeFigure = async ({ cache, runs }) => {
  const tree = buildSmallTree(cache);
  const gitleaks = findGitleaks();
  const n = Math.max(11, runs * 5);
  log(`directory (small tree): ${tree.files} files, ${(tree.bytes / 1e6).toFixed(1)} MB in ${tree.dir}; ${n} runs each, interleaved${gitleaks ? `; gitleaks ${gitleaks.version}` : '; no gitleaks on PATH'}`);
  const commands = [
    { cmd: NODE, args: [LEAKGATE_BIN, 'scan', tree.dir, '--format', 'json', '--no-progress'], options: { cwd: cache, okCodes: [0, 1] }, label: 'leakgate scan (small tree)' },
    { cmd: NODE, args: ['-e', '0'], options: { cwd: cache } },
    ...(gitleaks ? [{ cmd: 'gitleaks', args: ['dir', tree.dir, '--no-banner', '--exit-code', '0', '--report-path', '/dev/null'], options: { cwd: cache } }] : []),
  ];
  // One untimed run of each first: the first timed run must not pay for a cold disk cache.
  for (const { cmd, args, options } of commands) await measureRuns(1, cmd, args, options);
  const [leakgate, bareNode, reference] = await measureInterleaved(n, commands);
  return { tree, leakgate, bareNode, gitleaks: reference ? { ...reference, version: gitleaks.version } : undefined, runs: n };
};

const awsKeyId = () => `AKIA${Array.from({ length: 16 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[randomInt(32)]).join('')}`;

/** Writes chunks from `next()` until `bytes`, then the key line; returns the key line's number. */
const writeUntil = (path, bytes, next, keyLine) => {
  const fd = openSync(path, 'w');
  let size = 0;
  let lines = 0;
  try {
    while (size < bytes) {
      const chunk = Buffer.from(next());
      writeSync(fd, chunk);
      size += chunk.length;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
    }
    writeSync(fd, keyLine);
  } finally {
    closeSync(fd);
  }
  return lines + 1;
};

/** SQL rows holding real source lines, ~200 MB: what a database dump of a code-hosting table looks like. */
const buildDump = (cache, path, key) => {
  const files = sourceFiles(cache, { minSize: 200, maxSize: 200 * 1024 });
  let id = 0;
  let i = 0;
  const sql = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  return writeUntil(path, 200e6, () => {
    const file = files[i++ % files.length];
    const rows = readFileSync(file.abs, 'utf8').split('\n').map((line, n) => `INSERT INTO source_lines (id, path, line, text) VALUES (${++id}, ${sql(file.rel)}, ${n + 1}, ${sql(line)});`);
    return `${rows.join('\n')}\n`;
  }, `-- restored with aws_access_key_id = ${key}\n`);
};

/** Lines over 1,000 characters on average: minified (three's and prettier's builds, react-dom's .min.js). */
const isMinified = (text) => text.length / Math.max(1, text.split('\n').length) > 1000;

/** Minified real JS, ~30 MB. */
const buildBundle = (cache, path, key) => {
  const minified = sourceFiles(cache, { minSize: 50 * 1024 })
    .filter((file) => /\.[cm]?js$/.test(file.rel))
    .filter((file) => isMinified(readFileSync(file.abs, 'utf8')))
    .sort((a, b) => b.size - a.size || (a.abs < b.abs ? -1 : 1));
  let i = 0;
  return writeUntil(path, 30e6, () => {
    const text = readFileSync(minified[i++ % minified.length].abs, 'utf8');
    return text.endsWith('\n') ? text : `${text}\n`;
  }, `var config={region:"eu-west-1",accessKeyId:"${key}"};\n`);
};

export const buildLargeFiles = (cache) => {
  const dir = join(cache, 'large-files');
  const markerPath = join(cache, 'large-files.json');
  if (existsSync(markerPath) && existsSync(dir)) {
    const marker = JSON.parse(readFileSync(markerPath, 'utf8'));
    if (marker.version === LARGE_VERSION) return { dir, ...marker };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`building the large files in ${dir}`);
  const files = [];
  for (const [name, build] of [['dump-200mb.sql', buildDump], ['bundle-30mb.min.js', buildBundle]]) {
    const key = awsKeyId();
    const line = build(cache, join(dir, name), key);
    files.push({ name, key, line });
  }
  const marker = { version: LARGE_VERSION, files };
  writeFileSync(markerPath, JSON.stringify(marker, null, 2));
  return { dir, ...marker };
};

/** Each large file, default options: found (the key on its line, once), time and peak RSS. */
export const largeFileFigures = async ({ cache, runs }) => {
  const built = buildLargeFiles(cache);
  const out = [];
  for (const { name, key, line } of built.files) {
    const path = join(built.dir, name);
    const args = [LEAKGATE_BIN, 'scan', path, '--format', 'json', '--no-progress', '--no-redact'];
    const report = JSON.parse(run(NODE, args, { cwd: cache, okCodes: [0, 1] }));
    const hits = report.findings.filter((finding) => finding.secret === key);
    const found = hits.length === 1 && hits[0].line === line;
    const bytes = report.scan.bytes;
    log(`directory (large file): ${name}, ${(bytes / 1e6).toFixed(0)} MB: key on line ${line} ${found ? 'found' : `NOT FOUND (${hits.map((hit) => hit.line).join(', ') || 'no finding'}; skipped: ${JSON.stringify(report.skipped)})`}`);
    const timing = await measureRuns(runs, NODE, args, { cwd: cache, okCodes: [0, 1] }, `leakgate scan ${name}`);
    out.push({ name, bytes, found, ...timing });
  }
  return out;
};
