// detect-secrets' plugin tests (tests/plugins/*_test.py): `@pytest.mark.parametrize('line,
// should_flag', [(literal, True), …])`. We keep the cases whose input is a plain string literal
// (implicit concatenation included) and whose second value is True or False; inputs built with
// `.format()` or f-strings, and lists without a boolean, are counted as skipped.

// A Python string literal: optional r/u/b prefix, '…' or "…" (triple-quoted too).
const STRING = /^([rRuUbB]{0,2})('''[\s\S]*?'''|"""[\s\S]*?"""|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/;
const GAP = /^(?:\s+|#[^\n]*)*/;
const ESCAPES = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', 0: '\0' };

const unescapePython = (body, raw) =>
  raw ? body : body.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))/gs, (all, x, u, c) =>
    (x || u ? String.fromCodePoint(parseInt(x ?? u, 16)) : ESCAPES[c] ?? all));

/** Reads adjacent string literals at the start of `text`: { value, rest } or null. */
const readStrings = (text) => {
  let rest = text.replace(GAP, '');
  let value = null;
  for (let m = STRING.exec(rest); m; m = STRING.exec(rest)) {
    const quote = m[2].startsWith("'''") || m[2].startsWith('"""') ? 3 : 1;
    value = (value ?? '') + unescapePython(m[2].slice(quote, -quote), /r/i.test(m[1]));
    rest = rest.slice(m[0].length).replace(GAP, '');
  }
  return value === null ? null : { value, rest };
};

/** The index just past the bracket closing the one at `open`, skipping strings and comments. */
const closeOf = (src, open) => {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '#') i = src.indexOf('\n', i) < 0 ? src.length : src.indexOf('\n', i);
    else if (c === "'" || c === '"') {
      const m = STRING.exec(src.slice(i));
      if (m) i += m[0].length - 1;
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth === 0) return i + 1;
  }
  return src.length;
};

/** `(literal, True|False)` tuples inside one parametrize list. */
const casesOf = (list) => {
  const cases = [];
  let skipped = 0;
  for (let i = list.indexOf('(', 1); i >= 0; i = list.indexOf('(', i)) {
    const end = closeOf(list, i);
    const inner = list.slice(i + 1, end - 1);
    const first = readStrings(inner);
    const flag = first && /^,\s*(?:#[^\n]*\s*)*(True|False)\s*,?\s*(?:#[^\n]*\s*)*$/.exec(first.rest);
    if (first && flag) cases.push({ text: first.value, positive: flag[1] === 'True' });
    else skipped++;
    i = end;
  }
  return { cases, skipped };
};

// Plugins that find something other than a credential.
const NOT_SECRETS = { ip_public: 'a public IP address, not a credential' };

/** Examples of one plugin test file: `{ rule, family, polarity, text }`, plus skipped cases. */
export const extractDetectSecrets = (source, path) => {
  const family = path.replace(/^.*\//, '').replace(/_test\.py$/, '');
  const examples = [];
  let skipped = 0;
  for (const m of source.matchAll(/@pytest\.mark\.parametrize\(\s*(['"])([^'"]*)\1\s*,\s*/g)) {
    const start = m.index + m[0].length;
    if (source[start] !== '[' || m[2].split(',').length !== 2) continue;
    const found = casesOf(source.slice(start, closeOf(source, start)));
    skipped += found.skipped;
    const notSecret = NOT_SECRETS[family] ?? null;
    for (const c of found.cases) examples.push({ rule: family, family, polarity: c.positive ? 'positive' : 'negative', text: c.text, notSecret });
  }
  return { examples, skipped };
};
