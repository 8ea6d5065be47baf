// One JSON report (leakgate --format json, version 1) read as untrusted input: validated field by
// field, every finding redacted again (an input made with --no-redact must not carry its secrets
// into a merge) and stamped with its repository.
import { SEVERITIES, type Severity } from '../../detect/types.js';
import { redactSecret } from '../redact.js';
import { findingId, type MergedFinding } from './merged-finding.js';
import { fail, isObject, optBool, optStr, posInt, str, type Json } from './read-fields.js';

export interface FailedScan {
  readonly repository: string;
  readonly mode: string;
  readonly code: string;
  readonly message: string;
}

export interface ParsedReport {
  readonly repository: string;
  readonly mode: string;
  readonly failed: FailedScan | undefined;
  readonly findings: readonly MergedFinding[];
}

/** A secret the JSON reporter already masked: up to 4 characters kept, then five stars. */
const MASKED = /^[^*]{0,4}\*{5}$/;
const HMAC = /^[0-9a-f]{64}$/;

/** The secret masked, and removed from every other field that may repeat it. */
const unsecret = (secret: string) => {
  if (MASKED.test(secret)) return { secret, hide: (value: string) => value };
  const masked = redactSecret(secret);
  if (secret.length < 4) return { secret: masked, hide: (value: string) => value };
  return { secret: masked, hide: (value: string) => value.split(secret).join(masked) };
};

const severityOf = (value: unknown, where: string): Severity =>
  (SEVERITIES as readonly unknown[]).includes(value) ? (value as Severity) : fail(where, `severity ${JSON.stringify(value)} is not one of ${SEVERITIES.join(', ')}`);

const validatedOf = (value: unknown, where: string): boolean | null =>
  value === undefined || value === null ? null : typeof value === 'boolean' ? value : fail(where, 'validated is not true, false or null');

const correlationOf = (object: Json, where: string): string | undefined => {
  const value = optStr(object, 'correlation', where);
  return value === undefined || HMAC.test(value) ? value : fail(where, 'correlation is not an HMAC-SHA256 in hex');
};

const commitFields = (object: Json, where: string, hide: (value: string) => string) => {
  const commit = optStr(object, 'commit', where);
  if (commit === undefined) return {};
  const message = optStr(object, 'message', where);
  return {
    commit,
    author: hide(optStr(object, 'author', where) ?? ''),
    email: optStr(object, 'email', where) ?? '',
    date: optStr(object, 'date', where) ?? '',
    message: hide(message ?? ''),
  };
};

export const parseFinding = (value: unknown, repository: string, where: string): MergedFinding => {
  if (!isObject(value)) return fail(where, 'a finding is not an object');
  const ruleId = str(value, 'ruleId', where);
  const file = str(value, 'file', where);
  const line = posInt(value, 'line', where);
  const column = posInt(value, 'column', where);
  const { secret, hide } = unsecret(str(value, 'secret', where));
  const match = hide(str(value, 'match', where));
  const history = commitFields(value, where, hide);
  const entropy = typeof value['entropy'] === 'number' ? value['entropy'] : 0;
  const confidence = optStr(value, 'confidence', where);
  const decoded = optStr(value, 'decoded', where);
  const occurrences = value['occurrences'] === undefined ? undefined : posInt(value, 'occurrences', where);
  const presentInHead = optBool(value, 'presentInHead', where);
  const correlation = correlationOf(value, where);
  return {
    repository,
    ruleId,
    description: str(value, 'description', where),
    severity: severityOf(value['severity'], where),
    ...(confidence !== undefined ? { confidence } : {}),
    file,
    line,
    column,
    endLine: value['endLine'] === undefined ? line : posInt(value, 'endLine', where),
    endColumn: value['endColumn'] === undefined ? column : posInt(value, 'endColumn', where),
    secret,
    // A match cut short may hold part of the secret past the masked prefix: keep only the mask.
    match: match.includes(secret) ? match : secret,
    entropy,
    validated: validatedOf(value['validated'], where),
    ...(decoded !== undefined ? { decoded } : {}),
    ...history,
    ...(occurrences !== undefined ? { occurrences } : {}),
    ...(presentInHead !== undefined ? { presentInHead } : {}),
    ...(correlation !== undefined ? { correlation } : {}),
    id: findingId(repository, ruleId, file, history.commit, line, column),
  };
};

/** What the first pass needs of a report: whose it is, whether it failed, its correlation values. */
export const peekReport = (document: unknown, where: string, fallbackName: string | undefined) => {
  const { repository, mode, failed, list } = reportHead(document, where, fallbackName);
  const correlations: string[] = [];
  for (const finding of list) if (isObject(finding) && typeof finding['correlation'] === 'string') correlations.push(finding['correlation']);
  return { repository, mode, failed, correlations };
};

/** `fallbackName` names a report written before --repo existed (its file's name). */
export const parseReport = (document: unknown, where: string, fallbackName: string | undefined): ParsedReport => {
  const { repository, mode, failed, list } = reportHead(document, where, fallbackName);
  const findings = list.map((finding, n) => parseFinding(finding, repository, `${where}: findings[${n}]`));
  return { repository, mode, failed, findings };
};

const reportHead = (document: unknown, where: string, fallbackName: string | undefined) => {
  if (!isObject(document)) return fail(where, 'the report is not a JSON object');
  if (document['version'] !== 1) fail(where, `report version ${JSON.stringify(document['version'])} is not 1`);
  const scan = isObject(document['scan']) ? document['scan'] : fail(where, 'the report has no scan section');
  const repository = optStr(scan, 'repository', where) ?? fallbackName ?? fail(where, 'the report names no repository (scan.repository): scan with --repo NAME');
  if (repository === '') fail(where, 'scan.repository is empty');
  const mode = optStr(scan, 'mode', where) ?? 'scan';
  const error = document['error'];
  const failed = error === undefined || error === null
    ? undefined
    : isObject(error)
      ? { repository, mode, code: optStr(error, 'code', where) ?? 'error', message: optStr(error, 'message', where) ?? 'the scan failed' }
      : { repository, mode, code: 'error', message: String(error) };
  const list: unknown = document['findings'] ?? [];
  if (!Array.isArray(list)) return fail(where, 'findings is not an array');
  return { repository, mode, failed: failed as FailedScan | undefined, list: list as readonly unknown[] };
};
