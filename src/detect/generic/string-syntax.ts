// How each syntax writes a literal value: which quotes open a string, whether a bare word is a
// value, and what marks interpolation inside a string (then it is a template, not a literal).
import { isPowershellArgument } from './powershell-argument.js';
import type { Syntax } from './syntax-of-path.js';

export interface StringSyntax {
  /** Characters that open (and close) a string literal. */
  readonly quotes: string;
  /** An unquoted word is a value (configuration, shell), not an expression. */
  readonly bare: boolean;
  /** Code: what follows or precedes the literal matters (concatenation, a call, formatting). */
  readonly code: boolean;
  /** Interpolation inside a string opened by one of `interpolating` (all quotes when unset). */
  readonly interpolation?: RegExp;
  readonly interpolating?: string;
  /** Letters before the quote that make a string interpolate (f"…", $"…", s"…"). */
  readonly interpolatingPrefix?: RegExp;
  /** Where a bare word is a value even though `bare` is false (PowerShell's argument mode), judged by the line before it. */
  readonly bareAfter?: (before: string) => boolean;
}

const DOLLAR = /\$[A-Za-z_{(]/;

const CODE_STRINGS: Readonly<Record<string, StringSyntax>> = {
  js: { quotes: '\'"`', bare: false, code: true, interpolation: /\$\{/, interpolating: '`' },
  python: { quotes: '\'"', bare: false, code: true, interpolation: /\{[^{}]*\}/, interpolatingPrefix: /[fF][rRbB]?$|[rRbB][fF]$/ },
  go: { quotes: '"`', bare: false, code: true },
  java: { quotes: '"', bare: false, code: true },
  kotlin: { quotes: '"', bare: false, code: true, interpolation: DOLLAR },
  groovy: { quotes: '\'"', bare: false, code: true, interpolation: DOLLAR, interpolating: '"' },
  scala: { quotes: '"', bare: false, code: true, interpolation: DOLLAR, interpolatingPrefix: /[sf]$/ },
  dart: { quotes: '\'"', bare: false, code: true, interpolation: DOLLAR },
  csharp: { quotes: '"', bare: false, code: true, interpolation: /\{[^{}]*\}/, interpolatingPrefix: /\$@?$|@\$$/ },
  ruby: { quotes: '\'"', bare: false, code: true, interpolation: /#\{/, interpolating: '"' },
  php: { quotes: '\'"', bare: false, code: true, interpolation: /\$[A-Za-z_{]|\{\$/, interpolating: '"' },
  rust: { quotes: '"', bare: false, code: true },
  swift: { quotes: '"', bare: false, code: true, interpolation: /\\\(/ },
  c: { quotes: '"', bare: false, code: true },
  shell: { quotes: '\'"', bare: true, code: true, interpolation: /\$[A-Za-z_{(]|`/, interpolating: '"' },
  powershell: { quotes: '\'"', bare: false, code: true, interpolation: DOLLAR, interpolating: '"', bareAfter: isPowershellArgument },
  perl: { quotes: '\'"', bare: false, code: true, interpolation: /[$@][A-Za-z_{]/, interpolating: '"' },
  lua: { quotes: '\'"', bare: false, code: true },
  elixir: { quotes: '\'"', bare: false, code: true, interpolation: /#\{/ },
  hcl: { quotes: '"', bare: false, code: true, interpolation: /[$%]\{/ },
  sql: { quotes: '\'', bare: false, code: false },
  graphql: { quotes: '"', bare: false, code: true },
};

const SCALAR: StringSyntax = { quotes: '\'"', bare: true, code: false };
const CONFIG_STRINGS: Readonly<Record<string, StringSyntax>> = {
  env: { quotes: '\'"', bare: true, code: false, interpolation: /\$\{?[A-Za-z_]/, interpolating: '"' },
  json: { quotes: '"', bare: false, code: false },
  toml: { quotes: '\'"', bare: false, code: false },
};

/** The string syntax of a file's syntax (Markdown's is that of the code span or fence, decided by the caller). */
export const stringSyntaxOf = (syntax: Syntax): StringSyntax => {
  if (syntax.family === 'code') return CODE_STRINGS[syntax.language] ?? SCALAR;
  if (syntax.family === 'config') return CONFIG_STRINGS[syntax.format] ?? SCALAR;
  return { quotes: '\'"`', bare: true, code: false };
};
