// trufflehog's detector tests (pkg/detectors/<name>/<name>_test.go, not the *_integration_test.go
// that call live APIs): table-driven cases `{ name, input, want }` where `want` lists the secrets the
// detector must report, and `nil` or an empty slice means it must report nothing (some tests say
// it with `expectedPairs`, `wantCount` or `shouldMatch`, and name the input `data`). The input is a
// literal, a package-level constant (`validPattern = "…"`), or `fmt.Sprintf` over those.
import { literalValue, matchingClose, readExpression, splitItems } from './go-syntax.mjs';

/** Package-level `name = <literal>` declarations (in `const`/`var` blocks or alone). */
const constantsOf = (source) => {
  const constants = new Map();
  for (const m of source.matchAll(/^\s*(?:(?:const|var)\s+)?(\w+)\s*(?:string\s*)?=\s*/gm)) {
    const value = literalValue(readExpression(source, m.index + m[0].length).text);
    if (value !== null && !constants.has(m[1])) constants.set(m[1], value);
  }
  return constants;
};

/** `fmt.Sprintf(format, args…)` with %s/%v/%q over literals and constants. */
const sprintfValue = (expression, resolve) => {
  const m = /^fmt\.Sprintf\(/.exec(expression);
  if (!m) return null;
  const args = splitItems(expression.slice(m[0].length, matchingClose(expression, m[0].length - 1) - 1)).map(resolve);
  if (args.some((a) => a === null) || args.length === 0) return null;
  const [format, ...rest] = args;
  let next = 0;
  const out = format.replace(/%([svq%])/g, (all, verb) => {
    if (verb === '%') return '%';
    const arg = rest[next++];
    return verb === 'q' ? JSON.stringify(arg) : arg;
  });
  return next === rest.length ? out : null;
};

const resolver = (constants) => {
  const resolve = (expression) => {
    const text = expression.trim();
    return literalValue(text) ?? constants.get(text) ?? sprintfValue(text, resolve) ?? null;
  };
  return resolve;
};

const POLARITY_FIELDS = ['want', 'expectedPairs', 'wantCount', 'shouldMatch'];

/** Whether a case's expectation expects findings: true, false, or null when unreadable. */
const expectsFindings = (value) => {
  if (/^(?:nil|false|0|\[\][\w.*]+\s*\{\s*\})$/.test(value)) return false;
  if (/^(?:true|[1-9]\d*|\[\][\w.*]+\s*\{[\s\S]*\S[\s\S]*\}|[A-Za-z_]\w*)$/.test(value)) return true;
  return null;
};

/** The `name: value` fields that follow position `at` (a comma) up to the end of the composite literal. */
const fieldsAfter = (source, at) => {
  const fields = new Map();
  for (let i = at; source[i] === ',';) {
    const { text, end } = readExpression(source, i + 1, false);
    const m = /^\s*(?:\/\/[^\n]*\s*)*(\w+)\s*:\s*([\s\S]*)$/.exec(text);
    if (m && !fields.has(m[1])) fields.set(m[1], m[2].trim());
    i = end;
  }
  return fields;
};

/** Examples of one detector test file: `{ rule, family, polarity, text }`, plus skipped cases. */
export const extractTrufflehog = (source, path) => {
  const family = path.split('/')[2] ?? path;
  const resolve = resolver(constantsOf(source));
  const examples = [];
  let skipped = 0;
  for (const m of source.matchAll(/\b(?:input|data):\s*/g)) {
    const input = readExpression(source, m.index + m[0].length, false);
    const fields = fieldsAfter(source, input.end);
    const field = POLARITY_FIELDS.find((f) => fields.has(f));
    if (!field) continue; // not a test case (a `data:` elsewhere)
    const polarity = expectsFindings(fields.get(field));
    const text = resolve(input.text);
    if (polarity === null || text === null) skipped++;
    else examples.push({ rule: family, family, polarity: polarity ? 'positive' : 'negative', text });
  }
  return { examples, skipped };
};
