// Inline suppression markers, ours and those of the tools teams migrate from.
// leakgate:allow and gitleaks:allow on the secret's line; detect-secrets' "pragma: allowlist secret"
// on the line, or "pragma: allowlist nextline secret" on the line before.
const SAME_LINE = /leakgate:allow|gitleaks:allow|pragma: ?allowlist secret/;
const NEXT_LINE = /pragma: ?allowlist[ -]nextline secret/;

/** Returns the marker that allows a finding spanning [start, end) of text, if any. */
export const inlineAllowMarker = (text: string, start: number, end: number): string | undefined => {
  const lineFrom = text.lastIndexOf('\n', start - 1) + 1;
  const firstEnd = text.indexOf('\n', start);
  const firstLine = text.slice(lineFrom, firstEnd === -1 ? text.length : firstEnd);
  const same = SAME_LINE.exec(firstLine);
  if (same) return same[0];
  // A multi-line match (a PEM block) may carry the marker on its last line.
  if (firstEnd !== -1 && firstEnd < end - 1) {
    const lastFrom = text.lastIndexOf('\n', end - 2) + 1;
    const lastEnd = text.indexOf('\n', end - 1);
    const last = SAME_LINE.exec(text.slice(lastFrom, lastEnd === -1 ? text.length : lastEnd));
    if (last) return last[0];
  }
  if (lineFrom === 0) return undefined;
  const previous = text.slice(text.lastIndexOf('\n', lineFrom - 2) + 1, lineFrom - 1);
  return NEXT_LINE.exec(previous)?.[0];
};
