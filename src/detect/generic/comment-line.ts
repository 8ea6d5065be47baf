// Whether a line is a comment in its file's syntax: one table of line-comment starters per language
// and configuration format (block-comment continuation lines, `* …`, count where the language has them).
import type { ConfigFormat, Language, Syntax } from './syntax-of-path.js';

const HASH = /^\s*#(?!!)/;
const SLASHES = /^\s*(?:\/\/|\/\*|\*(?:\s|\/|$))/;

const BY_LANGUAGE: Readonly<Record<Language, RegExp>> = {
  js: SLASHES, go: SLASHES, java: SLASHES, kotlin: SLASHES, groovy: SLASHES, scala: SLASHES, dart: SLASHES, csharp: SLASHES,
  rust: SLASHES, swift: SLASHES, c: SLASHES,
  python: HASH, ruby: HASH, shell: HASH, perl: HASH, elixir: HASH, powershell: HASH,
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
