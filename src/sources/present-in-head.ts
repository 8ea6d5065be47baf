// Is a secret still in the tip of the checked-out branch? Then it must be deleted as well as rotated.
import type { Finding } from '../detect/types.js';
import { openBlobReader } from './git.js';
import { hasCommit } from './repo.js';

export const markPresentInHead = async (root: string, findings: readonly Finding[]): Promise<Finding[]> => {
  if (findings.length === 0) return [];
  if (!(await hasCommit(root, 'HEAD'))) return findings.map((finding) => ({ ...finding, presentInHead: false }));
  const reader = openBlobReader(root);
  const contents = new Map<string, string | undefined>();
  try {
    const out: Finding[] = [];
    for (const finding of findings) {
      if (!contents.has(finding.file)) {
        const blob = await reader.read(`HEAD:${finding.file}`);
        contents.set(finding.file, blob?.toString('utf8'));
      }
      const text = contents.get(finding.file);
      out.push({ ...finding, presentInHead: text !== undefined && text.includes(finding.secret) });
    }
    return out;
  } finally {
    await reader.close();
  }
};
