// Walks files and directories to scan: .gitignore honoured inside a repository (unless told not to),
// .git skipped, symlinks never followed, FIFOs and devices skipped with a note, never a hang.
import { existsSync, lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { LeakgateError } from '../errors.js';

export type WalkItem =
  | { readonly kind: 'file'; readonly abs: string; readonly path: string; readonly size: number }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string };

export interface WalkOptions {
  /** Paths are reported relative to this folder (the repository root, or the working folder). */
  readonly root: string;
  /** Honour .gitignore and .git/info/exclude. */
  readonly gitignore: boolean;
}

interface IgnoreLevel {
  readonly base: string;
  readonly rules: Ignore;
}

export const toPosix = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));

/** The folder holding .git above `from`, if any: found without running git. */
export const findRepoRoot = (from: string): string | undefined => {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
};

const readIgnoreFile = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

const levelFor = (dir: string, file: string): IgnoreLevel | undefined => {
  const text = readIgnoreFile(join(dir, file));
  return text === undefined ? undefined : { base: dir, rules: ignore().add(text) };
};

/** The .gitignore files that apply at `dir`: the repository's own excludes, then each folder's down to dir. */
const ancestorLevels = (repo: string, dir: string): IgnoreLevel[] => {
  const levels: IgnoreLevel[] = [];
  const exclude = readIgnoreFile(join(repo, '.git', 'info', 'exclude'));
  if (exclude !== undefined) levels.push({ base: repo, rules: ignore().add(exclude) });
  const parts = relative(repo, dir).split(sep).filter(Boolean);
  for (let i = 0, current = repo; i <= parts.length; current = join(current, parts[i] ?? ''), i++) {
    const level = levelFor(current, '.gitignore');
    if (level) levels.push(level);
  }
  return levels;
};

const isIgnored = (levels: readonly IgnoreLevel[], abs: string, isDir: boolean): boolean =>
  levels.some((level) => {
    const rel = toPosix(relative(level.base, abs));
    return rel !== '' && !rel.startsWith('..') && level.rules.ignores(isDir ? `${rel}/` : rel);
  });

const kindOf = (stats: Stats): string | undefined => {
  if (stats.isSymbolicLink()) return 'symbolic link (not followed)';
  if (stats.isFIFO()) return 'FIFO (not read)';
  if (stats.isSocket()) return 'socket (not read)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device (not read)';
  return undefined;
};

const statOrError = (abs: string, shown: string): Stats => {
  try {
    return lstatSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new LeakgateError('io', `cannot scan ${shown}: ${code === 'ENOENT' ? 'no such file or directory' : code ?? String(error)}`, { cause: error });
  }
};

export function* walkFiles(targets: readonly string[], options: WalkOptions): Generator<WalkItem> {
  const repo = options.gitignore ? findRepoRoot(options.root) : undefined;
  const show = (abs: string): string => toPosix(relative(options.root, abs)) || '.';
  for (const target of targets) {
    const abs = resolve(options.root, target);
    const stats = statOrError(abs, target);
    if (!stats.isDirectory()) {
      const odd = kindOf(stats);
      if (odd) yield { kind: 'skipped', path: show(abs), reason: odd };
      else yield { kind: 'file', abs, path: show(abs), size: stats.size };
      continue;
    }
    const stack: Array<{ dir: string; levels: IgnoreLevel[] }> = [
      { dir: abs, levels: repo && abs.startsWith(repo) ? ancestorLevels(repo, abs) : [] },
    ];
    while (stack.length > 0) {
      const { dir, levels } = stack.pop() as { dir: string; levels: IgnoreLevel[] };
      let names: string[];
      try {
        names = readdirSync(dir).sort();
      } catch (error) {
        yield { kind: 'skipped', path: show(dir), reason: `unreadable folder (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
        continue;
      }
      const subdirs: Array<{ dir: string; levels: IgnoreLevel[] }> = [];
      for (const name of names) {
        if (name === '.git') continue;
        const child = join(dir, name);
        let childStats: Stats;
        try {
          childStats = lstatSync(child);
        } catch {
          yield { kind: 'skipped', path: show(child), reason: 'vanished while scanning' };
          continue;
        }
        const isDir = childStats.isDirectory();
        if (repo && isIgnored(levels, child, isDir)) continue;
        if (isDir) {
          const own = repo ? levelFor(child, '.gitignore') : undefined;
          subdirs.push({ dir: child, levels: own ? [...levels, own] : levels });
          continue;
        }
        const odd = kindOf(childStats);
        if (odd) yield { kind: 'skipped', path: show(child), reason: odd };
        else yield { kind: 'file', abs: child, path: show(child), size: childStats.size };
      }
      stack.push(...subdirs.reverse());
    }
  }
}
