// Classifies a value by named features: random-looking (a generated key), a human password,
// a placeholder or template, a structured non-secret (path, URL, id, version, date), a password
// hash or a ciphertext envelope. Only the first two are secrets; the confidence depends on which.
import { createHash } from 'node:crypto';
import { shannonEntropy } from '../entropy.js';
import { base32Plain, base64Plain } from '../decoders.js';
import { isCamelCaseName } from './camel-case-name.js';
import { isKeyboardWalk } from './keyboard-walk.js';
import { keySegments, secretKindOfKey, type SecretKind } from './key-segments.js';
import { characterClasses, hasNonAsciiLetters, hasPunctuationRun, isDecoratedWord, isDressedUpWords, isInterleavedCount, isRepetitive, isMostlyTypedRuns, isSteppedBytes, longestSequence, unleet, wordiness } from './value-features.js';
import {
  isArn, isCloudResourceName, isCurvePublicValue, isTerminalEscape, opensWithTestWord, isPowershellCommandName, isRegexSource, isCiphertext, isCodeShape, isElided, isRuleList, isDateOrTime, isDefaultWord, isEmail, isIdentifierOfWords, isPasswordHash, isPath,
  isFillInText, isMinisignPublicKey, isPlaceholderText, isQualifiedName, isTypedPublicKey, isSigV4Scope, isUuidComposite, isSshPublicKeyBlob, isTemplate, namesItself, PRINTF_HOLE, isUnsignedJwt, isUrlWithoutCredentials, isUuid, isVersion,
} from './value-shapes.js';

export type ValueClass = 'random' | 'human' | 'placeholder' | 'structured' | 'hash' | 'ciphertext';

export interface ValueReading {
  readonly kind: ValueClass;
  /** The feature that decided, for --verbose and --explain. */
  readonly why: string;
}

const reading = (kind: ValueClass, why: string): ValueReading => ({ kind, why });

/** What the key says of the value: its segments, and whether it names a password (or nothing: a URL's userinfo). */
export interface KeyFacts {
  readonly words: readonly string[];
  readonly kind: SecretKind | undefined;
  /** The value stands in a credential store's password field (a tool's own format), never a name in code. */
  readonly stored?: boolean;
  /**
   * The store is a tool's saved logins (.pgpass, FileZilla's, a mail client's rc): the tool logs in
   * with what it holds, so a password that spells password, admin or 123456 is a weak one there, not
   * a stand-in; only text that asks to be filled in (your-…, changeme, <…>, xxxx) is a placeholder.
   */
  readonly saved?: boolean;
}

type Check = readonly [ValueClass, string, (value: string, key: KeyFacts) => boolean];

/**
 * Long, of three kinds and near the entropy a generator gives: random even where letters happen to
 * spell (05Rs4MJEEtS44emct4dIgayWqssuIJU5, 6my0…); people's passphrases repeat letters and score lower.
 */
const isGeneratorLike = (value: string): boolean =>
  (value.length >= 20 && characterClasses(value) >= 3 && shannonEntropy(value) >= 4.0 && wordiness(value, 5, 0.75) < 0.4) ||
  isRandomBase32(value);

/**
 * base32 (RFC 4648 section 6: A-Z and 2-7, as TOTP secrets are written) with a digit, long and near
 * its alphabet's entropy: its capital runs spell like words by chance (HUROSAVEVJTMY), one random
 * 20-byte secret in a hundred read as words before this.
 */
const isRandomBase32 = (value: string): boolean =>
  value.length >= 16 && /^[A-Z2-7]+=*$/.test(value) && /[2-7]/.test(value) && shannonEntropy(value) >= 3.8;

// Words that say "placeholder" count in values made of words, not by chance inside a random token.
// A value that spells its own name (Myxtr33mly$ecur3P@ssw0rd) is one whatever its entropy.
// In a tool's saved logins only text asking to be filled in is one (the login is what is written).
const saysPlaceholder = (value: string, key: KeyFacts): boolean => {
  const wordy = (value.length <= 24 || wordiness(value) >= 0.3) && !isGeneratorLike(value);
  if (key.saved === true) return wordy && isFillInText(value);
  return namesItself(value) || (wordy && isPlaceholderText(value));
};

/** A shape that reads as a stand-in in code and docs, and as a weak password in a tool's saved logins. */
const unlessSaved = (check: (value: string, key: KeyFacts) => boolean) => (value: string, key: KeyFacts): boolean =>
  key.saved !== true && check(value, key);

// A run of neighbours (123456, abcdef, qwerty) long for its value, or very long.
const hasTypedRun = (value: string): boolean => {
  const run = longestSequence(value);
  return run >= 8 || (run >= 5 && run * 4 >= value.length) || (run >= 4 && value.length <= 8);
};

// Keys that name a public value: an assembly's PublicKeyToken (a hash of its public key), a
// publishable key. A public value is published on purpose.
const PUBLIC_WORDS = new Set(['public', 'publishable', 'published', 'pub']);
const namesPublicValue = (key: KeyFacts): boolean => key.words.slice(0, -1).some((word) => PUBLIC_WORDS.has(word));

// Tokens that carry state between API calls, not a credential: paging (NextToken, ContinuationToken),
// concurrency and idempotency (ChangeToken, PolicyUpdateToken, ClientToken in AWS APIs: "a unique,
// case-sensitive identifier that you provide to ensure the idempotency of the request"), offers
// (PurchaseToken), sync state (SyncToken).
const STATE_WORDS = new Set(['next', 'continuation', 'pagination', 'page', 'paging', 'change', 'idempotency',
  'purchase', 'sync', 'resume', 'cursor', 'marker', 'batch', 'etag', 'version']);
const namesStateToken = (key: KeyFacts): boolean => {
  const at = key.words.lastIndexOf('token');
  return at > 0 && STATE_WORDS.has(key.words[at - 1] as string);
};

// The digests of nothing: MD5, SHA-1, SHA-256 and SHA-512 of the empty string, printed in every
// checksum's documentation and test suite (RFC 1321 A.5, FIPS 180-2's examples). A key that happens to
// be one would be the hash of an empty password: no secret either way.
const EMPTY_DIGESTS = new Set([
  'd41d8cd98f00b204e9800998ecf8427e',
  'da39a3ee5e6b4b0d3255bfef95601890afd80709',
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
]);
const isEmptyDigest = (value: string): boolean => EMPTY_DIGESTS.has(value.toLowerCase());

// The digests of the words tests and docs hash for a stand-in (`sha1("test")` is a94a8fe5…): MD5,
// SHA-1 and SHA-256 of each, computed once. A value that is one is a placeholder, not a key.
const STAND_IN_WORDS = ['test', 'testing', 'password', 'secret', 'foo', 'bar', 'foobar', 'hello', 'admin', 'example', 'changeme', 'token', 'key', '123456', 'abc'];
let standInDigests: ReadonlySet<string> | undefined;
const isStandInDigest = (value: string): boolean => {
  if (!/^[0-9a-f]{32}$|^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(value)) return false;
  standInDigests ??= new Set(STAND_IN_WORDS.flatMap((word) => ['md5', 'sha1', 'sha256'].map((algorithm) => createHash(algorithm).update(word).digest('hex'))));
  return standInDigests.has(value.toLowerCase());
};

/** The checks in order: the first that holds names the class. */
const NOT_SECRET: readonly Check[] = [
  ['placeholder', 'the digest of an empty string', isEmptyDigest],
  ['placeholder', 'the digest of a stand-in word (sha1 of "test")', isStandInDigest],
  ['ciphertext', 'ciphertext envelope', isCiphertext],
  ['hash', 'password hash format', isPasswordHash],
  ['placeholder', 'template', isTemplate],
  // Bearer %s, token-%d; not a generated key that holds '%d' by chance (Django's alphabet has % and d).
  ['placeholder', 'template', (value) => value.search(PRINTF_HOLE) >= 0 && !looksRandom(value.replace(PRINTF_HOLE, ''))],
  ['placeholder', 'elided', isElided],
  ['placeholder', 'placeholder words', saysPlaceholder],
  ['placeholder', 'opens with a test word', unlessSaved(opensWithTestWord)],
  ['placeholder', 'typed run', unlessSaved(hasTypedRun)],
  ['placeholder', 'interleaved count', unlessSaved(isInterleavedCount)],
  ['placeholder', 'repeated characters', isRepetitive],
  ['placeholder', 'mostly typed runs', unlessSaved(isMostlyTypedRuns)],
  ['placeholder', 'bytes counted up or down', isSteppedBytes],
  ['placeholder', 'the ASCII table typed in order', hasPunctuationRun],
  ['placeholder', 'default word', unlessSaved((value, key) => isDefaultWord(value, key.words))],
  ['structured', 'natural-language text', hasNonAsciiLetters],
  ['structured', 'a public value, by its key', (_, key) => namesPublicValue(key)],
  ['structured', 'a state token, by its key', (_, key) => namesStateToken(key)],
  // A UI label: words and a colon (Password:, Lozinka:).
  ['structured', 'label', (value) => /^[\p{L} ]+:$/u.test(value)],
  ['structured', 'code expression', isCodeShape],
  ['structured', 'terminal escape sequence', isTerminalEscape],
  ['structured', 'validation rules', isRuleList],
  ['structured', 'URL without credentials', isUrlWithoutCredentials],
  ['structured', 'path', isPath],
  ['structured', 'ARN', isArn],
  ['structured', 'regular expression', isRegexSource],
  ['structured', 'PowerShell command name', isPowershellCommandName],
  ['structured', 'cloud resource name', isCloudResourceName],
  // (in a tool's saved logins a UUID under a secret's name is the credential: npm's legacy tokens,
  // Heroku's API keys and many others are UUIDs; elsewhere one is far more often an id)
  ['structured', 'UUID', (value, key) => isUuid(value) && key.saved !== true],
  ['structured', 'ids joined', isUuidComposite],
  ['structured', 'AWS SigV4 credential scope', isSigV4Scope],
  ['structured', 'JWT without a signature', isUnsignedJwt],
  ['structured', 'SSH public key', isSshPublicKeyBlob],
  ['structured', 'public key by its type, or a fingerprint', isTypedPublicKey],
  ['structured', 'an elliptic-curve public key or an address (0x hex of 20, 33 or 65 bytes)', isCurvePublicValue],
  ['structured', 'Kubernetes qualified name', isQualifiedName],
  ['structured', 'minisign public key', isMinisignPublicKey],
  ['structured', 'email address', isEmail],
  ['structured', 'date', isDateOrTime],
  ['structured', 'version', isVersion],
  ['structured', 'number', (value) => /^[\d.,_-]+$/.test(value)],
  // A password may well be words (OceanFern1176); another secret named by words is a name.
  ['structured', 'identifier of words', (value, key) => key.kind === 'secret' && isIdentifierOfWords(value)],
  // passwordLabel, OAuthFlowPassword under a key: a field's, class's or setting's name. A credential
  // store's password field and a URL's userinfo (no key) hold no names.
  ['structured', 'camelCase name', (value, key) => key.kind !== undefined && key.stored !== true && isCamelCaseName(value)],
];

/**
 * A password someone meant: twelve characters or more, of three kinds or more, and not one word
 * dressed up with a digit and a symbol (Administrator1!); or eight or more, of three kinds, digits
 * among them, with no word in it at all (pQ9wTxu4Fg: what a generator gives when asked for a short one).
 * Never a keyboard walk (1qaz!QAZ) nor common password words dressed up (P4ssb0lt, W3lc0me#2023):
 * the first guesses of every cracking list.
 */
export const isStrongPassword = (value: string): boolean => {
  if (isKeyboardWalk(value) || isDressedUpWords(value)) return false;
  if (characterClasses(value) < 3) return isShortGenerated(value);
  if (value.length >= 12) return !isDecoratedWord(value);
  return value.length >= 8 && /\d/.test(value) && wordiness(value, 3) === 0;
};

// The commonest letter swaps only (0 for o, 1 for i, 3 for e): t3st1ng reads as testing, while the
// 4 of 8b6zfr4b stays a digit (read as an a, random letters around it would spell by chance).
const unleetVowels = (value: string): string => value.replace(/0/g, 'o').replace(/1/g, 'i').replace(/3/g, 'e');

/**
 * What a generator gives when asked for a short password of letters and digits (randAlphaNum 8 in a
 * Helm chart, 8b6zfr4b): 8 to 15 of them, digits scattered through the letters (five runs or more,
 * not a word with a number after it), no word in it even read through leet, at most one character
 * typed twice. Counted sequences (a1b2c3d4) are placeholders before this is asked.
 */
export const isShortGenerated = (value: string): boolean => {
  if (!/^[A-Za-z0-9]{8,15}$/.test(value) || !/\d/.test(value) || !/[A-Za-z]/.test(value)) return false;
  const runs = value.match(/[A-Za-z]+|\d+/g)?.length ?? 0;
  const distinct = new Set(value.toLowerCase()).size;
  return runs >= 5 && distinct >= value.length - 1 && wordiness(value, 3) === 0 && wordiness(unleetVowels(value), 4) === 0;
};

const percentDecoded = (value: string): string => {
  if (!/%[0-9A-Fa-f]{2}/.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/**
 * Sixteen lowercase letters or more that spell nothing (vzihlaquknriqlht: Google's app passwords are
 * 16 of them): one kind of character, but near the entropy random letters give (log2 of 16 distinct
 * ones is 4.0; a phrase run together repeats its letters and spells words).
 */
const isRandomLowercase = (value: string): boolean =>
  value.length >= 16 && /^[a-z]+$/.test(value) && shannonEntropy(value) >= 3.3 && wordiness(value, 4) === 0;

/** Random-looking: long and varied for its length, and not made of words. */
export const looksRandom = (value: string): boolean => {
  const length = value.length;
  const entropy = shannonEntropy(value);
  const classes = characterClasses(value);
  if (isGeneratorLike(value)) return true;
  if (wordiness(value) >= 0.6) return false;
  return (length >= 20 && entropy >= 3.5) || (length >= 32 && entropy >= 3.0) || isRandomLowercase(value) ||
    (length >= 16 && classes >= 2 && entropy >= 3.5) || (length >= 12 && classes >= 3 && entropy >= 3.2 && wordiness(value) < 0.3);
};

const classifyText = (value: string, key: KeyFacts): ValueReading | undefined => {
  for (const [kind, why, check] of NOT_SECRET) if (check(value, key)) return reading(kind, why);
  return undefined;
};

/**
 * base64 of a JSON object (an embed's configuration, a docker auth) is judged by its string values:
 * it holds a secret when one of them is random-looking, or a password under a key naming one.
 */
const classifyJson = (value: string): ValueReading | undefined => {
  // base64 (or base64url) of `{` or `[`, perhaps after blanks and new lines (ewo…, eyJ…, W3…).
  if (!/^(?:ey|ew|W[3w]|I[CH]|C[gi])[A-Za-z0-9+/_-]{14,}={0,2}$/.test(value)) return undefined;
  const text = Buffer.from(value, value.includes('-') || value.includes('_') ? 'base64url' : 'base64').toString('latin1');
  if (!/^\s*[{[]/.test(text) || !/^[\x20-\x7e\t\r\n]+$/.test(text)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  for (const [name, value] of stringEntries(parsed, '', 0)) {
    const kind = secretKindOfKey(name);
    const inner = classifyValue(value, { words: keySegments(name), kind });
    if (inner.kind === 'random' || (inner.kind === 'human' && kind !== undefined)) return reading(inner.kind, `${inner.why} (in base64-encoded JSON)`);
  }
  return reading('structured', 'base64-encoded JSON holding no secret');
};

/** The string values of a parsed JSON document with their keys (at most 64, 8 levels deep). */
const stringEntries = (node: unknown, key: string, depth: number): Array<readonly [string, string]> => {
  if (typeof node === 'string') return [[key, node]];
  if (depth > 8 || node === null || typeof node !== 'object') return [];
  const children = Array.isArray(node) ? node.map((item) => [key, item] as const) : Object.entries(node);
  return children.flatMap(([name, child]) => stringEntries(child, name, depth + 1)).slice(0, 64);
};

/**
 * What a value is, given what its key says (a value equal to one of the key's words,
 * POSTGRES_PASSWORD=postgres, is the image's default).
 */
export const classifyValue = (raw: string, key: KeyFacts = { words: [], kind: undefined }): ValueReading => {
  // A URL's userinfo is percent-encoded: correct%20horse%20battery%20staple is four words.
  const value = percentDecoded(raw);
  const direct = classifyText(value, key);
  if (direct) return direct;
  // base64 of text is judged by the text: dXNlcm5hbWU6cGFzc3dvcmQ= is "username:password".
  const json = classifyJson(value);
  if (json) return json;
  const plain = base64Plain(value);
  if (plain !== undefined) {
    const decoded = classifyText(plain, key);
    if (decoded) return reading(decoded.kind, `${decoded.why} (base64-decoded)`);
    if (!looksRandom(plain) && wordiness(plain) >= 0.5) return reading('human', 'words (base64-decoded)');
  }
  // base32 of text likewise (a TOTP test secret that spells 12345678901234567890).
  const text32 = base32Plain(value);
  const decoded32 = text32 === undefined ? undefined : classifyText(text32, key);
  if (decoded32) return reading(decoded32.kind, `${decoded32.why} (base32-decoded)`);
  // 1qaz!QAZ mixes every kind of character and reads as random; a person typed it.
  if (isKeyboardWalk(value)) return reading('human', 'keyboard walk');
  // Str0ng!P@ss#123 mixes them too: common password words hidden by the letter swaps (the swaps undone, it spells).
  if (isDressedUpWords(value) && !isGeneratorLike(value) && wordiness(unleet(value)) >= wordiness(value) + 0.3) return reading('human', 'common password words dressed up');
  return looksRandom(value) ? reading('random', 'random-looking') : reading('human', 'human-chosen');
};
