// Parses `git log --raw -c -z --no-renames --format=COMMIT_FORMAT`: for every commit, which blob
// each changed path now holds and which blob it held in each parent. Pure and streaming: bytes
// in (in any chunks), commits and entries out.
// https://git-scm.com/docs/git-log#_raw_output_format
import type { CommitInfo } from '../detect/types.js';

/** One changed path of one commit. */
export interface RawEntry {
  /** Index of the commit in the order seen (git log order, newest first). */
  readonly commit: number;
  readonly path: string;
  /** The blob the path holds after the commit; undefined when deleted, or not a regular file. */
  readonly blob: string | undefined;
  /** The blob the path held in each parent (undefined where absent or not a regular file). */
  readonly before: ReadonlyArray<string | undefined>;
  /** The path is a submodule (a gitlink, mode 160000) after the commit. */
  readonly submodule: boolean;
}

export interface RawLogParser {
  readonly push: (chunk: Buffer) => void;
  readonly end: () => void;
}

export type RawLogEvent =
  | { readonly kind: 'commit'; readonly commit: CommitInfo & { readonly parents: readonly string[] } }
  | { readonly kind: 'entry'; readonly entry: RawEntry };

/** Fields of COMMIT_FORMAT after its two leading NULs: sha, author, email, date, time, parents, subject. */
const HEADER_FIELDS = 7;

/** A regular file (100644, 100755, the old 100664); not a symlink (120000) or a submodule (160000). */
const isFile = (mode: string): boolean => mode.startsWith('10');

const present = (sha: string, mode: string): string | undefined => (isFile(mode) && !/^0+$/.test(sha) ? sha : undefined);

export const createRawLogParser = (emit: (event: RawLogEvent) => void): RawLogParser => {
  let header: string[] | undefined;
  let meta: string | undefined;
  let commits = -1;
  let rest: Buffer | undefined;
  // One string per path, however many commits touch it (a long history repeats its paths).
  const paths = new Map<string, string>();
  const intern = (path: string): string => {
    const known = paths.get(path);
    if (known !== undefined) return known;
    paths.set(path, path);
    return path;
  };

  const token = (bytes: Buffer): void => {
    if (header) {
      header.push(bytes.toString('utf8'));
      if (header.length < HEADER_FIELDS) return;
      const [sha = '', author = '', email = '', date = '', time = '0', parents = '', message = ''] = header;
      header = undefined;
      commits++;
      emit({ kind: 'commit', commit: { sha, author, email, date, committedAt: Number(time) || 0, message, parents: parents.split(' ').filter(Boolean) } });
      return;
    }
    if (meta !== undefined) {
      const line = meta;
      meta = undefined;
      const colons = line.length - line.replace(/^:+/, '').length;
      const fields = line.slice(colons).split(' ');
      const modes = fields.slice(0, colons + 1);
      const shas = fields.slice(colons + 1, 2 * colons + 2);
      const path = intern(bytes.toString('utf8'));
      emit({
        kind: 'entry',
        entry: {
          commit: commits,
          path,
          blob: present(shas[colons] ?? '', modes[colons] ?? ''),
          before: shas.slice(0, colons).map((sha, i) => present(sha, modes[i] ?? '')),
          submodule: modes[colons] === '160000',
        },
      });
      return;
    }
    // Between entries: separators (empty, or the newline git puts after the header).
    const start = bytes[0] === 10 ? 1 : 0;
    if (bytes.length === start) return;
    if (bytes[start] === 58) {
      meta = bytes.toString('latin1', start);
      return;
    }
    // Anything else opens a commit: the sha after COMMIT_FORMAT's two NULs.
    header = [bytes.toString('utf8')];
  };

  return {
    push: (chunk) => {
      let from = 0;
      for (let nul = chunk.indexOf(0); nul !== -1; nul = chunk.indexOf(0, from)) {
        const piece = chunk.subarray(from, nul);
        token(rest ? Buffer.concat([rest, piece]) : piece);
        rest = undefined;
        from = nul + 1;
      }
      if (from < chunk.length) rest = rest ? Buffer.concat([rest, chunk.subarray(from)]) : Buffer.from(chunk.subarray(from));
    },
    end: () => {
      if (rest) token(rest);
      rest = undefined;
    },
  };
};
