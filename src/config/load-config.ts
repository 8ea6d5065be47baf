// Loads .leakgate.toml (or a gitleaks.toml given with --config) and merges it with the built-in rules.
import { presentAt, readOwnFile, whyUnreadable } from '../read-own-file.js';
import { dirname, join, relative, resolve } from 'node:path';
import { LeakgateError } from '../errors.js';
import { compileConfig, type CompiledAllowlistSpec, type ScanConfig } from './compile-config.js';
import { checkRuleIds } from './rule-id-check.js';
import { parseRuleset } from '../rules/parse-ruleset.js';
import { parseAllowlist, type RuleSpec } from '../rules/rule-spec.js';
import { loadBuiltinRules } from '../rules/load-rules.js';
import { checkKeys, isTable, oneOf, optBoolean, optString, stringList, type Table } from '../rules/toml-fields.js';
import { CONFIDENCES, DOCS_MODES } from '../detect/types.js';
import { docsModeAt } from './docs-mode.js';

export type { CompiledAllowlistSpec, ScanConfig } from './compile-config.js';

const TOP_KEYS = new Set(['title', 'description', 'extend', 'rules', 'allowlist', 'allowlists', 'minVersion', 'confidence', 'docs']);
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

interface ExtendSection {
  readonly useDefault: boolean | undefined;
  readonly disabled: readonly string[];
  readonly path: string | undefined;
}

const extendSection = (table: Table, file: string): ExtendSection => {
  const extend = table['extend'];
  if (extend === undefined) return { useDefault: undefined, disabled: [], path: undefined };
  const place = { file, where: '[extend]' };
  if (!isTable(extend)) throw new LeakgateError('config', `${file}: [extend] must be a table`);
  checkKeys(extend, EXTEND_KEYS, place);
  if (extend['url'] !== undefined) {
    throw new LeakgateError('config', `${file}: [extend] url is not supported (a scan never fetches its config): download the file and give its path`);
  }
  return { useDefault: optBoolean(extend, 'useDefault', place), disabled: stringList(extend, 'disabledRules', place), path: optString(extend, 'path', place) };
};

const asConfigError = (error: unknown): never => {
  if (error instanceof LeakgateError && error.code === 'rules') {
    throw new LeakgateError('config', error.message, { cause: error });
  }
  throw error;
};

/** gitleaks extends at most two levels deep (config.go, maxExtendDepth); a cycle stops there too. */
const MAX_EXTEND_DEPTH = 2;

interface Layer {
  readonly rules: readonly RuleSpec[];
  readonly allowlists: readonly CompiledAllowlistSpec[];
  readonly own: number;
  readonly table: Table;
}

type Builtin = ReturnType<typeof loadBuiltinRules>;

/**
 * The file `[extend] path` names. An error reading it names the config and the key, not the path:
 * a path is the config's text, which may hold anything (test/reliability/faults.test.ts).
 */
const readExtended = (file: string, from: string, cwd: string, builtin: Builtin, depth: number): Layer => {
  if (!presentAt(file)) throw new LeakgateError('config', `${from}: [extend] path: no such file (the path is relative to ${from})`);
  return readLayer(file, cwd, builtin, depth + 1);
};

/**
 * One config file and what it extends: `[extend] useDefault` (the built-in rules) or `path`
 * (another TOML file, relative to this one), as in gitleaks. Its own rules replace same-id rules
 * it extends; disabledRules and allowlists' targetRules must name rules that exist.
 */
const readLayer = (file: string, cwd: string, builtin: Builtin, depth: number): Layer => {
  const shown = relative(cwd, file) || file;
  const ruleset = parseRuleset(readConfigText(file, shown), shown);
  checkKeys(ruleset.table, TOP_KEYS, { file: shown, where: 'top level' });
  const { useDefault, disabled, path } = extendSection(ruleset.table, shown);
  if (path !== undefined && depth >= MAX_EXTEND_DEPTH) throw new LeakgateError('config', `${shown}: [extend] path: configs extend at most ${MAX_EXTEND_DEPTH} levels deep (as in gitleaks)`);
  const parent = path === undefined ? undefined : readExtended(resolve(dirname(file), path), shown, cwd, builtin, depth);
  // As in gitleaks: a file with its own [[rules]] and nothing to extend replaces the default rules.
  const withDefaults = useDefault ?? (ruleset.rules.length === 0 && parent === undefined);
  const base = [...(withDefaults ? builtin.rules : []), ...(parent?.rules ?? [])];
  const available = new Set([...base, ...ruleset.rules].map((rule) => rule.id));
  checkRuleIds(disabled, available, shown, '[extend] disabledRules');
  ruleset.allowlists.forEach((allowlist, n) => checkRuleIds(allowlist.targetRules, available, shown, `allowlist #${n + 1} targetRules`));
  // A later rule with the same id replaces the earlier one (moved to the end, as own rules come last).
  const byId = new Map<string, RuleSpec>();
  for (const rule of [...base, ...ruleset.rules]) {
    byId.delete(rule.id);
    byId.set(rule.id, rule);
  }
  const rules = [...byId.values()].filter((rule) => !disabled.includes(rule.id));
  const allowlists = [...(parent?.allowlists ?? []), ...ruleset.allowlists.map((spec, n) => ({ spec, where: `${shown}: allowlist #${n + 1}` }))];
  return { rules, allowlists, own: (parent?.own ?? 0) + ruleset.rules.length, table: ruleset.table };
};

/**
 * leakgate's own package, wherever it is installed (a project's node_modules, pnpm's store, a
 * global prefix): its rules/ and lib/rules-cache.json hold every rule's examples, which a scan of a
 * project's tree reported by the thousand (3,422 findings in a fresh `npm init` project). A
 * path-only allowlist drops those files before they are read. A regex, not a glob: a glob loads
 * micromatch, ~14 ms of every pre-commit hook (test/cli/startup.test.ts).
 */
const OWN_PACKAGE = parseAllowlist({ description: 'leakgate\'s own package (its rules and their examples)', paths: ['(^|/)node_modules/leakgate/'] }, { file: 'leakgate', where: 'own package' });

export const loadConfig = (root: string, explicit: string | undefined, cwd = process.cwd()): ScanConfig => {
  // A scan reads no rule's examples: the cache's second line, half its size, stays unparsed.
  const builtin = loadBuiltinRules(undefined, { samples: false });
  const builtinAllowlists = [...builtin.allowlists, OWN_PACKAGE].map((spec) => ({ spec, where: 'rules/' }));
  const file = findConfigFile(root, explicit);
  if (file === undefined) return compileConfig({ rules: builtin.rules, allowlists: builtinAllowlists }, undefined, docsModeAt(root));
  const shown = relative(cwd, file) || file;
  try {
    const layer = readLayer(file, cwd, builtin, 0);
    const place = { file: shown, where: 'top level' };
    const confidence = oneOf(optString(layer.table, 'confidence', place), CONFIDENCES, 'confidence', place);
    const docs = oneOf(optString(layer.table, 'docs', place), DOCS_MODES, 'docs', place) ?? docsModeAt(root);
    // The shared placeholder allowlists always stay: they only ever remove noise.
    return compileConfig({ rules: layer.rules, allowlists: [...builtinAllowlists, ...layer.allowlists] }, shown, docs, layer.own, confidence);
  } catch (error) {
    return asConfigError(error);
  }
};
