// A changed file is read whole (see sources/whole-file.ts) so that the rules see the unchanged
// lines around a change; what it reports is what touches the added lines, as `git diff -U0`
// would have shown them, so a commit is still blamed only for what it adds.
// How much around a change: a rule's window reaches at most 64 KiB after its keyword, and 4 KiB
// before it on its line (detect/windows.ts); 31 built-in rules have such block windows, keyed on
// words as common as "token". So the lines within 68 KiB of an added line are scanned: a small
// file whole, a large one (a changelog, a bundle) around its changes. A Kubernetes Secret's data
// is decoded only below its kind: Secret line, wherever that is: such a file is scanned whole.
import type { DetectResult, Detector } from '../detect/detector.js';
import { isKubernetesSecret } from '../detect/decoders.js';
import { createLineIndex, type LineIndex } from '../detect/line-index.js';
import type { Finding, Fragment } from '../detect/types.js';
import { decodeFragment, type RawFragment } from '../sources/source-item.js';

/** Characters of context either side of an added line: a block window (64 KiB) and the reach before a hit (4 KiB). */
const REACH = 68 * 1024;

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

/** Keeps the findings (and suppressions) that touch an added line; rules on the file's name report as before. */
export const keepAdded = (result: DetectResult, added: readonly number[], pathOnly: (ruleId: string) => boolean): DetectResult => ({
  findings: result.findings.filter((finding) => pathOnly(finding.ruleId) || touches(added, finding.line, finding.endLine)),
  suppressed: result.suppressed.filter((suppression) => touches(added, suppression.line, suppression.line)),
  pathAllowed: result.pathAllowed,
});

/** Runs of whole lines [from, to] within REACH of an added line, merged where they meet. */
const regionsAround = (text: string, lines: LineIndex, added: readonly number[]): Array<[number, number]> => {
  const regions: Array<[number, number]> = [];
  for (const line of added) {
    // Lines are 1-based here, the index's 0-based; past the last line startOf gives the text's length + 1.
    const from = lines.indexOf(Math.max(0, lines.startOf(line - 1) - REACH)) + 1;
    const to = lines.indexOf(Math.min(text.length, lines.startOf(line) + REACH)) + 1;
    const last = regions[regions.length - 1];
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
  }
  return regions;
};

/** Scans the regions of a large file, with the rules on its name (and a path allowlist) asked once. */
const detectRegions = (whole: Fragment, added: readonly number[], detector: Detector, pathOnly: (ruleId: string) => boolean): DetectResult => {
  const named = detector.detect({ ...whole, text: '', startLine: 1 });
  if (named.pathAllowed) return named;
  const text = whole.text;
  const lines = createLineIndex(text);
  const findings: Finding[] = [...named.findings];
  const suppressed = [...named.suppressed];
  for (const [from, to] of regionsAround(text, lines, added)) {
    // Lines from..to without the newline after `to` (the text's end after its last line).
    const found = detector.detect({ ...whole, text: text.slice(lines.startOf(from - 1), lines.startOf(to) - 1), startLine: from });
    for (const finding of found.findings) if (!pathOnly(finding.ruleId)) findings.push(finding);
    suppressed.push(...found.suppressed);
  }
  return { findings, suppressed, pathAllowed: false };
};

/**
 * Detects in a changed file read whole and reports what touches its added lines. A file renamed
 * out of an allowlisted path was never scanned there: all of it counts.
 */
export const detectChanged = (fragment: RawFragment, detector: Detector, pathOnly: (ruleId: string) => boolean): DetectResult => {
  const whole = decodeFragment(fragment);
  if (fragment.renamedFrom !== undefined && detector.detect({ path: fragment.renamedFrom, text: '', startLine: 1 }).pathAllowed) return detector.detect(whole);
  const added = fragment.added ?? [];
  const small = whole.text.length <= 4 * REACH;
  const found = small || isKubernetesSecret(whole.text) ? detector.detect(whole) : detectRegions(whole, added, detector, pathOnly);
  return keepAdded(found, added, pathOnly);
};
