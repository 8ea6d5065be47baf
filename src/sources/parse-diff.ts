// A streaming parser for `git diff -U0` and `git log -p -U0 --cc` output (pure: lines in, events out).
// It keeps only the added lines, with their line numbers in the new version of the file.
// Formats: https://git-scm.com/docs/diff-format and https://git-scm.com/docs/git-diff#_combined_diff_format
import type { CommitInfo } from '../detect/types.js';

export interface DiffFile {
  readonly path: string;
  /** Added lines, without their "+" prefix or trailing "\r". */
  readonly added: readonly string[];
  /** For each added line, its 1-based line number in the new file. */
  readonly lineNumbers: readonly number[];
  /** git printed "Binary files … differ" (or the attributes say so): the content must be read from the blob. */
  readonly binary: boolean;
  /** The new blob id, when git printed one (with --full-index). */
  readonly blob: string | undefined;
  /** Gitlinks (submodules) and symlinks hold no file content to scan. */
  readonly skip: 'submodule' | 'symlink' | undefined;
  /** The file is new: its added lines are the whole file. */
  readonly created: boolean;
  /** Renamed or copied from this path (git diff -M / -C). */
  readonly renamedFrom: string | undefined;
}

export type DiffEvent =
  | { readonly kind: 'commit'; readonly commit: CommitInfo & { readonly parents: readonly string[] } }
  | { readonly kind: 'file'; readonly file: DiffFile };

/**
 * Commit header lines, as written by --format=COMMIT_FORMAT:
 * NUL NUL sha NUL author NUL email NUL author-date NUL committer-time NUL parents NUL subject.
 */
export const COMMIT_FORMAT = '%x00%x00%H%x00%an%x00%ae%x00%aI%x00%ct%x00%P%x00%s';
const COMMIT_MARK = '\u0000\u0000';

const ESCAPES: Readonly<Record<string, number>> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style quoting of a path ("a/tab\there" or "b/\303\251t\303\251"). */
export const unquotePath = (quoted: string): string => {
  if (!quoted.startsWith('"')) return quoted;
  const bytes: number[] = [];
  for (let i = 1; i < quoted.length; i++) {
    const ch = quoted[i] as string;
    if (ch === '"') break;
    if (ch !== '\\') {
      // A character outside the BMP (an emoji) is two UTF-16 units: encode the pair together.
      const point = quoted.codePointAt(i) as number;
      bytes.push(...Buffer.from(String.fromCodePoint(point), 'utf8'));
      if (point > 0xffff) i++;
      continue;
    }
    const next = quoted[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(quoted.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
};

/** Splits `a/X b/Y` (either side possibly quoted) from a "diff --git" line. */
const pathsOfGitHeader = (rest: string): { from: string; to: string } | undefined => {
  if (rest.startsWith('"')) {
    const end = /^"(?:[^"\\]|\\.)*"/.exec(rest)?.[0];
    if (!end) return undefined;
    return { from: unquotePath(end), to: unquotePath(rest.slice(end.length + 1)) };
  }
  if (rest.endsWith('"')) {
    const at = rest.lastIndexOf(' "');
    return { from: rest.slice(0, at), to: unquotePath(rest.slice(at + 1)) };
  }
  // Unquoted and no rename: "a/P b/P" with the same P on both sides.
  const half = (rest.length - 1) / 2;
  return { from: rest.slice(0, half), to: rest.slice(half + 1) };
};

const stripPrefix = (path: string): string => (path.startsWith('b/') || path.startsWith('a/') ? path.slice(2) : path);

interface FileState {
  path: string;
  added: string[];
  lineNumbers: number[];
  binary: boolean;
  blob: string | undefined;
  mode: string | undefined;
  deleted: boolean;
  /** Number of parents in a combined (merge) diff; 1 for a plain diff. */
  parents: number;
  created: boolean;
  renamedFrom: string | undefined;
}

export interface DiffParser {
  readonly push: (line: string) => void;
  readonly end: () => void;
}

export const createDiffParser = (emit: (event: DiffEvent) => void): DiffParser => {
  let file: FileState | undefined;
  let inHunk = false;
  let nextLine = 0;

  const flush = (): void => {
    if (file && !file.deleted) {
      const skip = file.mode === '160000' ? 'submodule' : file.mode === '120000' ? 'symlink' : undefined;
      // A rename is reported even without added lines: it may move content out of an allowlisted path.
      const renamed = file.renamedFrom !== undefined && file.renamedFrom !== file.path;
      if (file.added.length > 0 || file.binary || renamed || skip === 'submodule') {
        const { path, added, lineNumbers, binary, blob, created, renamedFrom } = file;
        emit({ kind: 'file', file: { path, added, lineNumbers, binary, blob, skip, created, renamedFrom: renamed ? renamedFrom : undefined } });
      }
    }
    file = undefined;
    inHunk = false;
  };

  const startFile = (path: string, parents: number): void => {
    flush();
    file = { path, added: [], lineNumbers: [], binary: false, blob: undefined, mode: undefined, deleted: false, parents, created: false, renamedFrom: undefined };
  };

  const commit = (line: string): void => {
    flush();
    const [sha = '', author = '', email = '', date = '', time = '0', parents = '', ...subject] = line.slice(COMMIT_MARK.length).split('\u0000');
    const committedAt = Number(time) || 0;
    emit({ kind: 'commit', commit: { sha, author, email, date, committedAt, message: subject.join(' '), parents: parents.split(' ').filter(Boolean) } });
  };

  const added = (state: FileState, text: string): void => {
    state.added.push(text.endsWith('\r') ? text.slice(0, -1) : text);
    state.lineNumbers.push(nextLine);
  };

  const hunkLine = (line: string, state: FileState): boolean => {
    const width = state.parents;
    if (width === 1) {
      // The common case, one parent: read the marker character without slicing.
      const marker = line.charCodeAt(0);
      if (marker === 45) return true; // '-'
      if (marker === 43) added(state, line.slice(1)); // '+'
      else if (marker !== 32) return false; // not ' '
      nextLine++;
      return true;
    }
    const prefix = line.slice(0, width);
    if (prefix.length < width || !/^[-+ ]+$/.test(prefix)) return false;
    if (prefix.includes('-')) return true;
    if (!prefix.includes(' ')) added(state, line.slice(width));
    nextLine++;
    return true;
  };

  const header = (line: string, state: FileState): void => {
    if (line.startsWith('+++ ')) {
      // git appends a tab to an unquoted name that holds a space (for GNU patch); a real tab would be quoted.
      const target = line.endsWith('\t') ? line.slice(4, -1) : line.slice(4);
      if (target === '/dev/null') state.deleted = true;
      else state.path = stripPrefix(unquotePath(target));
    } else if (line.startsWith('index ')) {
      const m = /\.\.([0-9a-f]+)(?: (\d+))?$/.exec(line);
      if (m) {
        state.blob = m[1];
        state.mode = m[2] ?? state.mode;
      }
    } else if (line.startsWith('new file mode ') || line.startsWith('new mode ')) {
      state.mode = line.slice(line.lastIndexOf(' ') + 1);
      if (line.startsWith('new file mode ')) state.created = true;
    } else if (line.startsWith('--- /dev/null')) {
      state.created = true;
    } else if (line.startsWith('rename from ') || line.startsWith('copy from ')) {
      state.renamedFrom = unquotePath(line.slice(line.indexOf(' from ') + 6));
    } else if (line.startsWith('deleted file mode ')) {
      state.deleted = true;
    } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) {
      state.path = unquotePath(line.slice(line.indexOf(' to ') + 4));
    } else if (line.startsWith('Binary files ') && line.endsWith(' differ')) {
      state.binary = !line.endsWith(' and /dev/null differ');
    }
  };

  const push = (line: string): void => {
    if (inHunk && file && hunkLine(line, file)) return;
    // "\ No newline at end of file" sits inside a hunk; more added lines may follow it.
    if (inHunk && line.startsWith('\\')) return;
    inHunk = false;
    if (line.startsWith(COMMIT_MARK)) return commit(line);
    if (line.startsWith('diff --git ')) {
      const paths = pathsOfGitHeader(line.slice(11));
      return startFile(stripPrefix(paths?.to ?? line.slice(11)), 1);
    }
    if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      return startFile(unquotePath(line.slice(line.indexOf(' ', 6) + 1)), 2);
    }
    if (!file) return;
    const hunk = /^(@@+) [^@]*\+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      file.parents = (hunk[1] as string).length - 1;
      nextLine = Number(hunk[2]);
      inHunk = true;
      return;
    }
    header(line, file);
  };

  return { push, end: flush };
};
