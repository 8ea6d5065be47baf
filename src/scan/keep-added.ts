// A changed file is scanned whole (see sources/whole-file.ts) so that the rules see the unchanged
// lines around a change; what it reports is what touches the added lines, as `git diff -U0`
// would have shown them, so a commit is still blamed only for what it adds.
import type { DetectResult, Detector } from '../detect/detector.js';
import type { RawFragment } from '../sources/source-item.js';

/** Whether some added line lies in [from, to] (added is ascending). */
const touches = (added: readonly number[], from: number, to: number): boolean => {
  let low = 0;
  let high = added.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((added[mid] as number) < from) low = mid + 1;
    else high = mid;
  }
  return low < added.length && (added[low] as number) <= to;
};

/**
 * Keeps the findings (and suppressions) that touch an added line; rules on the file's name report
 * as before. A file renamed out of an allowlisted path was never scanned there: all of it counts.
 */
export const keepAdded = (result: DetectResult, fragment: RawFragment, detector: Detector, pathOnly: (ruleId: string) => boolean): DetectResult => {
  const added = fragment.added;
  if (added === undefined || result.pathAllowed) return result;
  if (fragment.renamedFrom !== undefined && detector.detect({ path: fragment.renamedFrom, text: '', startLine: 1 }).pathAllowed) return result;
  return {
    findings: result.findings.filter((finding) => pathOnly(finding.ruleId) || touches(added, finding.line, finding.endLine)),
    suppressed: result.suppressed.filter((suppression) => touches(added, suppression.line, suppression.line)),
    pathAllowed: false,
  };
};
