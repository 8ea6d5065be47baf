// A changed file is read whole (see sources/whole-file.ts) so that the rules see the unchanged
// lines around a change; what it reports is what touches the added lines, as `git diff -U0`
// would have shown them, so a commit is still blamed only for what it adds. Only the lines within
// reach of an added line are scanned: a rule's window is its line or the two after it, and an
// inline marker may sit on the line before (detect/windows.ts, detect/inline-allow.ts); a block
// rule (a PEM key: 64 KiB after its keyword) or a rule without keywords (run on the whole text)
// may reach any line, so a file where one could fire is scanned whole.
import type { DetectResult, Detector } from '../detect/detector.js';
import type { Finding, Fragment } from '../detect/types.js';
import { decodeFragment, type RawFragment } from '../sources/source-item.js';

/** Lines scanned either side of an added line: more than any line or lines window reaches. */
const MARGIN = 4;

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

/** Per detector: a test for text that a block rule or a keyword-less rule could match anywhere in. */
const farReaching = new WeakMap<Detector, (text: string) => boolean>();
const reachesFar = (detector: Detector): ((text: string) => boolean) => {
  let test = farReaching.get(detector);
  if (test) return test;
  const scanned = detector.rules.filter((rule) => !rule.pathOnly);
  if (scanned.some((rule) => rule.keywords.length === 0)) test = () => true;
  else {
    const keywords = scanned.filter((rule) => rule.window === 'block').flatMap((rule) => rule.keywords);
    const any = keywords.length === 0 ? undefined : new RegExp(keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
    test = (text) => any !== undefined && any.test(text);
  }
  farReaching.set(detector, test);
  return test;
};

/** Runs of lines [from, to] (1-based, inclusive) within MARGIN of an added line, merged. */
const regionsAround = (added: readonly number[]): Array<[number, number]> => {
  const regions: Array<[number, number]> = [];
  for (const line of added) {
    const last = regions[regions.length - 1];
    if (last && line - MARGIN <= last[1] + 1) last[1] = line + MARGIN;
    else regions.push([Math.max(1, line - MARGIN), line + MARGIN]);
  }
  return regions;
};

/** The text of lines [from, to] as a fragment of its own. */
const linesOf = (whole: Fragment, starts: readonly number[], from: number, to: number): Fragment => {
  const start = starts[from - 1] ?? whole.text.length;
  const end = to < starts.length ? (starts[to] as number) - 1 : whole.text.length;
  return { ...whole, text: whole.text.slice(start, Math.max(start, end)), startLine: from };
};

const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
};

/**
 * Detects in a changed file read whole and reports what touches its added lines. A file renamed
 * out of an allowlisted path was never scanned there: all of it counts.
 */
export const detectChanged = (fragment: RawFragment, detector: Detector, pathOnly: (ruleId: string) => boolean): DetectResult => {
  const whole = decodeFragment(fragment);
  const added = fragment.added ?? [];
  if (fragment.renamedFrom !== undefined && detector.detect({ path: fragment.renamedFrom, text: '', startLine: 1 }).pathAllowed) return detector.detect(whole);
  if (reachesFar(detector)(whole.text)) return keepAdded(detector.detect(whole), added, pathOnly);
  // The name rules and a path allowlist, once, from the file's name alone.
  const named = detector.detect({ ...whole, text: '', startLine: 1 });
  if (named.pathAllowed) return named;
  const starts = lineStarts(whole.text);
  const findings: Finding[] = [...named.findings];
  const suppressed = [...named.suppressed];
  for (const [from, to] of regionsAround(added)) {
    if (from > starts.length) break;
    const found = detector.detect(linesOf(whole, starts, from, Math.min(to, starts.length)));
    for (const finding of found.findings) if (!pathOnly(finding.ruleId)) findings.push(finding);
    suppressed.push(...found.suppressed);
  }
  return keepAdded({ findings, suppressed, pathAllowed: false }, added, pathOnly);
};
