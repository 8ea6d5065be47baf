#!/usr/bin/env node
// History-attribution benchmark for `leakgate history`.
//
//   npm run bench:history-quality
//   options: --seed N      (default 20240611)
//            --keep        leave the generated repository in the temp dir
//            --build       run `npm run build` first (also done when lib/ is missing or older than src/)
//            --json FILE   write the numbers and every miss / FP / error as JSON
//            --check       exit 1 when a target (recall, precision, attribution >= 95%) is missed
//            --runs N      timing runs for the leakgate / git log ratio (default 3, median)
//
// A seeded generator builds, in os.tmpdir(), a few months of git history of a small multi-language
// project (TypeScript, Python, Go, shell, YAML/INI, Markdown) by a team in five time zones, with
// fake secrets built at run time and planted the ways secrets travel through history: on several
// branches, in merges and a conflict resolution, in files renamed or deleted later, removed again,
// cherry-picked, squash-merged, rebased, copied, reverted and re-applied. Each planted secret is
// labelled with the commit that truly introduces it. Decoys (placeholders, references, checksum-
// invalid tokens, public keys) must not be reported. leakgate's findings are matched to labels by
// file + secret and then checked for commit, presentInHead, occurrences and line.
// Exit status: 0; 2 when leakgate or git failed; 1 with --check when a target is missed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHistory } from './history-quality/history.mjs';
import { createRandom } from './history-quality/prng.mjs';
import { describeCommit, diagnoseAttribution, diagnosePresent, norm, score } from './history-quality/score.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'leakgate.js');
const TARGETS = { recall: 0.95, precision: 0.95, attribution: 0.95 };

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const seed = Number(option('seed', 20240611)) >>> 0;
const runs = Math.max(1, Number(option('runs', 3)) | 0);
const out = (line = '') => process.stdout.write(`${line}\n`);
const pct = (n, d) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
const mark = (n, d, target) => (d === 0 ? '' : n / d >= target ? '  ok' : `  BELOW TARGET (${(target * 100).toFixed(0)}%)`);
const short = (sha) => (sha ? sha.slice(0, 10) : '(none)');
const clip = (s, n = 48) => {
  const one = String(s).replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n)}…` : one;
};

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
  process.stderr.write('lib/ is missing or older than src/: npm run build ...\n');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write('build failed\n');
    process.exit(2);
  }
}

// ---------------------------------------------------------------- generate the history
const dir = mkdtempSync(join(tmpdir(), 'leakgate-history-quality-'));
const cleanup = () => {
  if (!flag('keep')) rmSync(dir, { recursive: true, force: true });
};
const t0 = Date.now();
let built;
try {
  built = buildHistory(dir, createRandom(seed));
} catch (error) {
  process.stderr.write(`generating the history failed: ${error.stack ?? error}\n`);
  cleanup();
  process.exit(2);
}
const { repo, labels, decoys } = built;
const genMs = Date.now() - t0;

// ground truth about HEAD (the checked-out main branch)
const headFiles = new Set(repo.git(['ls-tree', '-r', '--name-only', 'HEAD']).split('\n').filter(Boolean));
const headText = new Map();
const showHead = (path) => {
  if (!headText.has(path)) headText.set(path, headFiles.has(path) ? repo.git(['show', `HEAD:${path}`]) : undefined);
  return headText.get(path);
};
const ctx = {
  commits: repo.commits,
  currentPath: (path) => repo.currentPath(path),
  fileInHead: (path) => headFiles.has(path),
  truthPresent: (label) => {
    const text = showHead(repo.currentPath(label.file));
    return text !== undefined && norm(text).includes(norm(label.secret));
  },
};

// ---------------------------------------------------------------- run leakgate (and time it against git log)
const timed = (cmd, args) => {
  const start = process.hrtime.bigint();
  const res = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  return { res, ms: Number(process.hrtime.bigint() - start) / 1e6 };
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const leakgateArgs = [BIN, 'history', '--format', 'json', '--no-redact', '--no-baseline', '--route', option('route', 'auto')];
const leakgateRuns = [];
const gitRuns = [];
let report;
let gitBytes = 0;
for (let i = 0; i < runs; i++) {
  const lg = timed(process.execPath, leakgateArgs);
  if (lg.res.status !== 0 && lg.res.status !== 1) {
    process.stderr.write(`leakgate history exited ${lg.res.status}: ${lg.res.stderr}\n`);
    cleanup();
    process.exit(2);
  }
  leakgateRuns.push(lg.ms);
  report ??= JSON.parse(lg.res.stdout);
  const g = timed('git', ['log', '-p', '--all', '-U0']);
  if (g.res.status !== 0) {
    process.stderr.write(`git log failed: ${g.res.stderr}\n`);
    cleanup();
    process.exit(2);
  }
  gitBytes = Buffer.byteLength(g.res.stdout);
  gitRuns.push(g.ms);
}

// ---------------------------------------------------------------- score
const findings = report.findings;
const s = score(findings, labels, decoys, ctx);
const c = s.counts;
const precisionDenominator = c.secretFindings; // path-only findings are shown apart, below
const files = headFiles.size;
const branches = repo.git(['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes', 'refs/tags']).split('\n').filter(Boolean);
const merges = [...repo.commits.values()].filter((x) => x.kind.startsWith('merge')).length;

out(`leakgate history-attribution benchmark · seed ${seed}`);
out(`repository: ${repo.commits.size} commits (${merges} merges), ${files} files at HEAD, ${branches.length} refs (${branches.join(', ')})`);
out(`            generated in ${(genMs / 1000).toFixed(1)} s at ${dir}${flag('keep') ? '' : ' (deleted at exit; --keep to keep it)'}`);
out(`leakgate:   ${report.scan.commits} commits, ${report.scan.files} file diffs, ${report.scan.rules} rules, exit ${findings.length > 0 ? 1 : 0}`);
out();
out(`planted secrets        ${c.planted}   (decoys: ${decoys.length})`);
out(`findings               ${c.findings}   (${c.secretFindings} secret findings + ${c.pathFindings} path-only findings)`);
out(`found                  ${c.found}`);
out(`recall                 ${pct(c.found, c.planted)}${mark(c.found, c.planted, TARGETS.recall)}`);
out(`precision              ${pct(c.truePositives, precisionDenominator)}${mark(c.truePositives, precisionDenominator, TARGETS.precision)}   (${c.falsePositives} false positives among ${precisionDenominator} secret findings)`);
const strictFp = c.falsePositives + s.pathChecks.filter((p) => !p.planted).length;
out(`  with path-only findings counted: ${pct(c.truePositives, c.findings - s.pathChecks.filter((p) => p.planted).length)} (path findings on files holding planted secrets are not FPs; ${s.pathChecks.filter((p) => !p.planted).length} on other files counted as FPs, ${strictFp} in all)`);
out(`attribution accuracy   ${pct(c.attributionOk, c.found)}${mark(c.attributionOk, c.found, TARGETS.attribution)}   (${c.attributionOk}/${c.found}: finding.commit is the labelled introducing commit)`);
{
  const multi = s.found.filter((r) => r.label.expectOccurrences > 1);
  out(`  of which secrets carried by 2+ commits (cherry-pick, squash, rebase, revert, rewrites): ${multi.filter((r) => r.attributionOk).length}/${multi.length} attributed to the original`);
}
out(`presentInHead accuracy ${pct(c.presentOk, c.found)}   (${c.presentOk}/${c.found})`);
out(`occurrences correct    ${pct(c.occurrencesOk, c.found)}   (${c.occurrencesOk}/${c.found}; expected 2 where a secret is carried by two commits)`);
for (const r of s.results.filter((x) => x.label.cherryPick)) {
  const f = r.finding;
  const findingsForSecret = findings.filter((x) => norm(x.secret) === norm(r.label.secret));
  out(
    `  cherry-pick ${r.label.id} (${r.label.file}): ${r.found ? `${findingsForSecret.length} finding(s), occurrences ${f.occurrences} (expected 2), commit ${short(f.commit)} ${f.commit === r.label.commit ? '= original' : `!= original ${short(r.label.commit)}`}` : 'NOT FOUND'}` +
      `  => ${r.found && findingsForSecret.length === 1 && f.occurrences === 2 && f.commit === r.label.commit ? 'correct' : 'WRONG'}`,
  );
}
const bySecret = (secret) => findings.filter((x) => norm(x.secret) === norm(secret));
for (const r of s.results.filter((x) => x.label.scenario === 'same secret copied to a second file')) {
  const fs = bySecret(r.label.secret);
  const filesSeen = [...new Set(fs.map((x) => x.file))];
  const ok = r.found && r.attributionOk && filesSeen.length === fs.length && fs.length === 2;
  out(`  copy ${r.label.id} (${r.label.family}): ${fs.length} finding(s) in ${filesSeen.join(' and ')}${r.found ? `, copy attributed to ${short(r.finding.commit)}` : ''}  => ${ok ? 'correct' : 'WRONG'}`);
}
for (const r of s.results.filter((x) => repo.currentPath(x.label.file) !== x.label.file)) {
  const fs = bySecret(r.label.secret);
  const ok = fs.length === 1 && r.found && r.attributionOk;
  out(`  rename ${r.label.id} ${r.label.file} -> ${repo.currentPath(r.label.file)}: ${fs.length} finding(s), ${r.found ? `commit ${short(r.finding.commit)} ${r.attributionOk ? '= original' : '!= original'}` : 'not found'}  => ${ok ? 'correct (not re-reported)' : 'WRONG'}`);
}
for (const r of s.results.filter((x) => x.label.scenario === 'secret added only in a merge conflict resolution')) {
  out(`  conflict-resolution ${r.label.id}: ${r.found ? `attributed to ${describeCommit(repo.commits, r.finding.commit)}` : 'NOT FOUND'}  => ${r.found && r.attributionOk ? 'correct' : 'WRONG'}`);
}
out(`line accuracy          ${pct(c.lineOk, c.found)}   (${c.lineOk}/${c.found}, informational: line in the introducing commit)`);
out();
const lgMed = median(leakgateRuns);
const gitMed = median(gitRuns);
const gitCc = [];
for (let i = 0; i < runs; i++) gitCc.push(timed('git', ['log', '-p', '--cc', '-M', '--all', '-U0', '--full-index']).ms);
out(`time: leakgate history ${lgMed.toFixed(0)} ms vs git log -p --all -U0 ${gitMed.toFixed(0)} ms (${(gitBytes / 1024).toFixed(0)} KB of patch), median of ${runs}: ratio ${(lgMed / gitMed).toFixed(1)}x`);
out(`      leakgate runs ${leakgateRuns.map((x) => x.toFixed(0)).join(', ')} ms · git runs ${gitRuns.map((x) => x.toFixed(0)).join(', ')} ms (leakgate's own durationMs: ${report.scan.durationMs})`);
out(`      for reference, git log -p --cc -M --all -U0 --full-index (the diff leakgate asks for): ${median(gitCc).toFixed(0)} ms median`);

// ---------------------------------------------------------------- per scenario
out();
out('by scenario (found / attributed / presentInHead / occurrences):');
const scenarios = new Map();
for (const r of s.results) {
  const key = r.label.scenario;
  if (!scenarios.has(key)) scenarios.set(key, []);
  scenarios.get(key).push(r);
}
for (const [name, rs] of scenarios) {
  const n = rs.length;
  const f = rs.filter((r) => r.found);
  out(`  ${name.padEnd(72)} ${f.length}/${n}  ${f.filter((r) => r.attributionOk).length}/${f.length}  ${f.filter((r) => r.presentOk).length}/${f.length}  ${f.filter((r) => r.occurrencesOk).length}/${f.length}`);
}

// ---------------------------------------------------------------- misses
const misses = s.results.filter((r) => !r.found);
out();
out(`misses (${misses.length}):`);
for (const r of misses) {
  const l = r.label;
  // Is the secret found when the introducing commit's file is scanned as a file? Then history lost it.
  const blob = repo.git(['show', `${l.commit}:${l.file}`], { allowFail: true });
  let fileMode = 'file not in the introducing commit';
  if (blob.status === 0) {
    const scan = spawnSync(process.execPath, [BIN, 'scan', '-', '--format', 'json', '--no-redact', '--no-baseline'], { cwd: dir, input: blob.stdout, encoding: 'utf8' });
    const hit = scan.status === 1 && JSON.parse(scan.stdout).findings.some((f) => norm(f.secret) === norm(l.secret));
    fileMode = hit ? 'found when that file is scanned as a file: the history scan lost it' : 'not found even when that file is scanned as a file: a detection (rule) miss';
  }
  out(`  ${l.id} ${l.family} in ${l.file}:${l.line} (${l.scenario}), introduced by ${short(l.commit)}: ${fileMode}`);
  out(`      secret ${clip(l.secret)}`);
}

// ---------------------------------------------------------------- false positives
out();
out(`false positives (${s.falsePositives.length}):`);
for (const fp of s.falsePositives) {
  const f = fp.finding;
  out(`  [${fp.kind}] ${f.ruleId} ${f.file}:${f.line} ${clip(f.secret)} commit ${short(f.commit)}`);
  out(`      ${fp.why}`);
}
out();
out(`path-only findings (${s.pathChecks.length}; the file name is the finding):`);
for (const p of s.pathChecks) {
  const f = p.finding;
  out(
    `  ${f.ruleId} ${f.file} commit ${short(f.commit)} presentInHead ${f.presentInHead} (file ${p.expectPresent ? 'is' : 'is not'} in HEAD${p.presentOk ? '' : ' -> WRONG'})` +
      `${p.planted ? ' · holds planted secrets' : ' · holds no planted secret: counted as FP above in the strict figure'}`,
  );
  if (!p.presentOk) out(`      present-in-head.ts tests whether HEAD:${f.file} contains the finding's secret, which for a path-only finding is the path itself ("${f.secret}")`);
}

// ---------------------------------------------------------------- misattributions
const misattributed = s.found.filter((r) => !r.attributionOk);
out();
out(`misattributions (${misattributed.length}):`);
for (const r of misattributed) {
  out(`  ${r.label.id} ${r.label.family} ${r.label.file} (${r.label.scenario})`);
  out(`      ${diagnoseAttribution(r, repo.commits)}`);
}

// ---------------------------------------------------------------- presentInHead and occurrences errors
const presentWrong = s.found.filter((r) => !r.presentOk);
out();
out(`presentInHead errors (${presentWrong.length}):`);
for (const r of presentWrong) {
  out(`  ${r.label.id} ${r.label.family} ${r.label.file}: expected ${r.presentTruth}, got ${r.finding.presentInHead} (${r.label.scenario})`);
  out(`      ${diagnosePresent(r, ctx)}`);
}
const occWrong = s.found.filter((r) => !r.occurrencesOk);
out();
out(`occurrences errors (${occWrong.length}):`);
for (const r of occWrong) {
  out(`  ${r.label.id} ${r.label.file}: expected ${r.label.expectOccurrences}, got ${r.finding.occurrences} (${r.label.scenario})`);
}
const lineWrong = s.found.filter((r) => !r.lineOk);
if (lineWrong.length > 0) {
  out();
  out(`line differences (${lineWrong.length}, informational):`);
  for (const r of lineWrong) out(`  ${r.label.id} ${r.label.file}: expected line ${r.label.line}, got ${r.finding.line} (${r.label.scenario}; reported commit ${describeCommit(repo.commits, r.finding.commit)})`);
}

// ---------------------------------------------------------------- JSON and exit
if (option('json')) {
  const strip = (f) => f && { ruleId: f.ruleId, file: f.file, line: f.line, secret: f.secret, commit: f.commit, occurrences: f.occurrences, presentInHead: f.presentInHead };
  writeFileSync(
    option('json'),
    `${JSON.stringify(
      {
        seed,
        repository: { commits: repo.commits.size, merges, files, refs: branches },
        counts: c,
        timing: { leakgateMs: leakgateRuns, gitLogMs: gitRuns, ratio: lgMed / gitMed },
        results: s.results.map((r) => ({ ...r, label: { ...r.label }, finding: strip(r.finding) })),
        falsePositives: s.falsePositives.map((fp) => ({ ...fp, finding: strip(fp.finding) })),
        pathFindings: s.pathChecks.map((p) => ({ ...p, finding: strip(p.finding) })),
      },
      null,
      2,
    )}\n`,
  );
}
cleanup();
const missed =
  c.found / c.planted < TARGETS.recall || c.truePositives / Math.max(1, precisionDenominator) < TARGETS.precision || c.attributionOk / Math.max(1, c.found) < TARGETS.attribution;
process.exit(flag('check') && missed ? 1 : 0);
