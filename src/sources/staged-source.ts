// What the commit will contain: added lines of the index against HEAD (all staged content on an
// unborn branch: `git diff --cached` then diffs against nothing, as documented). Partially staged
// files are read from the index, never from the working tree.
import { DIFF_ARGS, diffSource } from './diff-source.js';
import { gitStream } from './git.js';
import type { NotScanned } from './not-scanned.js';
import type { SourceItem } from './source-item.js';

export interface StagedSource {
  readonly items: AsyncGenerator<SourceItem>;
  /** Stops git when the scan is abandoned before reading (a config error). */
  readonly cancel: () => void;
}

/**
 * Starts `git diff --cached` at once (from any folder of the work tree: its paths are relative
 * to the top either way), so git runs while the caller loads the config.
 */
export const stagedSource = (cwd: string, maxFileSize: number, seen?: NotScanned): StagedSource => {
  // -C: a copied file is scanned only for what differs from its source, like a rename.
  const stream = gitStream(['diff', '--cached', ...DIFF_ARGS, '-C', '--'], cwd);
  return { items: diffSource(stream, { cwd, maxFileSize, ...(seen ? { seen } : {}) }), cancel: stream.kill };
};
