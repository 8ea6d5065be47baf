// Loads .leakgate.toml (or a gitleaks.toml given with --config) and merges it with the built-in rules.
import { presentAt, readOwnFile, whyUnreadable } from '../read-own-file.js';
import { join, relative } from 'node:path';
import { LeakgateError } from '../errors.js';
import { compileConfig, type ScanConfig } from './compile-config.js';
import { parseRuleset } from '../rules/parse-ruleset.js';
import type { RuleSpec } from '../rules/rule-spec.js';
import { loadBuiltinRules } from '../rules/load-rules.js';
import { checkKeys, isTable, oneOf, optBoolean, optString, stringList, type Table } from '../rules/toml-fields.js';
import { CONFIDENCES } from '../detect/types.js';

export type { CompiledAllowlistSpec, ScanConfig } from './compile-config.js';

const TOP_KEYS = new Set(['title', 'description', 'extend', 'rules', 'allowlist', 'allowlists', 'minVersion', 'confidence']);
const EXTEND_KEYS = new Set(['useDefault', 'disabledRules', 'path', 'url']);

/** The config file to use: --config, else .leakgate.toml (or a migrating team's .gitleaks.toml) at the root. */
export const findConfigFile = (root: string, explicit: string | undefined): string | undefined => {
  if (explicit !== undefined) return explicit;
  for (const name of ['.leakgate.toml', '.gitleaks.toml']) {
    const candidate = join(root, name);
    if (presentAt(candidate)) return candidate;
  }
  return undefined;
};

const readConfigText = (path: string, shown: string): string => {
  try {
    return readOwnFile(path);
  } catch (error) {
    throw new LeakgateError('config', `cannot read config ${shown}: ${whyUnreadable(error)}`, { cause: error });
  }
};

const extendSection = (table: Table, file: string): { useDefault: boolean | undefined; disabled: readonly string[] } => {
  const extend = table['extend'];
  if (extend === undefined) return { useDefault: undefined, disabled: [] };
  const place = { file, where: '[extend]' };
  if (!isTable(extend)) throw new LeakgateError('config', `${file}: [extend] must be a table`);
  checkKeys(extend, EXTEND_KEYS, place);
  if (extend['path'] !== undefined || extend['url'] !== undefined) {
    throw new LeakgateError('config', `${file}: [extend] path/url is not supported: merge that file's rules into this one`);
  }
  return { useDefault: optBoolean(extend, 'useDefault', place), disabled: stringList(extend, 'disabledRules', place) };
};

const asConfigError = (error: unknown): never => {
  if (error instanceof LeakgateError && error.code === 'rules') {
    throw new LeakgateError('config', error.message, { cause: error });
  }
  throw error;
};

export const loadConfig = (root: string, explicit: string | undefined, cwd = process.cwd()): ScanConfig => {
  const builtin = loadBuiltinRules();
  const builtinAllowlists = builtin.allowlists.map((spec) => ({ spec, where: 'rules/' }));
  const file = findConfigFile(root, explicit);
  if (file === undefined) return compileConfig({ rules: builtin.rules, allowlists: builtinAllowlists }, undefined);
  const shown = relative(cwd, file) || file;
  try {
    const ruleset = parseRuleset(readConfigText(file, shown), shown);
    checkKeys(ruleset.table, TOP_KEYS, { file: shown, where: 'top level' });
    const { useDefault, disabled } = extendSection(ruleset.table, shown);
    // As in gitleaks: a file with its own [[rules]] and no [extend] replaces the default rules
    // (the shared placeholder allowlists stay: they only ever remove noise).
    const withDefaults = useDefault ?? ruleset.rules.length === 0;
    const own = new Set(ruleset.rules.map((rule) => rule.id));
    const specs: RuleSpec[] = [
      ...(withDefaults ? builtin.rules.filter((rule) => !own.has(rule.id)) : []),
      ...ruleset.rules,
    ].filter((rule) => !disabled.includes(rule.id));
    const allowlists = [
      ...builtinAllowlists,
      ...ruleset.allowlists.map((spec, n) => ({ spec, where: `${shown}: allowlist #${n + 1}` })),
    ];
    const place = { file: shown, where: 'top level' };
    const confidence = oneOf(optString(ruleset.table, 'confidence', place), CONFIDENCES, 'confidence', place);
    return compileConfig({ rules: specs, allowlists }, shown, ruleset.rules.length, confidence);
  } catch (error) {
    return asConfigError(error);
  }
};
