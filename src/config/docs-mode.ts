// Whether a tree's documentation shows examples (a published project) or holds its team's own notes.
// A tree that carries an open-source license at its root is published: its README and docs pages
// are written for outside readers, and the values in them are illustrations. A company's private
// repository has no such file, and its runbooks may hold real credentials.
import { readdirSync } from 'node:fs';
import type { DocsMode } from '../detect/types.js';

// LICENSE, LICENSE.md, LICENSE-MIT, LICENCE.txt, COPYING, COPYING.LESSER, UNLICENSE (as GitHub's
// licensee and the SPDX practice name them).
const LICENSE_FILE = /^(?:LICEN[CS]E|COPYING|UNLICENSE)(?:[.-][\w.-]*)?$/i;

/** `examples` when the root holds a license file, else `internal` (also when the root cannot be read). */
export const docsModeAt = (root: string): DocsMode => {
  try {
    return readdirSync(root).some((name) => LICENSE_FILE.test(name)) ? 'examples' : 'internal';
  } catch {
    return 'internal';
  }
};
