// What the commit will contain: added lines of the index against HEAD (the empty tree before the
// first commit). Partially staged files are read from the index, never from the working tree.
import { DIFF_ARGS, diffSource } from './diff-source.js';
import { gitStream } from './git.js';
import { emptyTree, hasCommit } from './repo.js';
import type { SourceItem } from './source-item.js';

export async function* stagedSource(root: string, maxFileSize: number): AsyncGenerator<SourceItem> {
  const base = (await hasCommit(root, 'HEAD')) ? 'HEAD' : await emptyTree(root);
  // -C: a copied file is scanned only for what differs from its source, like a rename.
  const stream = gitStream(['diff', '--cached', ...DIFF_ARGS, '-C', base, '--'], root);
  yield* diffSource(stream, { cwd: root, maxFileSize });
}
