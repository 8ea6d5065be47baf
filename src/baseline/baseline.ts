// The baseline: known findings by rule, file and a salted HMAC of the secret; never the secret,
// never a line number. Deterministic text (sorted, one entry a line) so branches merge cleanly.
import { createHmac, randomBytes } from 'node:crypto';
import { LeakgateError } from '../errors.js';

export const STATUSES = ['unreviewed', 'false-positive', 'accepted', 'must-fix'] as const;
export type BaselineStatus = (typeof STATUSES)[number];

/** What kind of run found an entry: a files scan or a history audit (each sees what the other cannot). */
export const MODES = ['scan', 'history'] as const;
export type BaselineMode = (typeof MODES)[number];

export interface BaselineEntry {
  readonly ruleId: string;
  readonly file: string;
  readonly hash: string;
  readonly status: BaselineStatus;
  readonly note: string;
  /** The kinds of run that found it (sorted); absent in baselines written before it was recorded. */
  readonly from?: readonly BaselineMode[];
}

export interface Baseline {
  readonly version: 1;
  readonly salt: string;
  readonly entries: readonly BaselineEntry[];
}

export const newBaseline = (): Baseline => ({ version: 1, salt: randomBytes(16).toString('hex'), entries: [] });

export const hashSecret = (salt: string, secret: string): string =>
  createHmac('sha256', Buffer.from(salt, 'hex')).update(secret).digest('hex');

export const entryKey = (entry: Pick<BaselineEntry, 'ruleId' | 'file' | 'hash'>): string =>
  `${entry.ruleId}\0${entry.file}\0${entry.hash}`;

const compareEntries = (a: BaselineEntry, b: BaselineEntry): number =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0;

export const serializeBaseline = (baseline: Baseline): string => {
  const entries = [...baseline.entries].sort(compareEntries).map((entry) =>
    JSON.stringify({ ruleId: entry.ruleId, file: entry.file, hash: entry.hash, status: entry.status, note: entry.note, ...(entry.from ? { from: entry.from } : {}) }),
  );
  const body = entries.length === 0 ? '[]' : `[\n    ${entries.join(',\n    ')}\n  ]`;
  return `{\n  "version": 1,\n  "salt": ${JSON.stringify(baseline.salt)},\n  "entries": ${body}\n}\n`;
};

const fail = (file: string, message: string): never => {
  throw new LeakgateError('baseline', `${file}: ${message}; fix it, restore it from git, or delete it and run \`leakgate baseline\``);
};

const lineOf = (text: string, error: unknown): string => {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position) return '';
  return `:${text.slice(0, Number(position[1])).split('\n').length}`;
};

const parseEntry = (value: unknown, index: number, file: string): BaselineEntry => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(file, `entry #${index + 1} is not an object`);
  const entry = value as Record<string, unknown>;
  for (const key of ['ruleId', 'file', 'hash'] as const) {
    if (typeof entry[key] !== 'string' || entry[key] === '') fail(file, `entry #${index + 1} has no "${key}"`);
  }
  if (!/^[0-9a-f]{64}$/.test(entry['hash'] as string)) fail(file, `entry #${index + 1} has a malformed "hash"`);
  const status = entry['status'] ?? 'unreviewed';
  if (!(STATUSES as readonly unknown[]).includes(status)) fail(file, `entry #${index + 1} has an unknown status "${String(status)}"`);
  const note = entry['note'] ?? '';
  if (typeof note !== 'string') fail(file, `entry #${index + 1} has a "note" that is not a string`);
  const from = entry['from'];
  if (from !== undefined && (!Array.isArray(from) || !from.every((mode) => (MODES as readonly unknown[]).includes(mode)))) {
    fail(file, `entry #${index + 1} has a "from" that is not a list of ${MODES.join(' / ')}`);
  }
  return {
    ruleId: entry['ruleId'] as string,
    file: entry['file'] as string,
    hash: entry['hash'] as string,
    status: status as BaselineStatus,
    note: note as string,
    ...(from === undefined ? {} : { from: [...new Set(from as BaselineMode[])].sort() }),
  };
};

export const parseBaseline = (text: string, file: string): Baseline => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`${file}${lineOf(text, error)}`, `is not valid JSON (${text.trim() === '' ? 'empty' : 'corrupt or truncated'})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(file, 'is not a leakgate baseline');
  const doc = value as Record<string, unknown>;
  if (doc['version'] !== 1) fail(file, `has unsupported version ${JSON.stringify(doc['version'])}`);
  if (typeof doc['salt'] !== 'string' || !/^[0-9a-f]{16,}$/.test(doc['salt'])) fail(file, 'has no valid "salt"');
  if (!Array.isArray(doc['entries'])) fail(file, 'has no "entries" list');
  const entries = (doc['entries'] as unknown[]).map((entry, index) => parseEntry(entry, index, file));
  return { version: 1, salt: doc['salt'] as string, entries };
};
