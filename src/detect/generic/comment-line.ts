// Whether a line is a comment in its file's syntax: one table of line-comment starters per language
// and configuration format (block-comment continuation lines, `* …`, count where the language has them).
import type { ConfigFormat, Language, Syntax } from './syntax-of-path.js';
import { linesAbove } from './lines-around.js';

const HASH = /^\s*#(?!!)/;
const SLASHES = /^\s*(?:\/\/|\/\*|\*(?:\s|\/|$))/;

const BY_LANGUAGE: Readonly<Record<Language, RegExp>> = {
  js: SLASHES, go: SLASHES, java: SLASHES, kotlin: SLASHES, groovy: SLASHES, scala: SLASHES, dart: SLASHES, csharp: SLASHES,
  rust: SLASHES, swift: SLASHES, c: SLASHES,
  python: HASH, ruby: HASH, shell: HASH, perl: HASH, elixir: HASH, powershell: HASH, graphql: HASH,
  php: /^\s*(?:#(?!\[)|\/\/|\/\*|\*(?:\s|\/|$))/,
  hcl: /^\s*(?:#|\/\/|\/\*)/,
  lua: /^\s*--/,
  sql: /^\s*(?:--|\/\*)/,
};

const BY_FORMAT: Readonly<Record<ConfigFormat, RegExp>> = {
  env: HASH, yaml: HASH, toml: HASH, dockerfile: HASH, conf: /^\s*[#;]/, ini: /^\s*[#;]/,
  // JSON with comments (tsconfig, VS Code settings, appsettings.json)
  json: /^\s*\/\//,
  xml: /^\s*<!--/,
};

/** A comment line in code or configuration; never in Markdown or plain text (a `#` there is a heading). */
export const isCommentLine = (line: string, syntax: Syntax): boolean => {
  if (syntax.family === 'code') return BY_LANGUAGE[syntax.language].test(line);
  if (syntax.family === 'config') return BY_FORMAT[syntax.format].test(line);
  return false;
};

// A comment line whose text opens or closes a Markdown fence: `// ```js`, `# ```` `, `/// ```.
const FENCE_IN_COMMENT = /^\s*(?:\/\/+!?|#+|--|\*)\s*(?:```|~~~)/;
// How far up a comment block is read: a doc example of a screenful.
const MAX_FENCE_LINES = 60;

/**
 * Whether a comment line sits inside a Markdown fence that a comment block above it opened: code
 * comments written as Markdown (rustdoc, Go doc, JSDoc, a test's explanation) show examples there, as a
 * docs page's fence does. The block is the run of comment lines; a fence counts open when an odd number
 * of fence lines precede this one in it.
 */
export const insideCommentFence = (text: string, lineStart: number, line: string, syntax: Syntax): boolean => {
  if (!isCommentLine(line, syntax) || FENCE_IN_COMMENT.test(line)) return false;
  let fences = 0;
  for (const above of linesAbove(text, lineStart - 1, MAX_FENCE_LINES)) {
    if (!isCommentLine(above, syntax)) break;
    if (FENCE_IN_COMMENT.test(above)) fences++;
  }
  return fences % 2 === 1;
};
