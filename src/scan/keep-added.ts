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

const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
};

/** 1-based line holding an offset. */
const lineAt = (starts: readonly number[], offset: number): number => {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
};

/** Runs of whole lines [from, to] within REACH of an added line, merged where they meet. */
const regionsAround = (text: string, starts: readonly number[], added: readonly number[]): Array<[number, number]> => {
  const regions: Array<[number, number]> = [];
  for (const line of added) {
    const start = starts[line - 1] ?? text.length;
    const end = starts[line] ?? text.length;
    const from = lineAt(starts, Math.max(0, start - REACH));
    const to = lineAt(starts, Math.min(text.length, end + REACH));
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
  const starts = lineStarts(text);
  const findings: Finding[] = [...named.findings];
  const suppressed = [...named.suppressed];
  for (const [from, to] of regionsAround(text, starts, added)) {
    const end = to < starts.length ? (starts[to] as number) - 1 : text.length;
    const found = detector.detect({ ...whole, text: text.slice(starts[from - 1] ?? text.length, end), startLine: from });
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
