// Is a secret still in the tip of the checked-out branch? Then it must be deleted as well as rotated.
// First the finding's own file at HEAD; if the file moved or the secret did, a search of the whole
// tree (the secret travels on git's stdin, never on a command line that `ps` shows).
import type { Finding } from '../detect/types.js';
import { openBlobReader } from './blob-reader.js';
import { git } from './git.js';
import { hasCommit } from './repo.js';

/** Searches beyond the finding's own file stop after this many: each reads the whole tree. */
const TREE_SEARCHES = 200;

const inTree = async (root: string, secret: string): Promise<boolean> => {
  if (secret.includes('\n')) return false;
  try {
    await git(['grep', '-q', '-F', '--no-color', '-f', '-', 'HEAD', '--'], root, `${secret}\n`);
    return true;
  } catch {
    return false;
  }
};

export const markPresentInHead = async (root: string, findings: readonly Finding[]): Promise<Finding[]> => {
  if (findings.length === 0) return [];
  if (!(await hasCommit(root, 'HEAD'))) return findings.map((finding) => ({ ...finding, presentInHead: false }));
  const reader = openBlobReader(root);
  // Bytes, searched as bytes (Buffer#includes encodes the secret as UTF-8): decoding a 200 MB file
  // to a string held it twice (peak RSS 573 MB after a history scan that found a key in one).
  const contents = new Map<string, Buffer | undefined>();
  let searches = 0;
  try {
    const out: Finding[] = [];
    for (const finding of findings) {
      if (!contents.has(finding.file)) {
        const blob = await reader.read(`HEAD:${finding.file}`);
        contents.set(finding.file, blob);
      }
      const text = contents.get(finding.file);
      // A path-only finding (a committed key file) is present while the file is.
      const pathOnly = finding.secret === finding.file;
      let present = pathOnly ? text !== undefined : text !== undefined && text.includes(finding.secret);
      if (!present && !pathOnly && searches < TREE_SEARCHES) {
        searches++;
        present = await inTree(root, finding.secret);
      }
      out.push({ ...finding, presentInHead: present });
    }
    return out;
  } finally {
    await reader.close();
  }
};
