// Field readers for untrusted report JSON: each names what is wrong and where.
import { LeakgateError } from '../../errors.js';

export type Json = Record<string, unknown>;

export const fail = (where: string, what: string): never => {
  throw new LeakgateError('usage', `${where}: ${what} (not a leakgate JSON report? make one with --format json)`);
};

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export const str = (object: Json, key: string, where: string): string => {
  const value = object[key];
  return typeof value === 'string' ? value : fail(where, `${key} is not a string`);
};

export const optStr = (object: Json, key: string, where: string): string | undefined =>
  object[key] === undefined || object[key] === null ? undefined : str(object, key, where);

export const posInt = (object: Json, key: string, where: string): number => {
  const value = object[key];
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fail(where, `${key} is not a whole number`);
};

export const optBool = (object: Json, key: string, where: string): boolean | undefined => {
  const value = object[key];
  if (value === undefined || value === null) return undefined;
  return typeof value === 'boolean' ? value : fail(where, `${key} is not true or false`);
};
