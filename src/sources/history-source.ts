// Git history as a source: `git log -p -U0` streamed, the added lines of every commit, merges
// as combined diffs (--cc) so that a conflict resolution that adds a secret is seen.
import { LeakgateError } from '../errors.js';
import type { CommitInfo } from '../detect/types.js';
import { DIFF_ARGS, diffSource } from './diff-source.js';
import { gitStream } from './git.js';
import { COMMIT_FORMAT } from './parse-diff.js';
import { hasCommit } from './repo.js';
import type { NotScanned } from './not-scanned.js';
import type { SourceItem } from './source-item.js';

export interface HistoryOptions {
  readonly range: string | undefined;
  readonly since: string | undefined;
  readonly maxFileSize: number;
  readonly onCommit?: (commit: CommitInfo) => void;
  readonly seen?: NotScanned;
}

const SHALLOW_FIX =
  'fetch the missing history (actions/checkout: fetch-depth: 0; or git fetch --deepen=100, or git fetch origin <base>)';

/** Checks every commit a range names, so a missing base is an error and not a silent full or empty scan. */
export const checkRange = async (root: string, range: string): Promise<readonly string[]> => {
  if (range.startsWith('-')) throw new LeakgateError('usage', `"${range}" is not a revision range`);
  const ends = range.includes('...') ? range.split('...') : range.split('..');
  for (const end of ends) {
    if (end === '') continue;
    if (!(await hasCommit(root, end))) {
      throw new LeakgateError('git', `"${end}" in range ${range} is not a commit in this repository: ${SHALLOW_FIX}`);
    }
  }
  return [range];
};

export async function* historySource(root: string, options: HistoryOptions): AsyncGenerator<SourceItem> {
  const revisions = options.range === undefined ? ['--all'] : await checkRange(root, options.range);
  const args = [
    'log',
    '-p',
    '--cc',
    ...DIFF_ARGS,
    `--format=${COMMIT_FORMAT}`,
    ...(options.since ? [`--since=${options.since}`] : []),
    ...revisions,
    '--',
  ];
  const stream = gitStream(args, root);
  yield* diffSource(stream, {
    cwd: root,
    maxFileSize: options.maxFileSize,
    ...(options.onCommit ? { onCommit: options.onCommit } : {}),
    ...(options.seen ? { seen: options.seen } : {}),
  });
}
