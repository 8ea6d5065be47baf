// The history figure: `leakgate history --format json` against `git log -p --all --full-history
// -U0 --no-color` on a repository built from real published package versions.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HISTORY_SETS, fetchPackages } from './corpus.mjs';
import { LEAKGATE_BIN, NODE, countStdout, ensureDir, fmtMb, log, measureInterleaved, measureRuns, run } from './util.mjs';

const MARKER = 'leakgate-bench.json';

const refName = (name) => `refs/heads/${name.replace(/^@/, '').replace(/\//g, '-')}`;

/**
 * Builds (or reuses) the history repository: for each package a branch whose commits are its
 * published versions in order, each commit's tree the package's content (deleted files deleted).
 * Commits go straight from the extracted tarball through a per-branch index (no checkout).
 */
export const buildHistoryRepo = async (cache, size, repoOverride) => {
  if (repoOverride && existsSync(repoOverride) && !existsSync(join(repoOverride, '.git', MARKER))) {
    // A repository of the user's (a clone, a bare mirror): measured as it is, never rebuilt.
    log(`history repo given: ${repoOverride}; measuring its patch text…`);
    const patchBytes = await countStdout('git', ['log', '-p', '--all', '--full-history', '-U0', '--no-color'], { cwd: repoOverride });
    const commits = Number(run('git', ['rev-list', '--all', '--count'], { cwd: repoOverride }).trim());
    return { repo: repoOverride, size: 'given', commits, patchBytes };
  }
  const set = HISTORY_SETS[size];
  if (!set) throw new Error(`--history-size must be one of ${Object.keys(HISTORY_SETS).join(', ')}`);
  const repo = repoOverride ?? join(cache, size === 'large' ? 'history-repo' : `history-repo-${size}`);
  const spec = JSON.stringify(set);
  const markerPath = join(repo, '.git', MARKER);
  if (existsSync(markerPath)) {
    const marker = JSON.parse(readFileSync(markerPath, 'utf8'));
    if (marker.spec === spec) {
      log(`history repo reused: ${repo}`);
      return { repo, ...marker };
    }
    log(`history repo ${repo} was built from another package list: rebuilding`);
  }
  const specs = set.flatMap(([name, versions]) => versions.map((version) => [name, version]));
  const dirs = fetchPackages(cache, specs);
  rmSync(repo, { recursive: true, force: true });
  ensureDir(repo);
  const gitDir = join(repo, '.git');
  const git = (args, env = {}, cwd = repo) => run('git', args, { cwd, env: { ...process.env, ...env } }).trim();
  git(['init', '-q', '-b', 'main']);
  for (const [key, value] of [['core.autocrlf', 'false'], ['gc.auto', '0'], ['core.safecrlf', 'false'], ['user.name', 'bench'], ['user.email', 'bench@example.invalid']]) {
    git(['config', key, value]);
  }
  let commits = 0;
  let clock = Date.UTC(2020, 0, 1) / 1000;
  let head;
  for (const [name, versions] of set) {
    const index = join(gitDir, `index-${name.replace(/[@/]/g, '_')}`);
    let parent;
    for (const version of versions) {
      const tree = dirs.get(`${name}@${version}`);
      const env = { GIT_INDEX_FILE: index, GIT_WORK_TREE: tree, GIT_DIR: gitDir };
      // -f: a package may ship files its own ignore rules would hide; the commit is its whole content.
      git(['add', '-A', '-f', '.'], env, tree);
      const treeId = git(['write-tree'], env);
      const date = `${clock} +0000`;
      clock += 3600;
      parent = git(['commit-tree', treeId, ...(parent ? ['-p', parent] : []), '-m', `${name}@${version}`], {
        ...env,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_AUTHOR_NAME: 'bench',
        GIT_AUTHOR_EMAIL: 'bench@example.invalid',
        GIT_COMMITTER_NAME: 'bench',
        GIT_COMMITTER_EMAIL: 'bench@example.invalid',
      });
      commits++;
    }
    git(['update-ref', refName(name), parent]);
    rmSync(index, { force: true });
    head = refName(name);
  }
  git(['symbolic-ref', 'HEAD', head]);
  log(`history repo: ${commits} commits written; packing (git gc)…`);
  git(['gc', '-q']);
  log('measuring patch text (git log -p --all --full-history -U0 --no-color | wc -c)…');
  const patchBytes = await countStdout('git', ['log', '-p', '--all', '--full-history', '-U0', '--no-color'], { cwd: repo });
  const marker = { spec, size, commits, patchBytes, builtAt: new Date().toISOString() };
  writeFileSync(markerPath, JSON.stringify(marker, null, 2));
  return { repo, ...marker };
};

/** The findings of one route, as comparable keys (rule, file, secret, commit, line), and the route taken. */
const findingKeys = (repo, route) => {
  const out = JSON.parse(run(NODE, [LEAKGATE_BIN, 'history', '--format', 'json', '--no-progress', '--no-redact', '--no-baseline', '--route', route], { cwd: repo, okCodes: [0, 1] }));
  return { keys: out.findings.map((f) => `${f.ruleId}\u0000${f.file}\u0000${f.secret}\u0000${f.commit}\u0000${f.line}`), route: out.scan.route };
};

/**
 * Measures, interleaved on the same repository: git log -p (the reference), leakgate history by
 * each route (diff: git log -p -U0 --cc, added lines; blobs: each unique blob once through
 * git cat-file, attributed with git log --raw) and what the default (auto) picks, plus git alone
 * as each route runs it. Then checks that the two routes report the same secrets, attributed alike.
 */
export const historyFigure = async ({ cache, runs, size, repo: repoOverride, cpuProf }) => {
  const info = await buildHistoryRepo(cache, size, repoOverride);
  const { repo } = info;
  log(`history: ${info.commits} commits, ${fmtMb(info.patchBytes)} of patch text (${info.size}) in ${repo}`);
  // Warm the page cache so the first measured run is not the one that reads the pack from disk.
  await countStdout('git', ['log', '-p', '--all', '--full-history', '-U0', '--no-color'], { cwd: repo });
  const blobBytes = await countStdout('git', ['cat-file', '--batch-all-objects', '--batch', '--unordered'], { cwd: repo });
  // Diagnostics: git alone with the arguments each route passes it, to split git's share from Node's.
  const diffArgs = ['-c', 'diff.renames=true', 'log', '-p', '--cc', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--full-index', '--src-prefix=a/', '--dst-prefix=b/', '-M', '--format=%x00%x00%H%x00%an%x00%ae%x00%aI%x00%P%x00%s', '--all', '--'];
  const leakgate = (route) => ({ cmd: NODE, args: [LEAKGATE_BIN, 'history', '--format', 'json', '--no-progress', '--no-baseline', '--route', route], options: { cwd: repo, okCodes: [0, 1] }, label: `leakgate history --route ${route}` });
  log('comparing the two routes\' findings…');
  const diffKeys = new Set(findingKeys(repo, 'diff').keys);
  const blobKeys = new Set(findingKeys(repo, 'blobs').keys);
  // What a user gets by default: auto picks a route from the attribution pass. It is measured as
  // such (attribution pass included), beside the route it did not pick.
  const auto = findingKeys(repo, 'auto').route;
  const other = auto === 'diff' ? 'blobs' : 'diff';
  const agreement = {
    diff: diffKeys.size,
    blobs: blobKeys.size,
    same: [...diffKeys].filter((key) => blobKeys.has(key)).length,
    // A secret value (rule + secret) reported by one route and nowhere by the other: a real miss.
    missedByBlobs: [...new Set([...diffKeys].map((k) => k.split('\u0000').filter((_, i) => i === 0 || i === 2).join(' ')))].filter(
      (secret) => ![...blobKeys].some((k) => k.split('\u0000').filter((_, i) => i === 0 || i === 2).join(' ') === secret),
    ).length,
  };
  const [reference, byDefault, byOther, gitDiff, gitBlobs, gitRaw] = await measureInterleaved(runs, [
    { cmd: 'git', args: ['log', '-p', '--all', '--full-history', '-U0', '--no-color'], options: { cwd: repo }, label: 'git log -p' },
    leakgate('auto'),
    leakgate(other),
    { cmd: 'git', args: diffArgs, options: { cwd: repo }, label: "git log (the diff route's args)" },
    { cmd: 'git', args: ['cat-file', '--batch-all-objects', '--batch', '--unordered'], options: { cwd: repo }, label: 'git cat-file --batch-all-objects' },
    { cmd: 'git', args: ['log', '--raw', '-c', '-z', '--no-renames', '--no-abbrev', '--root', '--all'], options: { cwd: repo }, label: 'git log --raw (attribution pass)' },
  ]);
  let profile;
  if (cpuProf) {
    const dir = ensureDir(join(cache, 'profiles', `history-${info.size}-${Date.now()}`));
    log(`profiling leakgate history with --cpu-prof → ${dir}`);
    await measureRuns(1, NODE, ['--cpu-prof', `--cpu-prof-dir=${dir}`, LEAKGATE_BIN, 'history', '--format', 'json', '--no-progress'], { cwd: repo, okCodes: [0, 1] });
    profile = dir;
  }
  return { info: { ...info, blobBytes }, reference, byDefault, byOther, other, gitDiff, gitBlobs, gitRaw, agreement, auto, profile };
};
