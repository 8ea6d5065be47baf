// Typed reads of untrusted TOML tables. Each failure names the file, the place and the key.
import { LeakgateError } from '../errors.js';

export type Table = Readonly<Record<string, unknown>>;

export interface Place {
  readonly file: string;
  /** e.g. 'rule "github-pat"' or "[[allowlists]] #2". */
  readonly where: string;
}

const fail = (place: Place, message: string): never => {
  throw new LeakgateError('rules', `${place.file}: ${place.where}: ${message}`);
};

export const isTable = (value: unknown): value is Table =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

export const checkKeys = (table: Table, allowed: ReadonlySet<string>, place: Place): void => {
  for (const key of Object.keys(table)) {
    if (!allowed.has(key)) fail(place, `unknown key "${key}"`);
  }
};

export const optString = (table: Table, key: string, place: Place): string | undefined => {
  const value = table[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return fail(place, `"${key}" must be a string`);
  return value;
};

export const reqString = (table: Table, key: string, place: Place): string => {
  const value = optString(table, key, place);
  if (value === undefined || value === '') return fail(place, `"${key}" is required`);
  return value;
};

export const optNumber = (table: Table, key: string, place: Place): number | undefined => {
  const value = table[key];
  if (value === undefined) return undefined;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail(place, `"${key}" must be a number`);
  }
  return value;
};

export const optBoolean = (table: Table, key: string, place: Place): boolean | undefined => {
  const value = table[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') return fail(place, `"${key}" must be true or false`);
  return value;
};

export const stringList = (table: Table, key: string, place: Place): readonly string[] => {
  const value = table[key];
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    return fail(place, `"${key}" must be a list of strings`);
  }
  return value as string[];
};

export const tableList = (table: Table, key: string, place: Place): readonly Table[] => {
  const value = table[key];
  if (value === undefined) return [];
  if (isTable(value)) return [value];
  if (!Array.isArray(value) || !value.every(isTable)) {
    return fail(place, `"${key}" must be a table or a list of tables`);
  }
  return value;
};

export const oneOf = <T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  key: string,
  place: Place,
): T | undefined => {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    return fail(place, `"${key}" must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
};
