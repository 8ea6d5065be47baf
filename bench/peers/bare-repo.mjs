// Reads files out of a bare repository (a fetched snapshot) without a work tree: `git ls-tree` to
// list them and one `git cat-file --batch` for their contents (https://git-scm.com/docs/git-cat-file:
// each answer is "<oid> <type> <size>\n<contents>\n", or "<name> missing\n").
import { execFileSync } from 'node:child_process';

const git = (gitDir, args, input) =>
  execFileSync('git', ['--git-dir', gitDir, ...args], { input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });

/** The commit HEAD names. */
export const headCommit = (gitDir) => git(gitDir, ['rev-parse', 'HEAD']).toString('utf8').trim();

/** Paths of HEAD's files under `folder` whose path matches `pattern`. */
export const listFiles = (gitDir, folder, pattern) =>
  git(gitDir, ['ls-tree', '-r', '-z', '--name-only', 'HEAD', '--', folder])
    .toString('utf8').split('\0').filter((p) => p && pattern.test(p));

/** The contents of HEAD's files at `paths`, as a Map path -> text; missing blobs are left out. */
export const readFiles = (gitDir, paths) => {
  const out = git(gitDir, ['cat-file', '--batch'], paths.map((p) => `HEAD:${p}\n`).join(''));
  const files = new Map();
  let at = 0;
  for (const path of paths) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const m = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (!m) continue;
    const size = Number(m[1]);
    files.set(path, out.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return files;
};
