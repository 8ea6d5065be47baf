// The diff route reads what `git diff -U0` adds, and -U0 shows no context: a key body typed
// between existing BEGIN and END lines, or a Kubernetes `value:` under an unchanged
// `name: DB_PASSWORD`, was invisible to rules that need the line before. So a changed file is read
// whole from its new blob and scanned like a file; scan/keep-added.ts then keeps what touches the
// added lines. A new file needs no read: its added lines are the whole file.
import type { CommitInfo, Fragment } from '../detect/types.js';
import type { BlobReader } from './blob-reader.js';
import type { DiffFile } from './parse-diff.js';
import type { SourceItem } from './source-item.js';

/** The added lines alone, as -U0 gives them (a new file; or a changed one too large to read whole). */
export const addedLinesFragment = (file: DiffFile, commit: CommitInfo | undefined): Fragment => {
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

const addedLines = (file: DiffFile, commit: CommitInfo | undefined): SourceItem[] => {
  if (file.added.length === 0) return [];
  const fragment = addedLinesFragment(file, commit);
  return [{ kind: 'fragment', fragment, bytes: fragment.text.length, file: true }];
};

/** Whether the file's added lines need the rest of it around them. */
export const needsWholeFile = (file: DiffFile): boolean => !file.created || file.renamedFrom !== undefined;

/**
 * The new version of a changed file, whole, with the lines the change added. A pure rename has no
 * blob id in the diff: it is read by path, from the commit (or, staged, from the index).
 */
export const readWholeFile = async (file: DiffFile, commit: CommitInfo | undefined, blobs: BlobReader, maxFileSize: number): Promise<SourceItem[]> => {
  const spec = file.blob !== undefined && !/^0+$/.test(file.blob) ? file.blob : `${commit?.sha ?? ''}:${file.path}`;
  const content = await blobs.read(spec);
  if (content === undefined) {
    return [...addedLines(file, commit), { kind: 'skipped', path: file.path, reason: `blob ${spec.slice(0, 12)} is missing: only its added lines were scanned` }];
  }
  if (content.length > maxFileSize) return addedLines(file, commit);
  const fragment = {
    path: file.path,
    raw: content,
    startLine: 1,
    added: file.lineNumbers,
    ...(file.renamedFrom !== undefined ? { renamedFrom: file.renamedFrom } : {}),
    ...(commit ? { commit } : {}),
  };
  // Counted as what the change adds, as the -U0 route counted it (the report's bytes stay comparable).
  return [{ kind: 'fragment', fragment, bytes: file.added.reduce((sum, line) => sum + line.length + 1, 0), file: true }];
};
