// Offline checks of a candidate secret's structure: true (holds), false (fails: not a real one),
// null (nothing to check, or cannot be checked offline).
import { createHmac, createPrivateKey } from 'node:crypto';
import { crc32 } from './crc32.js';
import type { Validation, ValidatorName } from './types.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export const base62 = (value: number, width: number): string => {
  let out = '';
  for (let n = value; n > 0; n = Math.floor(n / 62)) out = BASE62[n % 62] + out;
  return out.padStart(width, '0');
};

/**
 * GitHub's and npm's tokens end in a 6-character base62 CRC32 of the random characters before it
 * (30 in a ghp_ token, 70 in a ghr_ refresh token): https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
 */
export const checksumTail = (token: string): Validation => {
  const body = token.slice(token.indexOf('_') + 1);
  if (!/^[0-9A-Za-z]{7,}$/.test(body)) return false;
  return base62(crc32(body.slice(0, -6)), 6) === body.slice(-6);
};

const decodeBase64Url = (part: string): string | undefined => {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(part)) return undefined;
  return Buffer.from(part, 'base64url').toString('utf8');
};

const parseJsonObject = (text: string | undefined): Record<string, unknown> | undefined => {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
};

// The HMAC secrets jwt.io's debugger fills in (its old and current defaults): a token they sign was
// made as a sample there, and anyone can forge it, so no issuer's credential is at stake.
// https://jwt.io/ (RFC 7515 appendix A.1 computes HS256 the same way)
const SAMPLE_HMAC_SECRETS = ['your-256-bit-secret', 'your-384-bit-secret', 'your-512-bit-secret',
  'a-string-secret-at-least-256-bits-long', 'a-string-secret-at-least-384-bits-long', 'a-string-secret-at-least-512-bits-long'];
const HMAC_HASHES: Readonly<Record<string, string>> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };

/** A JWT whose HS256/384/512 signature is jwt.io's sample secret's (any other token: false). */
export const isSampleSignedJwt = (token: string): boolean => {
  const head = parseJsonObject(decodeBase64Url(token.split('.')[0] ?? ''));
  const alg = head?.['alg'];
  const hash = typeof alg === 'string' ? HMAC_HASHES[alg] : undefined;
  if (hash === undefined) return false;
  const input = token.slice(0, token.lastIndexOf('.'));
  const signature = token.slice(token.lastIndexOf('.') + 1);
  return SAMPLE_HMAC_SECRETS.some((secret) => createHmac(hash, secret).update(input).digest('base64url') === signature);
};

/**
 * A JWT's header and payload are base64url JSON objects, and the header names an `alg`; one signed
 * with a published sample secret is a sample.
 */
export const validateJwt = (token: string): Validation => {
  const [header, payload] = token.split('.');
  const head = parseJsonObject(decodeBase64Url(header ?? ''));
  const body = parseJsonObject(decodeBase64Url(payload ?? ''));
  if (head === undefined || typeof head['alg'] !== 'string' || body === undefined) return false;
  return !isSampleSignedJwt(token);
};

const OPENSSH_MAGIC = 'openssh-key-v1\0';

/**
 * A PEM private key really parses (node:crypto); an OpenSSH key carries its magic header.
 * Encrypted keys cannot be opened without their passphrase: null, reported all the same.
 */
export const validatePrivateKey = (pem: string): Validation => {
  if (/ENCRYPTED/.test(pem)) return null;
  const body = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(pem);
  if (!body) return false;
  const kind = body[1] ?? '';
  // Keys pasted into source keep escaped newlines ("\n") or string concatenation ("..." + "..."):
  // unfold them, but keep "+", which is a base64 character.
  const base64 = (body[2] ?? '').replace(/\\[nr]/g, '').replace(/["']\s*\+\s*["']/g, '').replace(/["',\s]/g, '');
  if (kind.includes('PGP')) return null;
  // ssh-keygen's own format, also when a tool or a person put it under an "RSA PRIVATE KEY" label:
  // the body, not the label, says what the key is.
  const openssh = Buffer.from(base64, 'base64').subarray(0, OPENSSH_MAGIC.length).toString('latin1') === OPENSSH_MAGIC;
  if (kind === 'OPENSSH PRIVATE KEY' || openssh) return openssh;
  const lines = base64.match(/.{1,64}/g) ?? [];
  try {
    createPrivateKey({ key: `-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----\n`, format: 'pem' });
    return true;
  } catch {
    return false;
  }
};

/** AWS key ids: a known prefix, then 16 characters of base32 (A–Z, 2–7). */
export const validateAwsKeyId = (id: string): Validation =>
  /^(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA|A3T[A-Z0-9])[A-Z2-7]{16}$/.test(id);

/** A base64 value that decodes to a JSON object (a service-account key, a docker auth blob). */
export const validateBase64Json = (value: string): Validation =>
  parseJsonObject(Buffer.from(value, 'base64').toString('utf8')) !== undefined;

/**
 * A Cloudflare Tunnel token: base64 of {"a": the account tag (32 hex), "t": the tunnel's UUID, "s":
 * the tunnel secret (base64 of 32 bytes or more)}, as `cloudflared tunnel token` prints it. Other
 * base64 JSON starting {"a":…} (an embed's settings) is not one.
 */
export const validateCloudflareTunnelToken = (value: string): Validation => {
  const json = parseJsonObject(Buffer.from(value, 'base64').toString('utf8'));
  if (json === undefined) return false;
  const { a, t, s } = json;
  return typeof a === 'string' && /^[0-9a-f]{32}$/i.test(a) && typeof t === 'string' && /^[0-9a-f-]{36}$/i.test(t) &&
    typeof s === 'string' && /^[A-Za-z0-9+/]{43,}={0,2}$/.test(s);
};

/**
 * Grafana's legacy API key: base64 of {"k":"<32 characters>","n":"<key name>","id":<number>}
 * (other products put a JSON object with a "k" first in URLs too: Power BI's ?r=…).
 */
export const validateGrafanaKey = (value: string): Validation => {
  const json = parseJsonObject(Buffer.from(value, 'base64').toString('utf8'));
  return json !== undefined && typeof json['k'] === 'string' && typeof json['n'] === 'string' && typeof json['id'] === 'number';
};

/**
 * A Discord bot token's first part is the bot's user id (a snowflake: 17 to 20 decimal digits) in
 * base64: https://discord.com/developers/docs/reference#authentication
 */
export const validateDiscordBotToken = (token: string): Validation => {
  const id = decodeBase64Url(token.slice(0, token.indexOf('.')));
  return id !== undefined && /^[1-9][0-9]{16,19}$/.test(id);
};

/**
 * An Atlassian Data Center / Server personal access token (Jira, Confluence, Bitbucket; Bitbucket
 * prefixes it BBDC-) is 44 characters of base64 over "<12-digit token id>:<random bytes>".
 */
export const validateAtlassianDcPat = (token: string): Validation => {
  const body = token.startsWith('BBDC-') ? token.slice(5) : token;
  return /^[0-9]{12}:/.test(Buffer.from(body, 'base64').toString('latin1'));
};

/**
 * Laravel's APP_KEY is "base64:" and the base64 of a random key of the cipher's length: 32 bytes for
 * AES-256-CBC/GCM (the default), 16 for AES-128 (Illuminate\Encryption\Encrypter::supported).
 */
export const validateLaravelAppKey = (value: string): Validation => {
  const body = value.replace(/^base64:/, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return false;
  const length = Buffer.from(body, 'base64').length;
  return length === 32 || length === 16;
};

/**
 * base64 of "user:password" (an HTTP Basic credential, a Docker config "auth"): printable text with a
 * colon and a non-empty password after it.
 */
export const validateBase64Credentials = (value: string): Validation => {
  const text = Buffer.from(value, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon >= 0 && colon < text.length - 1 && /^[\x20-\x7e]+$/.test(text);
};

export const VALIDATE: Readonly<Record<ValidatorName, (secret: string) => Validation>> = {
  'github-checksum': checksumTail,
  'npm-checksum': checksumTail,
  'pem-private-key': validatePrivateKey,
  jwt: validateJwt,
  'aws-access-key-id': validateAwsKeyId,
  'base64-json': validateBase64Json,
  'grafana-api-key': validateGrafanaKey,
  'discord-bot-token': validateDiscordBotToken,
  'atlassian-dc-pat': validateAtlassianDcPat,
  'laravel-app-key': validateLaravelAppKey,
  'base64-credentials': validateBase64Credentials,
  'cloudflare-tunnel-token': validateCloudflareTunnelToken,
};
