// The panel's source trees: where a fetched repository's git directory is, and its tree at the
// panel's commit extracted once under --trees (git archive <commit> | tar -x).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GIT = ['-c', 'core.quotepath=false'];

/** `owner/name` -> the folder name fetch gives it (`owner+name`), also used under --trees. */
export const dirOf = (repo) => repo.replace('/', '+');

/** A fetched snapshot is a folder holding a bare repo (`repo/`) or a clone (`repo/.git`). */
export function gitDirOf(mirrors, repo) {
  const base = join(mirrors, dirOf(repo), 'repo');
  for (const dir of [join(base, '.git'), base]) {
    if (existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects'))) return dir;
  }
  throw new Error(`${repo}: no git directory under ${join(mirrors, dirOf(repo))} (fetch it first)`);
}

export const headOf = (gitDir) =>
  execFileSync('git', [...GIT, `--git-dir=${gitDir}`, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();

// Snapshots lack blobs of 4 MiB and more, and git archive stops at the first one it cannot read
// ("fatal: unable to read <sha>"). List the tree (`git ls-tree -r -z`: "<mode> SP <type> SP <sha>
// TAB <path>" NUL) and ask `git cat-file --batch-check` which blobs are "<sha> missing".
function missingPaths(gitDir, commit) {
  const listing = execFileSync('git', [...GIT, `--git-dir=${gitDir}`, 'ls-tree', '-r', '-z', commit], {
    encoding: 'utf8', maxBuffer: 1 << 30,
  });
  const blobs = listing.split('\0').filter(Boolean).map((entry) => {
    const tab = entry.indexOf('\t');
    const [, type, sha] = entry.slice(0, tab).split(' ');
    return { type, sha, path: entry.slice(tab + 1) };
  }).filter((e) => e.type === 'blob');
  const check = execFileSync('git', [`--git-dir=${gitDir}`, 'cat-file', '--batch-check'], {
    input: blobs.map((b) => b.sha).join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30,
  });
  const missing = new Set(check.split('\n').filter((l) => l.endsWith(' missing')).map((l) => l.split(' ')[0]));
  return blobs.filter((b) => missing.has(b.sha)).map((b) => b.path);
}

// git archive reads every blob of the tree, even one a pathspec leaves out. So when blobs are
// missing, write a tree without them into a scratch object store (the snapshot's objects as an
// alternate, the snapshot itself untouched: GIT_OBJECT_DIRECTORY, GIT_INDEX_FILE) and archive that.
function treeWithout(gitDir, commit, paths, scratch) {
  mkdirSync(join(scratch, 'objects'), { recursive: true });
  const env = {
    // update-index wants a work tree even for --force-remove; a bare snapshot has none: lend it the
    // (empty) scratch folder, no file of which is read.
    ...process.env, GIT_DIR: gitDir, GIT_WORK_TREE: scratch, GIT_INDEX_FILE: join(scratch, 'index'),
    GIT_OBJECT_DIRECTORY: join(scratch, 'objects'), GIT_ALTERNATE_OBJECT_DIRECTORIES: join(gitDir, 'objects'),
  };
  const git = (args, input) => execFileSync('git', [...GIT, ...args], { env, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  git(['read-tree', commit]);
  git(['update-index', '--force-remove', '-z', '--stdin'], paths.join('\0') + '\0');
  return { tree: git(['write-tree', '--missing-ok']).trim(), env };
}

function archive(treeish, dest, env) {
  const tar = spawnSync('sh', ['-c', 'git -c core.quotepath=false archive --format=tar "$1" | tar -x -C "$0"', dest, treeish],
    { encoding: 'utf8', env });
  return tar.status === 0 && !/fatal|error/i.test(tar.stderr) ? null : tar.stderr.trim();
}

/** Extracts the tree once; a `<dir>.done` file beside it records the commit it holds. */
export function extractTree(gitDir, repo, commit, treesDir) {
  const dest = join(treesDir, dirOf(repo));
  const done = `${dest}.done`;
  if (existsSync(done) && readFileSync(done, 'utf8').split('\n')[0] === commit) return { dest, missing: [] };
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  let missing = [];
  let error = archive(commit, dest, { ...process.env, GIT_DIR: gitDir });
  if (error) {
    missing = missingPaths(gitDir, commit);
    const scratch = `${dest}.objects`;
    rmSync(scratch, { recursive: true, force: true });
    const { tree, env } = treeWithout(gitDir, commit, missing, scratch);
    rmSync(dest, { recursive: true, force: true });
    mkdirSync(dest, { recursive: true });
    error = archive(tree, dest, env);
    rmSync(scratch, { recursive: true, force: true });
  }
  if (error) throw new Error(`${repo}: git archive ${commit} failed: ${error}`);
  // The trees live inside this work tree, whose .gitignore excludes .bench-cache/: leakgate would
  // skip every file. A repository of its own at the tree's root makes leakgate read the tree's own
  // .gitignore files instead, as in a user's clone (walk-files stops at the nearest .git).
  execFileSync('git', ['init', '-q', dest]);
  writeFileSync(done, [commit, ...missing.map((p) => `missing ${p}`)].join('\n') + '\n');
  return { dest, missing };
}
