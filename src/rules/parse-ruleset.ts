// A TOML document of rules and allowlists: a rules/*.toml file, .leakgate.toml or a gitleaks.toml.
import { parse, TomlError } from 'smol-toml';
import { LeakgateError } from '../errors.js';
import { parseAllowlist, parseRuleSpec, type AllowlistSpec, type RuleSpec } from './rule-spec.js';
import { tableList, type Table } from './toml-fields.js';

export interface RulesetSpec {
  readonly rules: readonly RuleSpec[];
  readonly allowlists: readonly AllowlistSpec[];
  readonly table: Table;
}

/** Parses TOML, naming the file and line of a syntax error. */
export const parseToml = (text: string, file: string): Table => {
  try {
    return parse(text) as Table;
  } catch (error) {
    if (error instanceof TomlError) {
      const reason = error.message.split('\n')[0]?.replace(/^Invalid TOML document: /, '') ?? 'invalid TOML';
      throw new LeakgateError('config', `${file}:${error.line}:${error.column}: ${reason}`, { cause: error });
    }
    throw error;
  }
};

export const parseRuleset = (text: string, file: string): RulesetSpec => {
  const table = parseToml(text, file);
  const place = { file, where: 'top level' };
  const rules = tableList(table, 'rules', place).map((rule, index) => parseRuleSpec(rule, file, index));
  // gitleaks 8 has one [allowlist]; 8.25+ and leakgate take [[allowlists]].
  const allowlists = [...tableList(table, 'allowlist', place), ...tableList(table, 'allowlists', place)].map(
    (allowlist, index) => parseAllowlist(allowlist, { file, where: `allowlist #${index + 1}` }),
  );
  return { rules, allowlists, table };
};

