// Is the value a rule read a literal of the file's syntax? In code only a string literal counts:
// never an expression, a call, a member access, an interpolated string or a concatenation. In
// configuration the scalar counts, quoted or bare.
import type { StringSyntax } from './string-syntax.js';

export type NotLiteral = 'code-expression' | 'interpolation';
export type LiteralVerdict = { readonly literal: true } | { readonly literal: false; readonly why: NotLiteral };

const LITERAL: LiteralVerdict = { literal: true };
const notLiteral = (why: NotLiteral): LiteralVerdict => ({ literal: false, why });

interface Quoted {
  readonly open: number;
  readonly close: number;
  readonly quote: string;
}

const isEscaped = (line: string, at: number): boolean => {
  let slashes = 0;
  for (let i = at - 1; i >= 0 && line[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
};

/** Does [from, to) hold the quote unescaped? An escaped one (`'pass=\'…\''`) stays inside the string. */
const hasUnescaped = (line: string, from: number, to: number, quote: string): boolean => {
  for (let i = from; i < to; i++) if (line[i] === quote && !isEscaped(line, i)) return true;
  return false;
};

/** The string literal around [start, end) on the line, if one of the quotes encloses it. */
const enclosingString = (line: string, start: number, end: number, quotes: string): Quoted | undefined => {
  for (let open = start - 1; open >= 0; open--) {
    const quote = line[open] as string;
    if (!quotes.includes(quote) || isEscaped(line, open)) continue;
    let close = end;
    while (close < line.length && (line[close] !== quote || isEscaped(line, close))) close++;
    if (close < line.length && !hasUnescaped(line, open + 1, start, quote)) return { open, close, quote };
    return undefined;
  }
  return undefined;
};

// Calls that turn a literal into bytes or a frozen string: the value is still the literal.
const KEEPS_LITERAL = /^\.(?:freeze|encode|getBytes|toCharArray|to_string|to_owned|into|as_bytes|bytes|b|dup|trim|strip|toString|as_str|utf8|data|toByteArray)\b/;

/** What follows the closing quote in code: an operator that keeps computing makes it an expression. */
const continuesAsCode = (line: string, after: number): boolean => {
  const rest = line.slice(after).trimStart();
  if (rest.startsWith('.')) return !KEEPS_LITERAL.test(rest);
  return /^(?:\+|%(?![>}])|\[|\(|\*(?!\/))/.test(rest);
};

/** What precedes the opening quote in code (past a prefix such as f, r, @, $): a concatenation. */
const continuesCode = (before: string): boolean => /[+.%]\s*$/.test(before);

const interpolates = (syntax: StringSyntax, quoted: Quoted, line: string, body: string): boolean => {
  if (syntax.interpolation === undefined) return false;
  if (syntax.interpolatingPrefix !== undefined) return syntax.interpolatingPrefix.test(line.slice(0, quoted.open)) && syntax.interpolation.test(body);
  if (syntax.interpolating !== undefined && !syntax.interpolating.includes(quoted.quote)) return false;
  return syntax.interpolation.test(body);
};

/**
 * Reads the value at [start, end) of a line: a literal of the syntax, or why not. The rule has
 * already found the key and the operator; this decides whether what it took as the value is one.
 */
export const readLiteral = (line: string, start: number, end: number, syntax: StringSyntax): LiteralVerdict => {
  const quoted = enclosingString(line, start, end, syntax.quotes);
  if (quoted === undefined) {
    if (!syntax.bare && !(syntax.bareAfter?.(line.slice(0, start)) ?? false)) return notLiteral('code-expression');
    // A bare word interpolates wherever the syntax interpolates at all (shell, .env: $HOME).
    return syntax.interpolation?.test(line.slice(start, end)) ? notLiteral('interpolation') : LITERAL;
  }
  const body = line.slice(quoted.open + 1, quoted.close);
  if (interpolates(syntax, quoted, line, body)) return notLiteral('interpolation');
  if (!syntax.code) return LITERAL;
  // Shell: a backquoted string is a command, not a value.
  if (quoted.quote === '`' && syntax.bare) return notLiteral('code-expression');
  const before = line.slice(0, quoted.open).replace(/[A-Za-z@$#]{1,3}$/, '');
  if (continuesAsCode(line, quoted.close + 1) || continuesCode(before)) return notLiteral('code-expression');
  return LITERAL;
};
