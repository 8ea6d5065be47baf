// Walks files and directories to scan: .gitignore honoured inside a repository (unless told not to),
// .git skipped, symlinks never followed, FIFOs and devices skipped with a note, never a hang.
import { existsSync, lstatSync, readdirSync, type Dirent, type Stats } from 'node:fs';
import { readOwnFile } from '../read-own-file.js';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { LeakgateError } from '../errors.js';

/** A path as the file system knows it: a Buffer when the name is not valid UTF-8. */
export type FsPath = string | Buffer;

export type WalkItem =
  /** size: known when the file was stat'ed; a file found by its directory entry alone is sized when read. */
  | { readonly kind: 'file'; readonly abs: FsPath; readonly path: string; readonly size?: number }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string };

export interface WalkOptions {
  /** Paths are reported relative to this folder (the repository root, or the working folder). */
  readonly root: string;
  /** Honour .gitignore and .git/info/exclude. */
  readonly gitignore: boolean;
  /** Files the index tracks (and their folders), relative to the repository: never ignored, as git never ignores them. */
  readonly tracked?: Tracked;
}

export interface Tracked {
  readonly files: ReadonlySet<string>;
  readonly dirs: ReadonlySet<string>;
}

/** The tracked paths as a Tracked (every folder above a tracked file included). */
export const trackedOf = (paths: readonly string[]): Tracked => {
  const dirs = new Set<string>();
  for (const path of paths) {
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      const dir = path.slice(0, slash);
      if (dirs.has(dir)) break;
      dirs.add(dir);
    }
  }
  return { files: new Set(paths), dirs };
};

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

/** An ignore file that is missing, a symlink, or not a regular file is passed over (git does likewise). */
const readIgnoreFile = (file: string): string | undefined => {
  try {
    return readOwnFile(file);
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

const asText = (path: FsPath): string => (typeof path === 'string' ? path : path.toString('utf8'));

/** A child's path: a string while names are valid UTF-8, bytes otherwise, so that any name can be opened. */
const childPath = (dir: FsPath, name: Buffer): FsPath => {
  const text = name.toString('utf8');
  if (typeof dir === 'string' && Buffer.from(text, 'utf8').equals(name)) return join(dir, text);
  return Buffer.concat([typeof dir === 'string' ? Buffer.from(dir, 'utf8') : dir, Buffer.from(sep), name]);
};

const isIgnored = (levels: readonly IgnoreLevel[], abs: FsPath, isDir: boolean): boolean =>
  levels.some((level) => {
    const rel = toPosix(relative(level.base, asText(abs)));
    return rel !== '' && !rel.startsWith('..') && level.rules.ignores(isDir ? `${rel}/` : rel);
  });

/** A path the index tracks is scanned whatever .gitignore says (https://git-scm.com/docs/gitignore: "files already tracked by Git are not affected"). */
const isTracked = (tracked: Tracked | undefined, repo: string, abs: FsPath, isDir: boolean): boolean => {
  if (!tracked) return false;
  const rel = toPosix(relative(repo, asText(abs)));
  return isDir ? tracked.dirs.has(rel) || tracked.files.has(rel) : tracked.files.has(rel);
};

/** What kind of entry: a Stats, or a directory entry (whose type readdir gives without a stat). */
type EntryType = Pick<Stats, 'isDirectory' | 'isFile' | 'isSymbolicLink' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>;

/** A directory entry whose type the file system did not give (DT_UNKNOWN): every test is false. */
const typeUnknown = (entry: Dirent<Buffer>): boolean =>
  !entry.isFile() && !entry.isDirectory() && !entry.isSymbolicLink() && !entry.isFIFO() && !entry.isSocket() && !entry.isCharacterDevice() && !entry.isBlockDevice();

const kindOf = (stats: EntryType): string | undefined => {
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
  const show = (abs: FsPath): string => toPosix(relative(options.root, asText(abs))) || '.';
  for (const target of targets) {
    const abs = resolve(options.root, target);
    const stats = statOrError(abs, target);
    if (!stats.isDirectory()) {
      const odd = kindOf(stats);
      if (odd) yield { kind: 'skipped', path: show(abs), reason: odd };
      else yield { kind: 'file', abs, path: show(abs), size: stats.size };
      continue;
    }
    const stack: Array<{ dir: FsPath; levels: IgnoreLevel[] }> = [
      { dir: abs, levels: repo && abs.startsWith(repo) ? ancestorLevels(repo, abs) : [] },
    ];
    while (stack.length > 0) {
      const { dir, levels } = stack.pop() as { dir: FsPath; levels: IgnoreLevel[] };
      let entries: Array<Dirent<Buffer>>;
      try {
        // With their types: a regular file needs no lstat here (it is sized by the fstat that reads it).
        entries = readdirSync(dir, { encoding: 'buffer', withFileTypes: true }).sort((a, b) => Buffer.compare(a.name, b.name));
      } catch (error) {
        yield { kind: 'skipped', path: show(dir), reason: `unreadable folder (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
        continue;
      }
      const subdirs: Array<{ dir: FsPath; levels: IgnoreLevel[] }> = [];
      for (const entry of entries) {
        const name = entry.name;
        if (name.toString('latin1') === '.git') continue;
        const child = childPath(dir, name);
        let childStats: EntryType & { readonly size?: number } = entry;
        if (typeUnknown(entry)) {
          try {
            childStats = lstatSync(child);
          } catch {
            yield { kind: 'skipped', path: show(child), reason: 'vanished while scanning' };
            continue;
          }
        }
        const isDir = childStats.isDirectory();
        if (repo && isIgnored(levels, child, isDir) && !isTracked(options.tracked, repo, child, isDir)) continue;
        if (isDir) {
          const own = repo && typeof child === 'string' ? levelFor(child, '.gitignore') : undefined;
          subdirs.push({ dir: child, levels: own ? [...levels, own] : levels });
          continue;
        }
        const odd = kindOf(childStats);
        if (odd) yield { kind: 'skipped', path: show(child), reason: odd };
        else yield { kind: 'file', abs: child, path: show(child), ...(childStats.size === undefined ? {} : { size: childStats.size }) };
      }
      stack.push(...subdirs.reverse());
    }
  }
}
