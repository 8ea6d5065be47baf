// gitleaks' rule generators (cmd/generate/config/rules/*.go): each function builds a rule and checks
// it with `utils.Validate(r, tps, fps)`. We take the string literals of the slices passed there.
// Samples built by `secrets.NewSecret(...)` are random at generation time and are not literal, so
// they are counted as skipped. `utils.GenerateSampleSecret(s)("id", "literal")` is rendered as
// gitleaks' own GenerateSampleSecret renders it (cmd/generate/config/utils/generate.go:
// `fmt.Sprintf("%s_api_token = \"%s\"", identifier, secret)`), once per secret, so one secret
// weighs one example whatever number of syntaxes gitleaks wraps it in. Rules that depend on the
// file name are checked with `utils.ValidateWithPaths(r, tps, fps)` over `map[string]string{path:
// content}`; those examples keep their path, and the bench writes them under it.
import { literalValue, matchingClose, readExpression, splitItems } from './go-syntax.mjs';

const SAMPLE_CALL = /^utils\.GenerateSampleSecrets?\(([\s\S]*)\)(?:\.\.\.)?$/;

const PATH_KEY = /^\s*(?:\/\/[^\n]*\s*)*("(?:[^"\\\n]|\\.)*"|`[^`]*`)\s*:/;

/** The examples one item of a tps/fps list or map stands for: `{ text, path? }`, or null when not literal. */
const itemTexts = (item) => {
  const literal = literalValue(item);
  if (literal !== null) return [{ text: literal }];
  const keyed = PATH_KEY.exec(item);
  if (keyed) {
    const [path, text] = [literalValue(keyed[1]), literalValue(item.slice(keyed[0].length))];
    return path !== null && text !== null ? [{ text, path }] : null;
  }
  const call = SAMPLE_CALL.exec(item.trim());
  if (call) {
    const [id, secret] = splitItems(call[1]).map(literalValue);
    return id != null && secret != null ? [{ text: `${id}_api_token = "${secret}"` }] : null;
  }
  return null;
};

/** The items an assignment's right-hand side adds: `[]string{…}`, `append(x, a, b...)`, a call. */
const rhsItems = (rhs) => {
  const text = rhs.trim();
  const list = /^(?:\[\]string|map\[string\]string)\s*\{/.exec(text);
  if (list) return splitItems(text.slice(list[0].length, matchingClose(text, list[0].length - 1) - 1));
  const append = /^append\(\s*\w+\s*,/.exec(text);
  if (append) return splitItems(text.slice(append[0].length, matchingClose(text, 'append'.length) - 1));
  return [text];
};

/** Every item assigned or appended to variable `name` inside a function body. */
const itemsOf = (body, name) => {
  const items = [];
  const assign = new RegExp(`\\b${name}\\s*:?=\\s*`, 'g');
  for (const m of body.matchAll(assign)) items.push(...rhsItems(readExpression(body, m.index + m[0].length).text));
  return items;
};

/** Examples of one generator file: `{ rule, family, polarity, text, path? }`, plus a count of skipped items. */
export const extractGitleaks = (source, path) => {
  const family = path.replace(/^.*\//, '').replace(/\.go$/, '');
  const examples = [];
  let skipped = 0;
  const functions = source.split(/\n(?=func )/);
  for (const body of functions) {
    const rule = /RuleID:\s*"([^"]+)"/.exec(body)?.[1];
    const validate = /utils\.Validate(?:WithPaths)?\(\s*\w+\s*,\s*(\w+)\s*,\s*(\w+)\s*\)/.exec(body);
    if (!rule || !validate) continue;
    for (const [name, polarity] of [[validate[1], 'positive'], [validate[2], 'negative']]) {
      if (name === 'nil') continue;
      for (const item of itemsOf(body, name)) {
        const texts = itemTexts(item);
        if (texts === null) skipped++;
        else for (const t of texts) examples.push({ rule, family, polarity, ...t });
      }
    }
  }
  return { examples, skipped };
};
