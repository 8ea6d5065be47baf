// Turns a streamed `git diff` / `git log -p` into fragments: the added lines of each file,
// with the commit that added them. Binary-marked files are read from their blob and scanned
// when their content is text (a .gitattributes "-diff" must not hide a secret).
import { StringDecoder } from 'node:string_decoder';
import type { CommitInfo, Fragment } from '../detect/types.js';
import { decodeContent } from './decode-content.js';
import { openBlobReader, type BlobReader, type GitStream } from './git.js';
import { readAhead } from './read-ahead.js';
import { createDiffParser, type DiffEvent, type DiffFile } from './parse-diff.js';
import type { SourceItem } from './source-item.js';

/** Flags for a raw, machine-readable patch whatever the repository's or user's config says. */
export const DIFF_ARGS: readonly string[] = [
  '-U0',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  '--full-index',
  '--src-prefix=a/',
  '--dst-prefix=b/',
  '-M',
];

export interface DiffSourceOptions {
  readonly cwd: string;
  readonly maxFileSize: number;
  /** Called once per commit header seen (history), for counting and progress. */
  readonly onCommit?: (commit: CommitInfo & { readonly parents: readonly string[] }) => void;
}

const fragmentOf = (file: DiffFile, commit: CommitInfo | undefined): Fragment => {
  const first = file.lineNumbers[0] ?? 1;
  const consecutive = file.lineNumbers.every((line, i) => line === first + i);
  return {
    path: file.path,
    text: file.added.join('\n'),
    startLine: first,
    ...(consecutive ? {} : { lineNumbers: file.lineNumbers }),
    ...(commit ? { commit } : {}),
  };
};

/**
 * A file git called binary (a NUL byte, or a -diff attribute): read from its blob and scanned when
 * it is text after all (UTF-16, or text with a stray NUL); noted as skipped when it is binary.
 */
const readBinary = async (
  file: DiffFile,
  commit: CommitInfo | undefined,
  blobs: BlobReader,
  options: DiffSourceOptions,
): Promise<SourceItem[]> => {
  if (!file.blob || /^0+$/.test(file.blob)) return [];
  const content = await blobs.read(file.blob);
  if (!content) return [{ kind: 'skipped', path: file.path, reason: `blob ${file.blob.slice(0, 12)} is missing` }];
  if (content.length > options.maxFileSize) return [{ kind: 'skipped', path: file.path, reason: 'larger than --max-file-size' }];
  const decoded = decodeContent(content);
  const at = { path: file.path, startLine: 1, ...(commit ? { commit } : {}) };
  // A binary file is still checked by the rules that look at names (a keystore, a .p12).
  if (decoded.kind === 'binary') {
    return [
      { kind: 'skipped', path: file.path, reason: 'binary' },
      { kind: 'fragment', fragment: { ...at, text: '' }, bytes: 0, file: false },
    ];
  }
  return [{ kind: 'fragment', fragment: { ...at, text: decoded.text }, bytes: content.length, file: true }];
};

export async function* diffSource(stream: GitStream, options: DiffSourceOptions): AsyncGenerator<SourceItem> {
  const decoder = new StringDecoder('utf8');
  let commit: CommitInfo | undefined;
  let events: DiffEvent[] = [];
  const parser = createDiffParser((event) => events.push(event));
  let blobs: BlobReader | undefined;
  let rest: string[] = [];
  const take = function* (): Generator<DiffEvent> {
    const batch = events;
    events = [];
    yield* batch;
  };
  const toItems = async function* (): AsyncGenerator<SourceItem> {
    for (const event of take()) {
      if (event.kind === 'commit') {
        commit = event.commit;
        options.onCommit?.(event.commit);
        continue;
      }
      const file = event.file;
      if (file.skip) continue;
      if (file.binary) {
        blobs ??= openBlobReader(options.cwd);
        yield* await readBinary(file, commit, blobs, options);
        continue;
      }
      const fragment = fragmentOf(file, commit);
      yield { kind: 'fragment', fragment, bytes: fragment.text.length, file: true };
    }
  };
  try {
    for await (const chunk of readAhead(stream.stdout)) {
      const text = decoder.write(chunk);
      // A long line (minified code) arrives in many chunks: its parts are kept apart and joined
      // once, at its newline (searching rest + text again at each chunk was quadratic).
      let newline = text.indexOf('\n');
      if (newline === -1) {
        rest.push(text);
        continue;
      }
      parser.push(rest.join('') + text.slice(0, newline));
      rest = [];
      let start = newline + 1;
      for (newline = text.indexOf('\n', start); newline !== -1; newline = text.indexOf('\n', start)) {
        parser.push(text.slice(start, newline));
        start = newline + 1;
      }
      if (start < text.length) rest.push(text.slice(start));
      yield* toItems();
    }
    const last = rest.join('') + decoder.end();
    if (last) parser.push(last);
    parser.end();
    yield* toItems();
    // git's exit status decides: a corrupt object or a killed git is an error, never a partial pass.
    await stream.done;
  } finally {
    stream.kill();
    await blobs?.close();
  }
}
