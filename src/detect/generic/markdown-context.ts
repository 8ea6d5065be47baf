// In Markdown a value counts only inside code: a code span on its line, a fenced block (read in
// the fence's language) or an indented block. Prose that mentions a password is not one.
import { syntaxOfFence, type Syntax } from './syntax-of-path.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** The info string of the fenced block open at `lineStart`, or undefined outside any fence. */
const openFence = (text: string, lineStart: number): string | undefined => {
  let open: { marker: string; info: string } | undefined;
  let at = 0;
  while (at < lineStart) {
    const end = text.indexOf('\n', at);
    const stop = end === -1 || end > lineStart ? lineStart : end;
    const fence = FENCE.exec(text.slice(at, stop).replace(/\r$/, ''));
    if (fence) {
      const marker = fence[1] as string;
      if (open === undefined) open = { marker, info: fence[2] ?? '' };
      else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && (fence[2] ?? '').trim() === '') open = undefined;
    }
    if (end === -1) break;
    at = end + 1;
  }
  return open?.info;
};

const insideCodeSpan = (line: string, column: number): boolean => (line.slice(0, column).match(/`/g)?.length ?? 0) % 2 === 1;

/**
 * The syntax a Markdown value is read in, or undefined in prose. `whole` says the text starts at
 * the file's first line (a diff hunk does not: its fences are unknown, so it is read as plain text).
 */
export const markdownSyntaxAt = (text: string, lineStart: number, line: string, column: number, whole: boolean): Syntax | undefined => {
  if (insideCodeSpan(line, column)) return { family: 'plain' };
  if (!whole || /^(?: {4}|\t)/.test(line)) return { family: 'plain' };
  const info = openFence(text, lineStart);
  return info === undefined ? undefined : syntaxOfFence(info);
};
