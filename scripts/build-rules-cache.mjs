// Parses rules/*.toml once, at build time, into lib/rules-cache.json (read by loadBuiltinRules).
import { writeFileSync } from 'node:fs';
import { builtinRulesDir, parseRuleFiles, rulesCachePath } from '../lib/rules/load-rules.js';
import { rulesDigest, serializeRulesCache } from '../lib/rules/rules-cache.js';

const dir = builtinRulesDir();
writeFileSync(rulesCachePath(), serializeRulesCache(rulesDigest(dir), parseRuleFiles(dir)));
