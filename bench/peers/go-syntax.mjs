// Just enough Go to read test data out of other scanners' sources: string literals (interpreted
// "…" and raw `…`, https://go.dev/ref/spec#String_literals), comments, and the expression that
// runs from a position to the first top-level comma or closing bracket.

const ESCAPES = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };

/** The value of an interpreted string literal's body (between the quotes). */
export const unescapeGo = (body) =>
  body.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{3})|(.))/gs, (all, x, u, U, oct, c) => {
    if (x || u || U) return String.fromCodePoint(parseInt(x ?? u ?? U, 16));
    if (oct) return String.fromCharCode(parseInt(oct, 8));
    return ESCAPES[c] ?? all;
  });

/** Where the token starting at `i` ends, for strings, runes and comments; -1 when `i` starts none. */
const skipQuoted = (src, i) => {
  const c = src[i];
  if (c === '`') {
    const end = src.indexOf('`', i + 1);
    return end < 0 ? src.length : end + 1;
  }
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < src.length && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
    return j + 1;
  }
  if (c === '/' && src[i + 1] === '/') {
    const end = src.indexOf('\n', i);
    return end < 0 ? src.length : end;
  }
  if (c === '/' && src[i + 1] === '*') {
    const end = src.indexOf('*/', i + 2);
    return end < 0 ? src.length : end + 2;
  }
  return -1;
};

/**
 * The expression text from `start` to the first comma, `;` or unmatched closer at depth 0, or to a
 * line end at depth 0 when `statement` (Go ends a statement there unless the line ends in an operator).
 */
export const readExpression = (src, start, statement = true) => {
  let depth = 0;
  let i = start;
  while (i < src.length) {
    if (statement && depth === 0 && src.startsWith('//', i)) break;
    const skipped = skipQuoted(src, i);
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    const c = src[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && (c === ',' || c === ';')) break;
    else if (depth === 0 && statement && c === '\n' && !/[+(]\s*$/.test(src.slice(start, i))) break;
    i++;
  }
  return { text: src.slice(start, i), end: i };
};

/** The index just past the bracket that closes the one at `open`. */
export const matchingClose = (src, open) => {
  let depth = 0;
  let i = open;
  while (i < src.length) {
    const skipped = skipQuoted(src, i);
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    const c = src[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && --depth === 0) return i + 1;
    i++;
  }
  return src.length;
};

/** The top-level, comma-separated items inside a bracketed text (without the brackets). */
export const splitItems = (inner) => {
  const items = [];
  let i = 0;
  while (i < inner.length) {
    const { text, end } = readExpression(inner, i, false);
    if (text.trim()) items.push(text.trim());
    i = end + 1;
  }
  return items;
};

const LITERAL = /^(?:`([^`]*)`|"((?:[^"\\\n]|\\.)*)")/s;
const GAP = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/;

/** The value of an expression made only of string literals joined by `+`, else null. */
export const literalValue = (expression) => {
  let rest = expression.replace(GAP, '');
  let value = '';
  for (;;) {
    const m = LITERAL.exec(rest);
    if (!m) return null;
    value += m[1] !== undefined ? m[1] : unescapeGo(m[2]);
    rest = rest.slice(m[0].length).replace(GAP, '');
    if (rest === '') return value;
    if (!rest.startsWith('+')) return null;
    rest = rest.slice(1).replace(GAP, '');
  }
};
