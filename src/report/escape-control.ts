// Text from a repository (author names, commit subjects, paths, file lines) must not drive the
// terminal it is printed on: an ESC sequence can recolour or erase lines (an author name can hide
// a finding from view), CR and backspace overwrite what was printed, and bidirectional overrides
// reorder what a reader sees ("Trojan Source", CVE-2021-42574). They are shown escaped instead.
// C0 and C1 controls: ECMA-48 §5; bidi controls: Unicode UAX #9.

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escapeOne = (char: string): string => {
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** Control and bidi characters as visible escapes (`\x1b`, `\u202e`); everything else unchanged. */
export const escapeControl = (text: string): string => {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, escapeOne) : text;
};
