// A password written beside the parameters of its hash (a salt, the algorithm, scrypt's cost) is that
// hash: an import of users whose passwords are already hashed (Appwrite's "create user with SHA /
// scrypt password", Firebase's auth:import, Django fixtures) passes the digest with its salt and
// settings. A digest opens nothing by itself.
import { linesAround } from './lines-around.js';

// A key naming a hash's parameter: its salt, algorithm or version, or a cost of its key derivation.
const PARAMETER_KEY = /(?:^|[\s{,(["'$.])["']?\w*(?:salt|hash_?(?:algo\w*|type|method|version|rounds|iterations)|password_?(?:version|algo\w*|cpu|memory|parallel|length|rounds|iterations|hasher))["']?\s*(?:=>|:|=)/i;

// How many lines either side are read: one object literal or block of settings.
const NEAR = 8;

/** Whether a line within NEAR lines of the one starting at `lineStart` sets a hash parameter. */
export const besideHashParameters = (text: string, lineStart: number): boolean => {
  const block = linesAround(text, lineStart, NEAR);
  const lines = block.split('\n');
  return lines.some((line) => line.length < 400 && PARAMETER_KEY.test(line));
};

/** The shapes of a digest as a password field holds it: hex of a hash's length, or base64 of one. */
export const isDigestShape = (value: string): boolean =>
  (/^[0-9a-f]+$/i.test(value) && [32, 40, 56, 64, 96, 128].includes(value.length)) || /^[A-Za-z0-9+/]{22,}={0,2}$/.test(value);

// A comment naming the value a digest of something: `# sha256 of 'secret-token'`, `// md5(password)`,
// `-- the hashed token`. An algorithm's name alone (`# HMAC-SHA256 signing key`) names a key's use, not
// a digest, and does not count.
const NAMES_A_DIGEST = /\b(?:sha-?(?:1|224|256|384|512)|md5|blake2[bs]?|hash|digest)(?:sum)?\s*(?:of\b|\()|\bhashed\b/i;
const COMMENT_LINE = /^\s*(?:#|\/\/|--|;|\/?\*)/;

/**
 * Whether the comment on the value's line (after it) or the comment line just above names the value
 * a digest: a fixture of a table that stores token hashes says so beside each one.
 */
export const namedAsDigest = (text: string, lineStart: number, valueEnd: number): boolean => {
  const lineEnd = text.indexOf('\n', valueEnd);
  const rest = text.slice(valueEnd, lineEnd === -1 ? text.length : lineEnd);
  if (/(?:#|\/\/)/.test(rest) && NAMES_A_DIGEST.test(rest)) return true;
  if (lineStart === 0) return false;
  const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  return above.length < 400 && COMMENT_LINE.test(above) && NAMES_A_DIGEST.test(above);
};

/** Hex of a hash's length: what a digest column holds (base64 is left out: a random key has that shape too). */
export const isHexDigest = (value: string): boolean => /^[0-9a-f]+$/i.test(value) && [32, 40, 56, 64, 96, 128].includes(value.length);

// A key segment naming a digest (`sha2Password`, `password_sha256`, `token_hash`, `api_key_digest`).
const DIGEST_WORD = /^(?:sha\d{0,3}|md5|hash|hashed|digest|checksum)$/i;

/** Whether one of the key's segments names a digest: its value, in hex of a hash's length, is one. */
export const keyNamesDigest = (words: readonly string[]): boolean => words.some((word) => DIGEST_WORD.test(word));

/**
 * `encodedPassword = "ab11…"`: a password encoder's output (Spring Security's PasswordEncoder.encode,
 * Django's make_password) is what a key naming an encoded or hashed password holds. In hex or base64
 * that does not decode to text it is a digest; a password merely encoded (`cGFzc3dvcmQ=`) decodes to
 * printable text and stays.
 */
export const isEncodedPasswordDigest = (words: readonly string[], value: string): boolean => {
  if (!words.some((word) => /^(?:encoded|hashed|crypted|digested)$/i.test(word))) return false;
  const bytes = /^(?:[0-9a-f]{2}){16,}$/i.test(value) ? Buffer.from(value, 'hex')
    : /^[A-Za-z0-9+/]{22,}={0,2}$/.test(value) ? Buffer.from(value, 'base64') : undefined;
  return bytes !== undefined && !bytes.every((byte) => byte >= 0x20 && byte < 0x7f);
};
