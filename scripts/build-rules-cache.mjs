// Parses rules/*.toml once, at build time, into lib/rules-cache.json (read by loadBuiltinRules), and
// builds the built-in rules' keyword automaton into lib/keyword-index.bin (read by keywordIndexFor).
import { writeFileSync } from 'node:fs';
import { builtinRulesDir, parseRuleFiles, rulesCachePath } from '../lib/rules/load-rules.js';
import { rulesDigest, serializeRulesCache } from '../lib/rules/rules-cache.js';
import { compileRule } from '../lib/rules/compile-rule.js';
import { buildKeywordAutomaton } from '../lib/detect/keyword-index.js';
import { keywordIndexCachePath, serializeKeywordAutomaton } from '../lib/rules/keyword-index-cache.js';

const dir = builtinRulesDir();
const library = parseRuleFiles(dir);
writeFileSync(rulesCachePath(), serializeRulesCache(rulesDigest(dir), library));
writeFileSync(keywordIndexCachePath(), serializeKeywordAutomaton(buildKeywordAutomaton(library.rules.map(compileRule))));
