// Translates a rule regex written for Go's RE2 (gitleaks configs) into JavaScript syntax.
// RE2 syntax: https://github.com/google/re2/wiki/Syntax

export type Translation =
  | { readonly ok: true; readonly source: string; readonly flags: string }
  | { readonly ok: false; readonly reason: string };

const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

const escapeLiteral = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

interface State {
  out: string;
  flags: Set<string>;
  inClass: boolean;
}

/** Reads leading global flag groups such as (?i) or (?is). */
const takeLeadingFlags = (pattern: string, flags: Set<string>): string | { reason: string } => {
  let rest = pattern;
  for (let m = /^\(\?([a-zA-Z]+)\)/.exec(rest); m; m = /^\(\?([a-zA-Z]+)\)/.exec(rest)) {
    for (const flag of m[1] ?? '') {
      if (flag === 'U') return { reason: 'the ungreedy flag (?U) has no JavaScript equivalent' };
      if (!'ims'.includes(flag)) return { reason: `unknown inline flag "${flag}"` };
      flags.add(flag);
    }
    rest = rest.slice(m[0].length);
  }
  return rest;
};

const translateEscape = (pattern: string, i: number, state: State): number | { reason: string } => {
  const next = pattern[i + 1];
  if (next === undefined) return { reason: 'the pattern ends with a lone backslash' };
  if (next === 'z') state.out += '(?![\\s\\S])';
  else if (next === 'A') state.out += '(?<![\\s\\S])';
  else if (next === 'C') return { reason: '\\C (any byte) has no JavaScript equivalent' };
  else if (next === 'Q') {
    const end = pattern.indexOf('\\E', i + 2);
    const literal = pattern.slice(i + 2, end === -1 ? pattern.length : end);
    state.out += escapeLiteral(literal);
    return end === -1 ? pattern.length : end + 2;
  } else if (next === 'x' && pattern[i + 2] === '{') {
    const end = pattern.indexOf('}', i + 3);
    const hex = pattern.slice(i + 3, end);
    if (end === -1 || !/^[0-9a-fA-F]{1,6}$/.test(hex)) return { reason: 'malformed \\x{…} escape' };
    state.out += `\\u{${hex}}`;
    state.flags.add('u');
    return end + 1;
  } else if ((next === 'p' || next === 'P') && pattern[i + 2] !== '{') {
    state.out += `\\${next}{${pattern[i + 2] ?? ''}}`;
    state.flags.add('u');
    return i + 3;
  } else {
    if (next === 'p' || next === 'P') state.flags.add('u');
    state.out += `\\${next}`;
  }
  return i + 2;
};

const translateGroupOpen = (pattern: string, i: number, state: State): number | { reason: string } => {
  const rest = pattern.slice(i);
  const named = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
  if (named) {
    state.out += `(?<${named[1] ?? ''}>`;
    return i + named[0].length;
  }
  const flagged = /^\(\?([a-zA-Z-]*)(:|\))/.exec(rest);
  if (flagged && flagged[1] !== '') {
    const flags = flagged[1] ?? '';
    if (flags.includes('-') || flags.includes('U')) {
      return { reason: `inline flags "(?${flags}" cannot be translated; remove them` };
    }
    // A mid-pattern (?i) or (?i:…) widens the whole regex: more recall, never less.
    for (const flag of flags) state.flags.add(flag);
    state.out += flagged[2] === ':' ? '(?:' : '';
    return i + flagged[0].length;
  }
  state.out += '(';
  return i + 1;
};

const translatePosixClass = (pattern: string, i: number, state: State): number | undefined => {
  const m = /^\[:(\^?)([a-z]+):\]/.exec(pattern.slice(i));
  if (!m) return undefined;
  const body = POSIX_CLASSES[m[2] ?? ''];
  if (body === undefined || m[1] === '^') return undefined;
  state.out += body;
  return i + m[0].length;
};

/** Nothing that needs translating: no inline groups or flags, no RE2-only escapes, no POSIX classes. */
const PLAIN = /\(\?(?![:=!]|<[=!A-Za-z_])|\\[zACQxpP]|\[:/;

/** RE2 (or already-JavaScript) pattern in, JavaScript source and flags out. */
export const translateRegex = (pattern: string): Translation => {
  const flags = new Set<string>();
  const rest = takeLeadingFlags(pattern, flags);
  if (typeof rest !== 'string') return { ok: false, reason: rest.reason };
  if (!PLAIN.test(rest)) return { ok: true, source: rest, flags: [...flags].sort().join('') };
  const state: State = { out: '', flags, inClass: false };
  let i = 0;
  while (i < rest.length) {
    const ch = rest[i] as string;
    let next: number | { reason: string } | undefined;
    if (ch === '\\') next = translateEscape(rest, i, state);
    else if (state.inClass && ch === '[') next = translatePosixClass(rest, i, state);
    else if (!state.inClass && ch === '(' && rest[i + 1] === '?') next = translateGroupOpen(rest, i, state);
    if (next === undefined) {
      if (ch === '[' && !state.inClass) {
        state.inClass = true;
        state.out += rest[i + 1] === ']' ? '[\\]' : '[';
        next = rest[i + 1] === ']' ? i + 2 : i + 1;
      } else {
        if (ch === ']' && state.inClass) state.inClass = false;
        state.out += ch;
        next = i + 1;
      }
    }
    if (typeof next !== 'number') return { ok: false, reason: next.reason };
    i = next;
  }
  return { ok: true, source: state.out, flags: [...flags].sort().join('') };
};
