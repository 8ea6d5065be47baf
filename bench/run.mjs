#!/usr/bin/env node
// leakgate's performance benchmark (npm run bench). Prints each figure beside its reference:
//   history    leakgate history         vs git log -p --all --full-history -U0 --no-color
//   directory  leakgate scan DIR        vs secretlint (recommended preset); a 200 MB and a 30 MB
//              file, time and RSS; and the small part
//   small      leakgate scan DIR of ~400 small files vs node -e 0 (and gitleaks dir when on PATH),
//              interleaved, with the load average beside it (issue 20's small-tree target)
//   staged     leakgate staged          vs node -e 0, and vs secretlint on the same 20 files
//   detector   the pure detector's MB/s on ~100 MB of real code, and its 5 worst rules (ms/MB)
//              on adversarial inputs
//   merge      leakgate report merge on 1,000 and 10,000 generated reports of 100 findings (time,
//              peak RSS flat as inputs grow 10x), and the HTML report of 10,000 findings in Chromium
// Times are medians of --runs N (default 3); peak RSS comes from GNU time -v.
// Everything it downloads or builds lives in ~/.cache/leakgate-bench (or --cache DIR).
//
// Usage: node bench/run.mjs [--runs N] [--only history|directory|staged|detector|merge[,…]]
//          [--history-size small|large|none] [--history-repo DIR[,DIR…]] [--range-repo DIR] [--cache DIR] [--cpu-prof]
//          [--secretlint-timeout SECONDS] [--detector-mb N] [--json FILE] [--dir-repo DIR]
//   --history-repo adds histories measured as they are (a clone or bare mirror of eslint, lodash,
//   express: each beside git log -p, both routes, auto's choice); --range-repo DIR (default: the
//   first --history-repo, else this repository) is where ranges of 100 and 1,000 commits are timed.
//   --dir-repo DIR adds a directory figure on the working tree (HEAD) of the git repository DIR,
//   e.g. a clone of rails, the issue's reference tree (secretlint takes minutes there).
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { summariseProfileDir } from './perf/profile.mjs';
import { adversarialFigure, throughputFigure } from './perf/detector.mjs';
import { directoryFigure, repoTreeFigure } from './perf/directory.mjs';
import { largeFileFigures, smallTreeFigure } from './perf/directory-sizes.mjs';
import { historyFigure } from './perf/history.mjs';
import { rangeFigure } from './perf/range.mjs';
import { mergeFigure } from './perf/merge.mjs';
import { stagedFigure } from './perf/staged.mjs';
import { REPO_DIR, cacheDir, findTimeTool, fmtMb, fmtMs, fmtRss, log, run, table } from './perf/util.mjs';

const PARTS = ['history', 'directory', 'small', 'staged', 'detector', 'merge'];

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    'history-size': { type: 'string', default: 'large' },
    'history-repo': { type: 'string' },
    cache: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
    'secretlint-timeout': { type: 'string', default: '600' },
    'detector-mb': { type: 'string', default: '100' },
    json: { type: 'string' },
    'dir-repo': { type: 'string' },
    'range-repo': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (opts.help) {
  process.stdout.write(`usage: node bench/run.mjs [--runs N] [--only ${PARTS.join('|')}[,…]] [--history-size small|large|none]
       [--history-repo DIR[,DIR…]] [--range-repo DIR] [--cache DIR] [--cpu-prof] [--secretlint-timeout SECONDS] [--detector-mb N] [--json FILE] [--dir-repo DIR]\n`);
  process.exit(0);
}

const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
const only = opts.only ? opts.only.split(',').map((part) => part.trim()) : PARTS;
for (const part of only) if (!PARTS.includes(part)) throw new Error(`--only: unknown part "${part}" (${PARTS.join(', ')})`);
const cache = cacheDir(opts.cache);

/** Warns when lib/ is older than src/ (the benchmark measures the built lib/, it does not build). */
const checkBuild = () => {
  if (!existsSync(join(REPO_DIR, 'lib', 'cli', 'main.js'))) {
    throw new Error('lib/ is not built: run `npx tsc -p tsconfig.build.json` (npm run build) first');
  }
  const stale = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const built = join(REPO_DIR, 'lib', relative(join(REPO_DIR, 'src'), path)).replace(/\.ts$/, '.js');
        if (!existsSync(built) || statSync(built).mtimeMs < statSync(path).mtimeMs) stale.push(relative(REPO_DIR, path));
      }
    }
  };
  walk(join(REPO_DIR, 'src'));
  if (stale.length) log(`WARNING: lib/ is older than ${stale.length} source file(s) (${stale.slice(0, 3).join(', ')}…): run npm run build`);
};

const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const cpu = (a, b) => (a?.cpuMs === undefined ? 'n/a' : `${fmtMs(a.cpuMs)}${b?.cpuMs === undefined ? '' : ` / ${fmtMs(b.cpuMs)}`}`);
const verdict = (ok) => (ok === undefined ? '' : ok ? 'PASS' : 'FAIL');

/** Per-history targets of issue 20, by the repository's name; the built npm history is "npm". */
const historyTarget = (name) => (/eslint/.test(name) ? 0.8 : /express/.test(name) ? 1.5 : 1.0);

/** The rows of one history: auto (judged), the route not picked, git alone with each route's args. */
const historyRows = (h, rows, notes) => {
  const best = h.byDefault;
  const other = h.other;
  const name = h.info.size === 'given' ? h.info.repo.split('/').filter((part) => part !== 'repo').slice(-1)[0] : `npm ${h.info.size}`;
  const target = historyTarget(name);
  const r = best.ms / h.reference.ms;
  const what = `${h.info.commits} commits, ${fmtMb(h.info.patchBytes)} patch text, ${fmtMb(h.info.blobBytes)} of objects`;
  rows.push([
    `history ${name} (${what}): auto picks ${h.auto}`,
    fmtMs(best.ms),
    `${fmtMs(h.reference.ms)} git log -p`,
    ratio(best.ms, h.reference.ms),
    `${fmtRss(best.rssKb)} / ${fmtRss(h.reference.rssKb)}`,
    cpu(best, h.reference),
    `<= ${target}x, RSS <= 400 MB`,
    verdict(r <= target && best.rssKb !== undefined && best.rssKb * 1024 <= 400e6),
  ]);
  const faster = Math.min(best.ms, h.byOther.ms);
  rows.push([`  history ${name} --route ${other} (the route not picked)`, fmtMs(h.byOther.ms), `${fmtMs(h.reference.ms)} git log -p`, ratio(h.byOther.ms, h.reference.ms), `${fmtRss(h.byOther.rssKb)}`, cpu(h.byOther, h.reference), 'auto within 10 % of the faster', verdict(best.ms <= faster * 1.1)]);
  for (const [label, figure] of [
    ["  git alone, the diff route's git log -p -M --cc", h.gitDiff],
    ['  git alone, cat-file --batch-all-objects (blob route)', h.gitBlobs],
    ['  git alone, log --raw (blob route attribution)', h.gitRaw],
  ]) {
    rows.push([label, fmtMs(figure.ms), `${fmtMs(h.reference.ms)} git log -p`, ratio(figure.ms, h.reference.ms), `${fmtRss(figure.rssKb)}`, cpu(figure, h.reference), '(diagnostic)', '']);
  }
  const a = h.agreement;
  notes.push(`history ${name}: the routes agree on ${a.same} of ${a.diff} (diff) / ${a.blobs} (blobs) findings (rule, file, secret, commit, line); secrets the blob route missed entirely: ${a.missedByBlobs}`);
  notes.push(`history ${name}: runs: auto (${h.auto}) ${h.byDefault.all.map(fmtMs).join(', ')} · ${h.other} ${h.byOther.all.map(fmtMs).join(', ')} · git log -p ${h.reference.all.map(fmtMs).join(', ')}; repo ${h.info.repo ?? ''}`);
  if (h.profile) notes.push(`history ${name} CPU profile (${h.profile}), top self time:\n${summariseProfileDir(h.profile, 15).text}`);
};

const main = async () => {
  checkBuild();
  const timeTool = findTimeTool();
  const head = (() => {
    try {
      return run('git', ['log', '-1', '--format=%h'], { cwd: REPO_DIR }).trim();
    } catch {
      return 'unknown';
    }
  })();
  const gitVersion = run('git', ['--version']).trim();
  const loadBefore = loadavg().map((l) => l.toFixed(2)).join(' ');
  log(`leakgate at ${head}; cache ${cache}; ${runs} run(s); parts: ${only.join(', ')}`);

  const rows = [];
  const notes = [];
  const results = {};

  if (only.includes('history')) {
    // The built npm history, then each --history-repo (comma-separated: eslint, lodash, express…).
    const given = opts['history-repo'] ? opts['history-repo'].split(',').map((dir) => dir.trim()).filter(Boolean) : [];
    const histories = [...(opts['history-size'] === 'none' ? [] : [undefined]), ...given];
    results.history = [];
    for (const repo of histories) {
      const h = await historyFigure({ cache, runs, size: opts['history-size'], repo, cpuProf: opts['cpu-prof'] });
      results.history.push(h);
      historyRows(h, rows, notes);
    }
    // Ranges as CI scans them: on the first history deep enough, else this repository's own.
    const rangeRepo = opts['range-repo'] ?? given[0] ?? REPO_DIR;
    const r = await rangeFigure({ repo: rangeRepo, runs });
    results.range = r;
    for (const { range, commits, reference, leakgate } of r.ranges) {
      rows.push([`range ${range} (${commits} commits) of ${rangeRepo.split('/').slice(-2).join('/')}`, fmtMs(leakgate.ms), `${fmtMs(reference.ms)} git log -p`, ratio(leakgate.ms, reference.ms), fmtRss(leakgate.rssKb), cpu(leakgate, reference), '(CI range)', '']);
    }
  }

  if (only.includes('directory')) {
    const d = await directoryFigure({ cache, runs, secretlintTimeoutMs: Number(opts['secretlint-timeout']) * 1000 });
    results.directory = d;
    /** A directory figure judged against its target: >= 50x faster than secretlint on the same tree. */
    const judged = (label, leakgate, reference, version) => {
      const speedup = reference.ms / leakgate.ms;
      const atLeast = reference.timedOut ? '>= ' : '';
      return [
        label,
        fmtMs(leakgate.ms),
        `${atLeast}${fmtMs(reference.ms)} secretlint ${version}`,
        `${ratio(leakgate.ms, reference.ms)} (${atLeast}${speedup.toFixed(1)}x faster)`,
        `${fmtRss(leakgate.rssKb)} / ${fmtRss(reference.rssKb)}`,
        cpu(leakgate, reference),
        '>= 50x faster',
        verdict(speedup >= 50 ? true : reference.timedOut ? undefined : false) || 'n/a (timed out)',
      ];
    };
    rows.push(judged(`directory (${d.tree.files} files, ${fmtMb(d.tree.bytes)}, one ${fmtMb(d.tree.bigFile)})`, d.leakgate, d.reference, d.secretlintVersion));
    for (const [key, label] of [['small', `  directory: the ${d.tree.files - 1} small files only`], ['big', '  directory: the 50 MB file only']]) {
      const part = d.split[key];
      rows.push([
        label,
        fmtMs(part.leakgate.ms),
        `${part.reference.timedOut ? '>= ' : ''}${fmtMs(part.reference.ms)} secretlint`,
        `${ratio(part.leakgate.ms, part.reference.ms)} (${(part.reference.ms / part.leakgate.ms).toFixed(1)}x faster)`,
        `${fmtRss(part.leakgate.rssKb)} / ${fmtRss(part.reference.rssKb)}`,
        cpu(part.leakgate, part.reference),
        '(diagnostic)',
        '',
      ]);
    }
    if (opts['dir-repo']) {
      const t = await repoTreeFigure({ cache, runs, repo: opts['dir-repo'], secretlintTimeoutMs: Number(opts['secretlint-timeout']) * 1000 });
      results.directoryRepo = t;
      rows.push(judged(`directory: ${t.name}'s working tree (${t.files} files, ${fmtMb(t.bytes)})`, t.leakgate, t.reference, t.secretlintVersion));
    }
    notes.push(`directory: secretlint runs: ${d.reference.all.map(fmtMs).join(', ')}${d.reference.timedOut ? ' (timed out: lower bound)' : ''}`);
    // The other end of the size range (issue 20): large files with default options.
    const large = await largeFileFigures({ cache, runs });
    results.directoryLarge = large;
    for (const file of large) {
      rows.push([
        `directory: one ${fmtMb(file.bytes)} file (${file.name}), default options`,
        fmtMs(file.ms),
        file.found ? 'key on its last line found' : 'key NOT found',
        `${(file.bytes / 1e6 / (file.ms / 1000)).toFixed(0)} MB/s`,
        fmtRss(file.rssKb),
        cpu(file),
        'found, RSS <= 400 MB',
        verdict(file.found && file.rssKb !== undefined && file.rssKb * 1024 <= 400e6),
      ]);
    }
  }

  // A small tree against Node's own start (issue 20): with the directory part, or alone (--only small).
  if (only.includes('small') || only.includes('directory')) {
    const loadAt = loadavg()[0].toFixed(2);
    const small = await smallTreeFigure({ cache, runs });
    results.directorySmall = small;
    const toNode = small.leakgate.ms / small.bareNode.ms;
    rows.push([
      `directory: ${small.tree.files} small files (${fmtMb(small.tree.bytes)}) vs node -e 0`,
      fmtMs(small.leakgate.ms),
      `${fmtMs(small.bareNode.ms)} node -e 0`,
      ratio(small.leakgate.ms, small.bareNode.ms),
      `${fmtRss(small.leakgate.rssKb)} / ${fmtRss(small.bareNode.rssKb)}`,
      cpu(small.leakgate, small.bareNode),
      small.gitleaks ? '(diagnostic)' : '<= 2x',
      small.gitleaks ? '' : verdict(toNode <= 2),
    ]);
    if (small.gitleaks) {
      rows.push([
        `  directory: the same ${small.tree.files} files vs gitleaks dir`,
        fmtMs(small.leakgate.ms),
        `${fmtMs(small.gitleaks.ms)} gitleaks ${small.gitleaks.version}`,
        ratio(small.leakgate.ms, small.gitleaks.ms),
        `${fmtRss(small.leakgate.rssKb)} / ${fmtRss(small.gitleaks.rssKb)}`,
        cpu(small.leakgate, small.gitleaks),
        '<= 1.0x',
        verdict(small.leakgate.ms <= small.gitleaks.ms),
      ]);
    }
    notes.push(`directory (small tree): medians of ${small.runs} interleaved runs, load ${loadAt} -> ${loadavg()[0].toFixed(2)}, node ${process.version}; leakgate ${small.leakgate.all.map(fmtMs).join(', ')} · node -e 0 ${small.bareNode.all.map(fmtMs).join(', ')}${small.gitleaks ? ` · gitleaks ${small.gitleaks.all.map(fmtMs).join(', ')}` : ' · no gitleaks on PATH'}`);
  }

  if (only.includes('staged')) {
    const s = await stagedFigure({ cache, runs, cpuProf: opts['cpu-prof'] });
    results.staged = s;
    rows.push([
      `staged (${s.staged.paths.length} files, ${fmtMb(s.staged.bytes)}) vs node -e 0`,
      fmtMs(s.leakgate.ms),
      `${fmtMs(s.bareNode.ms)} node -e 0`,
      ratio(s.leakgate.ms, s.bareNode.ms),
      `${fmtRss(s.leakgate.rssKb)} / ${fmtRss(s.bareNode.rssKb)}`,
      cpu(s.leakgate, s.bareNode),
      '<= 3x',
      verdict(s.leakgate.ms / s.bareNode.ms <= 3),
    ]);
    rows.push([
      '  staged: leakgate --version (CLI start only)',
      fmtMs(s.version.ms),
      `${fmtMs(s.bareNode.ms)} node -e 0`,
      ratio(s.version.ms, s.bareNode.ms),
      `${fmtRss(s.version.rssKb)} / ${fmtRss(s.bareNode.rssKb)}`,
      cpu(s.version, s.bareNode),
      '(diagnostic)',
      '',
    ]);
    const speedup = s.reference.ms / s.leakgate.ms;
    rows.push([
      `staged vs secretlint on the same ${s.staged.paths.length} files`,
      fmtMs(s.leakgate.ms),
      `${fmtMs(s.reference.ms)} secretlint ${s.secretlintVersion}`,
      `${ratio(s.leakgate.ms, s.reference.ms)} (${speedup.toFixed(1)}x faster)`,
      `${fmtRss(s.leakgate.rssKb)} / ${fmtRss(s.reference.rssKb)}`,
      cpu(s.leakgate, s.reference),
      '>= 5x faster',
      verdict(speedup >= 5),
    ]);
    notes.push(`staged: medians of ${s.runs} runs (leakgate, node -e 0) and ${s.reference.runs} (secretlint)`);
    if (s.profile) {
      const summary = summariseProfileDir(s.profile, 12);
      results.stagedProfile = summary;
      notes.push(`staged CPU profile (${s.profile}), top self time:\n${summary.text}`);
    }
  }

  if (only.includes('detector')) {
    const t = await throughputFigure({ cache, runs, megabytes: Number(opts['detector-mb']) });
    results.throughput = t;
    rows.push([
      `detector throughput (${fmtMb(t.bytes)} real JS/TS, ${t.files} files, ${t.rules} rules)`,
      `${t.mbps.toFixed(1)} MB/s`,
      `keyword prefilter alone ${t.prefilterMbps.toFixed(0)} MB/s; first (cold) pass ${t.firstPassMbps.toFixed(0)} MB/s`,
      `${(t.mbps / 150).toFixed(2)}x of target`,
      fmtRss(t.rssKb),
      `${fmtMs(t.ms)} for ${fmtMb(t.bytes)}`,
      '>= 150 MB/s',
      verdict(t.mbps >= 150),
    ]);
    const a = await adversarialFigure({ cache });
    results.adversarial = a;
    a.worst.forEach((w, i) => {
      rows.push([
        `  worst rule #${i + 1}: ${w.rule} on ${w.input}`,
        `${w.timedOut ? '>= ' : ''}${w.msPerMb.toFixed(0)} ms/MB @${a.bytes / 1e6} MB`,
        `${w.screenMsPerMb.toFixed(0)} ms/MB @${a.screenBytes / 1e3} kB${w.screenInput === w.input ? '' : ` (on ${w.screenInput})`}`,
        `${(1000 / w.score).toFixed(w.score > 1000 ? 3 : 1)} MB/s`,
        '',
        '',
        '(adversarial)',
        '',
      ]);
    });
    notes.push(`detector adversarial: ${a.pairs} (rule, input) pairs over ${a.rules} rules screened at ${a.screenBytes / 1e3} kB; median rule's worst ${a.medianScreenMsPerMb.toFixed(0)} ms/MB; worst 10 rules' 3 worst inputs re-measured at ${a.bytes / 1e6} MB`);
  }

  if (only.includes('merge')) {
    const m = await mergeFigure({ cache, runs });
    results.merge = m;
    const flat = m.large.rssKb !== undefined && m.small.rssKb !== undefined && m.large.rssKb * 1024 <= 200e6;
    rows.push([`report merge: ${m.small.reports} reports x ${m.perReport} findings -> JSON`, fmtMs(m.small.ms), '', '', fmtRss(m.small.rssKb), cpu(m.small), '(the 10x base)', '']);
    rows.push([`report merge: ${m.large.reports} reports x ${m.perReport} findings -> JSON`, fmtMs(m.large.ms), `${fmtMs(m.small.ms)} at 1,000`, ratio(m.large.ms, m.small.ms), `${fmtRss(m.large.rssKb)} / ${fmtRss(m.small.rssKb)}`, cpu(m.large, m.small), 'RSS flat, <= 200 MB', verdict(flat)]);
    rows.push([`report merge: ${m.large.reports} reports -> SARIF`, fmtMs(m.sarif.ms), '', '', fmtRss(m.sarif.rssKb), cpu(m.sarif), '(diagnostic)', '']);
    if (m.browser.skipped) notes.push(`merge: HTML report in Chromium skipped: ${m.browser.skipped}`);
    else {
      const total = m.browser.openMs + m.browser.filterMs;
      rows.push(['HTML report, 10,000 findings: open + filter in headless Chromium', fmtMs(total), `open ${fmtMs(m.browser.openMs)}, filter ${fmtMs(m.browser.filterMs)}`, '', '', '', '< 2 s', verdict(total < 2000)]);
    }
  }

  const loadAfter = loadavg().map((l) => l.toFixed(2)).join(' ');
  const out = [
    '',
    `leakgate benchmark · ${head} · node ${process.version} · ${gitVersion} · ${cpus().length} cores · load ${loadBefore} → ${loadAfter} · peak RSS via ${timeTool === 'gnu-time' ? '/usr/bin/time -v' : 'fallback probe'} · median of ${runs}`,
    '',
    table(['figure', 'leakgate', 'reference', 'ratio', 'peak RSS (leakgate / ref)', 'CPU user+sys (leakgate / ref)', 'target', ''], rows),
    '',
    ...notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
  process.stdout.write(out);
  if (opts.json) writeFileSync(opts.json, JSON.stringify({ head, runs, results }, null, 2));
};

main().catch((error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error}\n`);
  process.exitCode = 2;
});

