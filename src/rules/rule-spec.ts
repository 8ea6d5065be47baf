// The TOML schema of a rule, validated field by field. A superset of gitleaks' [[rules]].
import { CONFIDENCES, SEVERITIES, VALIDATORS, type Confidence, type Severity, type ValidatorName } from '../detect/types.js';
import {
  checkKeys,
  isTable,
  oneOf,
  optBoolean,
  optNumber,
  optString,
  reqString,
  stringList,
  tableList,
  type Place,
  type Table,
} from './toml-fields.js';
import { nearRegex, parseNear } from './near-token.js';
import { hasCredentialFormat } from '../detect/credential-files/credential-candidates.js';

export interface AllowlistSpec {
  readonly description: string;
  readonly condition: 'OR' | 'AND';
  readonly regexes: readonly string[];
  readonly regexTarget: 'secret' | 'match' | 'line';
  readonly stopwords: readonly string[];
  readonly paths: readonly string[];
  readonly commits: readonly string[];
  readonly targetRules: readonly string[];
  readonly targetTags: readonly string[];
  readonly skipTags: readonly string[];
}

/**
 * A sample text (in a file at `path`, for rules that look at paths). For an example, `secret`
 * (when given) is what the rule must extract.
 */
export interface ExampleSpec {
  readonly text: string;
  readonly secret: string | undefined;
  readonly path: string | undefined;
}

export interface RuleSpec {
  readonly id: string;
  readonly description: string;
  readonly regex: string | undefined;
  readonly secretGroup: number;
  readonly keywords: readonly string[];
  readonly entropy: number | undefined;
  readonly multiline: boolean;
  /** Every match starts where one of the keywords starts: the regex is tried only there. */
  readonly anchored: boolean;
  readonly path: string | undefined;
  readonly allowlists: readonly AllowlistSpec[];
  readonly severity: Severity;
  readonly validate: ValidatorName | undefined;
  readonly references: readonly string[];
  readonly tags: readonly string[];
  /** The value may be chosen by a person (default: for rules tagged generic). */
  readonly chosen: boolean;
  readonly assignment: boolean;
  readonly confidence: Confidence | undefined;
  readonly examples: readonly ExampleSpec[];
  readonly negatives: readonly ExampleSpec[];
  readonly file: string;
}

const ALLOWLIST_KEYS = new Set([
  'description', 'condition', 'regexes', 'regexTarget', 'stopwords', 'paths', 'commits', 'id', 'targetRules', 'targetTags', 'skipTags',
]);

const RULE_KEYS = new Set([
  'id', 'description', 'regex', 'secretGroup', 'keywords', 'entropy', 'multiline', 'anchored', 'path',
  'allowlist', 'allowlists', 'severity', 'validate', 'references', 'tags', 'examples',
  'negatives', 'skipReport', 'chosen', 'assignment', 'confidence', 'near',
]);

export const parseAllowlist = (table: Table, place: Place): AllowlistSpec => {
  checkKeys(table, ALLOWLIST_KEYS, place);
  const condition = oneOf(optString(table, 'condition', place)?.toUpperCase(), ['OR', 'AND'], 'condition', place);
  const regexTarget = oneOf(optString(table, 'regexTarget', place), ['secret', 'match', 'line'], 'regexTarget', place);
  return {
    description: optString(table, 'description', place) ?? optString(table, 'id', place) ?? '',
    condition: condition ?? 'OR',
    regexes: stringList(table, 'regexes', place),
    regexTarget: regexTarget ?? 'secret',
    stopwords: stringList(table, 'stopwords', place).map((word) => word.toLowerCase()),
    paths: stringList(table, 'paths', place),
    commits: stringList(table, 'commits', place),
    targetRules: stringList(table, 'targetRules', place),
    targetTags: stringList(table, 'targetTags', place),
    skipTags: stringList(table, 'skipTags', place),
  };
};

const parseSamples = (table: Table, key: string, place: Place): readonly ExampleSpec[] => {
  const raw = table[key];
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return [{ text: reqString({}, `${key} as a list`, place), secret: undefined, path: undefined }];
  return raw.map((item: unknown, index): ExampleSpec => {
    if (typeof item === 'string') return { text: item, secret: undefined, path: undefined };
    const at = { ...place, where: `${place.where}: ${key}[${index}]` };
    if (!isTable(item)) return { text: reqString({}, 'a string or a table', at), secret: undefined, path: undefined };
    checkKeys(item, new Set(['text', 'secret', 'path']), at);
    return { text: optString(item, 'text', at) ?? '', secret: optString(item, 'secret', at), path: optString(item, 'path', at) };
  });
};

export const parseRuleSpec = (table: Table, file: string, index: number): RuleSpec => {
  const anonymous: Place = { file, where: `rule #${index + 1}` };
  const id = reqString(table, 'id', anonymous);
  const place: Place = { file, where: `rule "${id}"` };
  checkKeys(table, RULE_KEYS, place);
  const nearTable = table.near;
  if (nearTable !== undefined && (!isTable(nearTable) || table.regex !== undefined)) reqString({}, 'near as a table, without regex', place);
  // A `near` rule (a provider's name near a token of its documented format): src/rules/near-token.ts.
  const near = isTable(nearTable) ? parseNear(nearTable, place) : undefined;
  const regex = near === undefined ? optString(table, 'regex', place) : nearRegex(near);
  const path = optString(table, 'path', place);
  const tags = stringList(table, 'tags', place);
  // A credential file known by its content (a Jenkins credentials element in any XML file): keywords,
  // no path and no regex; its reader (detect/credential-files/formats.ts) reads what they find.
  const byContent = tags.includes('credential-file') && hasCredentialFormat(id) && stringList(table, 'keywords', place).length > 0;
  if (regex === undefined && path === undefined && !byContent) reqString(table, 'regex', place);
  const secretGroup = optNumber(table, 'secretGroup', place) ?? (near === undefined ? 0 : 1);
  if (!Number.isInteger(secretGroup) || secretGroup < 0) reqString({}, 'secretGroup as a whole number ≥ 0', place);
  const allowlists = [...tableList(table, 'allowlist', place), ...tableList(table, 'allowlists', place)];
  return {
    id,
    description: optString(table, 'description', place) ?? id,
    regex,
    secretGroup,
    keywords: (near?.names ?? stringList(table, 'keywords', place)).map((word) => word.toLowerCase()),
    entropy: optNumber(table, 'entropy', place) ?? (near === undefined ? undefined : 3.0),
    multiline: optBoolean(table, 'multiline', place) ?? false,
    anchored: optBoolean(table, 'anchored', place) ?? near !== undefined,
    path,
    allowlists: allowlists.map((item, n) => parseAllowlist(item, { file, where: `rule "${id}": allowlist #${n + 1}` })),
    severity: oneOf(optString(table, 'severity', place), SEVERITIES, 'severity', place) ?? (near === undefined ? 'high' : 'medium'),
    validate: oneOf(optString(table, 'validate', place), VALIDATORS, 'validate', place),
    references: stringList(table, 'references', place),
    tags,
    chosen: optBoolean(table, 'chosen', place) ?? tags.includes('generic'),
    assignment: optBoolean(table, 'assignment', place) ?? false,
    // A bare token found by its provider's name is not self-identifying: medium unless the rule says.
    confidence: oneOf(optString(table, 'confidence', place), CONFIDENCES, 'confidence', place) ?? (near === undefined ? undefined : 'medium'),
    examples: parseSamples(table, 'examples', place),
    negatives: parseSamples(table, 'negatives', place),
    file,
  };
};
