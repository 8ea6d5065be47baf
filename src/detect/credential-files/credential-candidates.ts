// Reads a credential file by its format (formats.ts) and judges each value it holds: a password or
// token through the generic value classifier (placeholders, templates and empty values stay quiet),
// a password hash by its format, ciphertext by whether its key is at hand. Pure: text in, candidates out.
import type { Confidence, Fragment } from '../types.js';
import { classifyValue, isStrongPassword } from '../generic/classify-value.js';
import { confidenceIn, lowerConfidence } from '../generic/confidence.js';
import { underExampleKey } from '../generic/example-cues.js';
import { fileContextOf, type FileContext } from '../generic/file-context.js';
import { isApiDescription } from '../generic/api-description.js';
import { keySegments, secretKindOfKey } from '../generic/key-segments.js';
import { isPasswordHash } from '../generic/value-shapes.js';
import type { Entry } from './entries.js';
import { FORMATS, type Decoded, type FieldSpec, type Role } from './formats.js';

export interface CredentialCandidate {
  /** The secret as the tool reads it (decoded when the tool encodes it). */
  readonly secret: string;
  /** Offsets in the fragment's text of the value as written (the encoded value, when decoded). */
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly decoded?: string;
  /** What was judged and what allowlists read, when it is not the secret (Jenkins: what the braces hold). */
  readonly judged?: string;
  readonly confidence: Confidence;
  readonly why: string;
}

/** Whether a rule id has a reader (a rule tagged credential-file without one reports nothing). */
export const hasCredentialFormat = (ruleId: string): boolean => Object.hasOwn(FORMATS, ruleId);

type Judgement = { readonly confidence: Confidence; readonly why: string } | undefined;

// crypt(3)'s traditional DES hash (13 characters of ./0-9A-Za-z) is a hash only in an account store.
const isAccountHash = (value: string): boolean => isPasswordHash(value) || /^[./0-9A-Za-z]{13}$/.test(value);

// A shell value that is computed, not written: $VAR, ${VAR}, $(command), `command`.
const isShellExpression = (value: string): boolean => /^\$|\$\(|\$\{|`/.test(value);

const judgeSecret = (value: string, key: string, named: boolean, saved: boolean): Judgement => {
  if (value.trim().length < 4 || (named && isShellExpression(value))) return undefined;
  const kind = named ? secretKindOfKey(key) : 'password';
  if (kind === undefined) return undefined;
  const reading = classifyValue(value, { words: keySegments(key), kind, stored: true, saved });
  if (reading.kind === 'random') return { confidence: 'high', why: `a random-looking ${key}` };
  if (reading.kind === 'human') {
    const strong = isStrongPassword(value);
    return { confidence: strong ? 'high' : 'medium', why: `a ${strong ? 'strong' : 'weak'} human-chosen ${key}` };
  }
  if (reading.kind === 'hash') return { confidence: 'medium', why: `a password hash as ${key} (crackable offline)` };
  if (reading.kind === 'ciphertext') return { confidence: 'low', why: `ciphertext as ${key}: its key is elsewhere` };
  return undefined;
};

const judge = (role: Role, value: string, key: string, named: boolean, saved: boolean): Judgement => {
  switch (role) {
    case 'secret':
      return judgeSecret(value, key, named, saved);
    case 'hash':
      return isAccountHash(value.replace(/^!+/, '')) ? { confidence: 'medium', why: 'a password hash in a credential store (crackable offline)' } : undefined;
    case 'key':
      return { confidence: 'high', why: 'an unencrypted private key' };
    case 'encrypted':
      return { confidence: 'low', why: `encrypted ${key}: readable only with a key kept elsewhere` };
    case 'decryptable':
      return /^[A-Za-z0-9+/]{20,}={0,2}$/.test(value) ? { confidence: 'medium', why: `${key}: encrypted with a key the tool keeps beside it` } : undefined;
  }
};

// The names of an account in a store's entry: its user, and the database it opens.
const ACCOUNT_KEY = /^(?:user(?:[_-]?name)?|login|uid|database|db(?:[_-]?name)?)$/i;

/** A password that is its own account's user or database name (exercism: exercism, root: root): a development default, not a secret. */
const isAccountName = (value: string, section: readonly Entry[]): boolean =>
  section.some((entry) => ACCOUNT_KEY.test(entry.key) && entry.value.toLowerCase() === value.toLowerCase());

const fieldFor = (fields: readonly FieldSpec[], key: string): FieldSpec | undefined =>
  fields.find((field) => (field.keys === 'named' ? secretKindOfKey(key) !== undefined : field.keys.test(key)));

const candidateOf = (entry: Entry, field: FieldSpec, section: readonly Entry[], context: FileContext, saved: boolean): CredentialCandidate | undefined => {
  const decoded: Decoded | undefined = field.decode ? field.decode(entry, section) : { value: entry.value };
  if (decoded === undefined) return undefined;
  if ((decoded.role ?? field.role) === 'secret' && isAccountName(decoded.value, section)) return undefined;
  const judgement = judge(decoded.role ?? field.role, decoded.judged ?? decoded.value, entry.key, field.keys === 'named', saved);
  if (judgement === undefined) return undefined;
  return {
    secret: decoded.value,
    start: decoded.start ?? entry.start,
    end: decoded.end ?? entry.end,
    key: entry.key,
    ...(decoded.how ? { decoded: decoded.how } : {}),
    ...(decoded.judged === undefined ? {} : { judged: decoded.judged }),
    confidence: confidenceIn(judgement.confidence, context),
    why: `${judgement.why}${decoded.how ? ` (${decoded.how}-decoded)` : ''}, in ${context}`,
  };
};

/** In documentation, a value under an example key (an OpenAPI response's `example:`) goes one level lower. */
const shownAsExample = (text: string, at: number): boolean => {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  return underExampleKey(text, lineStart, text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
};

/** The credentials a file of this rule's format holds, judged. */
export const credentialCandidates = (ruleId: string, fragment: Fragment): CredentialCandidate[] => {
  const format = FORMATS[ruleId];
  if (format === undefined || fragment.decoded) return [];
  const entries = format.read(fragment.text);
  const sections = new Map<number, Entry[]>();
  for (const entry of entries) {
    const section = sections.get(entry.section);
    if (section) section.push(entry);
    else sections.set(entry.section, [entry]);
  }
  // An API description showing such a file (a kubeconfig in an OpenAPI response example) is documentation.
  const context = isApiDescription(fragment.text) ? 'docs' : fileContextOf(fragment.path);
  const found: CredentialCandidate[] = [];
  for (const entry of entries) {
    const field = fieldFor(format.fields, entry.key);
    const candidate = field && candidateOf(entry, field, sections.get(entry.section) ?? [], context, format.saved === true);
    if (candidate) found.push(context === 'docs' && shownAsExample(fragment.text, candidate.start) ? { ...candidate, confidence: lowerConfidence(candidate.confidence) } : candidate);
  }
  return found;
};
