// A secret scanner's own allowlist: gitleaks' configuration format (which leakgate reads too) lists, in
// an `[allowlist]` table or a rule's `[[rules.allowlists]]`, the values, patterns and stopwords the
// scanner must not report. Those lines are values a team reviewed and marked as no secret, or samples
// of what a pattern skips; reporting them turns the scanner's own configuration into findings.
import { linesAbove } from './lines-around.js';

// A TOML table header: `[allowlist]`, `[[allowlists]]`, `[[rules.allowlists]]`, `[rules.allowlist]`.
const ALLOWLIST_TABLE = /^[ \t]*\[\[?[ \t]*(?:rules[ \t]*\.[ \t]*)?allowlists?[ \t]*\]\]?[ \t]*(?:#.*)?$/;
const ANY_TABLE = /^[ \t]*\[/;

// A header is looked for this far back: a long allowlist of stopwords is a few hundred lines.
const MAX_BACK = 64 * 1024;

/** Whether the line at `lineStart` of a TOML file sits in a scanner's allowlist table. */
export const inScannerAllowlist = (path: string, text: string, lineStart: number): boolean => {
  if (!/\.toml$/i.test(path)) return false;
  for (const line of linesAbove(text, lineStart - 1, Infinity, Math.max(0, lineStart - MAX_BACK))) {
    // A table header opens at column 0 or after blanks; a string in an array never starts with `[`
    // followed by a bare key (`regexes = [` ends with it instead).
    if (ANY_TABLE.test(line) && /\][ \t]*(?:#.*)?$/.test(line)) return ALLOWLIST_TABLE.test(line);
  }
  return false;
};
