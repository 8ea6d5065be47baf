// Inline suppression markers, ours and those of the tools teams migrate from.
// leakgate:allow and gitleaks:allow on the secret's line; detect-secrets' "pragma: allowlist secret"
// on the line, or "pragma: allowlist nextline secret" on the line before.
const SAME_LINE = /leakgate:allow|gitleaks:allow|pragma: ?allowlist secret/;
const NEXT_LINE = /pragma: ?allowlist[ -]nextline secret/;

/**
 * How far from the secret a marker is looked for on its line: comments sit near what they mark,
 * and a 30 MB minified line must not be searched once per finding.
 */
const REACH = 4096;

const lineStartBefore = (text: string, offset: number): number => {
  const from = Math.max(0, offset - REACH);
  const newline = text.slice(from, offset).lastIndexOf('\n');
  return newline === -1 ? from : from + newline + 1;
};

const lineEndAfter = (text: string, offset: number): number => {
  const to = Math.min(text.length, offset + REACH);
  const newline = text.slice(offset, to).indexOf('\n');
  return newline === -1 ? to : offset + newline;
};

/** Returns the marker that allows a finding spanning [start, end) of text, if any. */
export const inlineAllowMarker = (text: string, start: number, end: number): string | undefined => {
  const lineFrom = lineStartBefore(text, start);
  const firstEnd = lineEndAfter(text, start);
  const same = SAME_LINE.exec(text.slice(lineFrom, firstEnd));
  if (same) return same[0];
  // A multi-line match (a PEM block) may carry the marker on its last line.
  if (firstEnd < end - 1) {
    const last = SAME_LINE.exec(text.slice(lineStartBefore(text, end - 1), lineEndAfter(text, end - 1)));
    if (last) return last[0];
  }
  if (lineFrom === 0 || text[lineFrom - 1] !== '\n') return undefined;
  const previous = text.slice(lineStartBefore(text, lineFrom - 1), lineFrom - 1);
  return NEXT_LINE.exec(previous)?.[0];
};
