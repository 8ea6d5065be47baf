// The long tail of API keys that carry no prefix of their own (a 32-hex key, a UUID, 40 letters and
// digits) is found where people write them: after a name that says whose key it is
// (`PDFSHIFT_API_KEY=…`, `pdfshiftKey: "…"`, `pdfshift token = '…'`). A rule states, as data, the
// provider's names and its documented alphabet and length (`near = { names, charset, length }`);
// the regex is built here, one shape for every provider, so a provider is one table entry.
import type { Place, Table } from './toml-fields.js';
import { checkKeys, oneOf, optNumber, stringList } from './toml-fields.js';
import { LeakgateError } from '../errors.js';

/** The alphabets providers document for their keys, as character-class bodies. */
export const NEAR_CHARSETS = {
  hex: '0-9a-f',
  'hex-upper': '0-9A-F',
  'hex-any': '0-9A-Fa-f',
  alnum: 'A-Za-z0-9',
  'alnum-lower': 'a-z0-9',
  'alnum-upper': 'A-Z0-9',
  base64url: 'A-Za-z0-9_\\-',
  base64: 'A-Za-z0-9+/',
  uuid: '',
} as const;

export type NearCharset = keyof typeof NEAR_CHARSETS;

export interface NearSpec {
  /** Lowercase names of the provider as people write them in keys (`pdfshift`, `daily.co`). */
  readonly names: readonly string[];
  readonly charset: NearCharset;
  readonly min: number;
  readonly max: number;
}

const CHARSET_NAMES = Object.keys(NEAR_CHARSETS) as NearCharset[];
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
// Case-insensitive letter by letter ([Kk][Ee][Yy]): a (?i) would fold the token's alphabet too.
const anyCase = (text: string): string =>
  escape(text).replace(/[a-z]/gi, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
const anyCaseOf = (words: readonly string[]): string => `(?:${words.map(anyCase).join('|')})`;

const fail = (place: Place, message: string): never => {
  throw new LeakgateError('rules', `${place.file}: ${place.where}: near: ${message}`);
};

const lengthOf = (table: Table, place: Place): readonly [number, number] => {
  const raw = table.length;
  if (Array.isArray(raw) && raw.length === 2 && raw.every((n) => Number.isInteger(n) && (n as number) > 0)) {
    return [raw[0] as number, raw[1] as number];
  }
  const length = optNumber(table, 'length', place);
  if (length === undefined || !Number.isInteger(length) || length < 8) return fail(place, '"length" must be a whole number ≥ 8 or [min, max]');
  return [length, length];
};

/** Reads a rule's `near` table: names, charset, and length (a number or [min, max]; none for uuid). */
export const parseNear = (table: Table, place: Place): NearSpec => {
  checkKeys(table, new Set(['names', 'charset', 'length']), place);
  const names = stringList(table, 'names', place).map((name) => name.toLowerCase());
  if (names.length === 0 || names.some((name) => name.length < 3)) fail(place, '"names" must list names of 3 characters or more');
  const charset = oneOf(table.charset as string | undefined, CHARSET_NAMES, 'charset', place) ?? fail(place, '"charset" is required');
  const [min, max] = charset === 'uuid' ? [36, 36] : lengthOf(table, place);
  if (min > max) fail(place, '"length" must be [min, max] with min ≤ max');
  return { names, charset, min, max };
};

const tokenPattern = (near: NearSpec): string => {
  if (near.charset === 'uuid') return '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';
  const count = near.min === near.max ? `{${near.min}}` : `{${near.min},${near.max}}`;
  return `[${NEAR_CHARSETS[near.charset]}]${count}`;
};

// Up to 32 characters of a name, call or object between the provider's name and the secret word
// (`_API_`, `({ api`, `"].`); the secret word (api_key, Token, ACCESS, secret); what may follow it and still
// name the key itself (_value, -v2), not its id, URL or name; then the operator: = : => := , (
// or blanks (`acme ACCESS 0f3a…` in notes), and an optional quote.
const SECRET_WORD = anyCaseOf(['key', 'token', 'secret', 'password', 'passwd', 'auth', 'access', 'credential', 'pat']);
const NOT_THE_KEY = `(?![\\w.\\-]{0,12}?(?:${anyCaseOf(['id'])}(?![a-z])|${anyCaseOf(['name', 'url', 'uri', 'path', 'file', 'header', 'len'])}))`;
const OPERATOR = '["\'\\x60]?\\]?(?:[ \\t]{0,4}(?:=>|:=|=|:|,|\\()|[ \\t]{1,3}-(?=[ \\t]{1,3}["\'\\x60])|(?=[ \\t]))[ \\t]{0,4}["\'\\x60]?';

// Or the name is a section and the key one of its entries, on the next line (YAML: `bugsnag:` then
// `  api_key: …`).
const NESTED = '(?:\\r?\\n[ \\t]{1,12}[\\w.\\- "\']{0,20}?)?';

// The name is a whole word: acmeApiKey, ACME_KEY, acme.io; not ACMEX_KEY or acmetrics.
const NAME_ENDS = '(?:(?<=[a-z0-9.])(?![a-z])|(?<=[A-Z])(?![A-Za-z]))';

/** The regex of a `near` rule; its group 1 is the token. */
export const nearRegex = (near: NearSpec): string => {
  return `(?<![A-Za-z0-9])${anyCaseOf(near.names)}${NAME_ENDS}[\\w.\\- ({\\["':,]{0,32}?${NESTED}${SECRET_WORD}(?![A-Za-z])${NOT_THE_KEY}[\\w.\\-]{0,12}?${OPERATOR}` +
    `(?<![\\w+/-])(${tokenPattern(near)})(?![\\w+/=-])`;
};
