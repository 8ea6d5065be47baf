// Parses rules/*.toml once, at build time, into lib/rules-cache.json (read by loadBuiltinRules),
// with each rule's regex translated to JavaScript (compiled here once, so a bad one fails the
// build), and builds the built-in rules' keyword automaton into lib/keyword-index.bin (read by
// keywordIndexFor).
import { writeFileSync } from 'node:fs';
import { builtinRulesDir, parseRuleFiles, rulesCachePath } from '../lib/rules/load-rules.js';
import { serializeRulesCache } from '../lib/rules/rules-cache.js';
import { compileRule } from '../lib/rules/compile-rule.js';
import { translateRegex } from '../lib/rules/translate-regex.js';
import { buildKeywordAutomaton } from '../lib/detect/keyword-index.js';
import { keywordIndexCachePath, serializeKeywordAutomaton } from '../lib/rules/keyword-index-cache.js';

const dir = builtinRulesDir();
const library = parseRuleFiles(dir);
const rules = library.rules.map(compileRule);
const patterns = library.rules.map((spec, i) => {
  if (spec.regex === undefined) return { source: '^', flags: '' };
  const translated = translateRegex(spec.regex);
  if (!translated.ok) throw new Error(`${spec.file}: rule "${spec.id}": ${translated.reason}`);
  // compileRule above compiled it: the same source and flags, so a scan may build it on first use.
  if (rules[i].regex.source !== new RegExp(translated.source, translated.flags).source) throw new Error(`rule "${spec.id}": translation differs`);
  return { source: translated.source, flags: translated.flags };
});
writeFileSync(rulesCachePath(), serializeRulesCache(dir, library, patterns));
writeFileSync(keywordIndexCachePath(), serializeKeywordAutomaton(buildKeywordAutomaton(rules)));
