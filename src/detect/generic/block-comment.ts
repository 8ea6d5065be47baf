// Whether a place in code is inside a block comment (`/* … */`), where lines hold no comment
// marker of their own: a sample JSON response pasted into a Go or PHP comment, a commented-out
// block of configuration. Read backwards line by line from the place, each line's quoted strings
// taken out first (a glob "src/**/*.js" opens no comment), to the nearest opener or closer.
import type { Language } from './syntax-of-path.js';
import { linesAbove } from './lines-around.js';

// The languages whose block comments are /* … */ (SQL and HCL have them too).
const SLASH_STAR: ReadonlySet<Language> = new Set(['js', 'go', 'java', 'kotlin', 'groovy', 'scala', 'dart', 'csharp', 'rust',
  'swift', 'c', 'php', 'sql', 'hcl']);

// A quoted string on one line, escapes included.
const ONE_LINE_STRING = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`\n]*`/g;

// How far back to look: a comment longer than this is rare, and the walk stays cheap.
const MAX_LINES = 400;

/** The last `/*` or `*\/` in a line, outside its strings (and after a line comment's start, none). */
const lastMarker = (line: string): 'open' | 'close' | undefined => {
  const code = line.replace(ONE_LINE_STRING, '""');
  const open = code.lastIndexOf('/*');
  const close = code.lastIndexOf('*/');
  if (open < 0 && close < 0) return undefined;
  return open > close ? 'open' : 'close';
};

/** Whether offset `at` of `text` lies inside a /* … *\/ comment of `language`. */
export const insideBlockComment = (text: string, at: number, language: Language): boolean => {
  if (!SLASH_STAR.has(language)) return false;
  for (const line of linesAbove(text, at, MAX_LINES)) {
    const marker = lastMarker(line);
    if (marker !== undefined) return marker === 'open';
  }
  return false;
};

/**
 * Whether offset `at` of Python source lies inside a docstring (PEP 257: a string literal that is the
 * first statement of a module, class or function): its opening triple quote begins a line, right
 * after a `def`/`class` header or at the top of the file. Docstrings show examples (an HTTP exchange
 * with its `"auth_data": …`); a triple-quoted string assigned or passed as data is not one, but for
 * Ansible's module-level DOCUMENTATION, EXAMPLES and RETURN (its module format's documentation).
 */
export const insideDocstring = (text: string, at: number): boolean => {
  const quotes = tripleQuotesOf(text);
  // How many triple quotes open or close before `at`: an odd count is inside a triple-quoted string.
  let count = 0;
  while (count < quotes.length && (quotes[count] as number) < at) count++;
  if (count % 2 === 0) return false;
  const opener = quotes[count - 1] as number;
  const lineStart = text.lastIndexOf('\n', opener - 1) + 1;
  // Ansible's module format: module-level DOCUMENTATION, EXAMPLES and RETURN strings are its docs.
  if (/^(?:DOCUMENTATION|EXAMPLES|RETURN)\s*=\s*[rRuU]?$/.test(text.slice(lineStart, opener))) return true;
  if (!/^\s*[rRuUbB]?$/.test(text.slice(lineStart, opener))) return false;
  // The code before it (blank lines skipped): a def/class header ends with ':'; at the module's top
  // there is nothing, or only comments.
  const before = text.slice(Math.max(0, lineStart - 2000), lineStart).trimEnd();
  return before === '' || before.endsWith(':') || /^\s*(?:#.*)?$/.test(before.slice(before.lastIndexOf('\n') + 1));
};

// The triple quotes of the last text asked about: a file's candidates are assessed one after another,
// so each file is read for them once, not once per candidate.
let lastText: string | undefined;
let lastQuotes: number[] = [];
const tripleQuotesOf = (text: string): number[] => {
  if (text !== lastText) {
    lastText = text;
    lastQuotes = [...text.matchAll(/"""|'''/g)].map((match) => match.index ?? 0);
  }
  return lastQuotes;
};
