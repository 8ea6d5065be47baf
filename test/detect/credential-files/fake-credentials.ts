// Fake credential material for the credential-file battery, drawn at run time: passwords, tokens,
// password hashes in each format's shape, and the tools' own encodings of a password.
import { createCipheriv, randomBytes } from 'node:crypto';
import { fakePassword, randomFrom } from '../../helpers/fake-secrets.js';

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CRYPT64 = `./${ALNUM}`;

export { fakePassword };
export const fakeToken = (length = 40): string => randomFrom(ALNUM, length);
export const fakeHex = (length: number): string => randomFrom('0123456789abcdef', length);
/** A human-chosen password (a word and digits): medium in a credential file. */
export const weakPassword = (): string => `${['harbor', 'maple', 'copper', 'falcon', 'meadow'][randomBytes(1)[0] as number % 5]}${randomFrom('123456789', 3)}`;

export const bcryptHash = (): string => `$2y$10$${randomFrom(CRYPT64, 53)}`;
export const sha512CryptHash = (): string => `$6$${randomFrom(CRYPT64, 16)}$${randomFrom(CRYPT64, 86)}`;
export const md5CryptHash = (): string => `$1$${randomFrom(CRYPT64, 8)}$${randomFrom(CRYPT64, 22)}`;
export const apr1Hash = (): string => `$apr1$${randomFrom(CRYPT64, 8)}$${randomFrom(CRYPT64, 22)}`;
/** Cisco IOS type 8 (PBKDF2-SHA256): a 14-character salt and a 43-character digest. */
export const ciscoType8Hash = (): string => `$8$${randomFrom(CRYPT64, 14)}$${randomFrom(CRYPT64, 43)}`;
export const djangoHash = (): string => `pbkdf2_sha256$600000$${randomFrom(ALNUM, 22)}$${randomBytes(32).toString('base64')}`;
export const mysqlNativeHash = (): string => `*${randomFrom('0123456789ABCDEF', 40)}`;

/** OpenLDAP's {SSHA}: base64 of a SHA-1 digest (20 bytes) and its salt (slappasswd(8)). */
export const sshaDigest = (): string => randomBytes(28).toString('base64');
export const base64 = (text: string): string => Buffer.from(text).toString('base64');

/** WinSCP's PWALG_SIMPLE encoding of a session password (core/Security.cpp), with filler bytes as WinSCP adds. */
export const winscpEncode = (user: string, host: string, password: string): string => {
  const byte = (value: number): string => ((~value ^ 0xa3) & 0xff).toString(16).toUpperCase().padStart(2, '0');
  const salted = `${user}${host}${password}`;
  const filler = 1 + ((randomBytes(1)[0] as number) % 8);
  let out = byte(0xff) + byte(0) + byte(salted.length) + byte(filler);
  for (let i = 0; i < filler; i++) out += byte(randomBytes(1)[0] as number);
  for (const ch of salted) out += byte(ch.charCodeAt(0));
  while (out.length < 100) out += byte(randomBytes(1)[0] as number);
  return out;
};

/** JetBrains' PasswordUtil.encodePassword: each character XOR 0xDFAA, as hex. */
export const jetbrainsEncode = (password: string): string => [...password].map((ch) => (ch.charCodeAt(0) ^ 0xdfaa).toString(16)).join('');

/** A value as Jenkins' hudson.util.Secret writes it: {base64 of version 1, IV length 16, …}. */
export const jenkinsEncrypted = (): string => `{${Buffer.concat([Buffer.from([1, 0, 0, 0, 16, 0, 0, 0, 32]), randomBytes(48)]).toString('base64')}}`;

/** DBeaver's credentials-config.json: AES-128-CBC under DBeaver's published static key, IV first. */
export const dbeaverCredentials = (user: string, password: string): Buffer => {
  const key = Buffer.from('babb4a9f774ab853c96c2d653dfe544a', 'hex');
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-128-cbc', key, iv);
  const json = JSON.stringify({ 'postgres-jdbc-1': { '#connection': { user, password } } });
  return Buffer.concat([iv, cipher.update(json, 'utf8'), cipher.final()]);
};

/** `rclone obscure`: AES-256-CTR under rclone's published key, IV first, base64url without padding. */
export const rcloneObscure = (password: string): string => {
  const key = Buffer.from('9c935b48730a554d6bfd7c63c886a92bd390198eb8128afbf4de162b8b95f638', 'hex');
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-ctr', key, iv);
  return Buffer.concat([iv, cipher.update(password, 'utf8'), cipher.final()]).toString('base64url');
};

/** Group Policy Preferences' cpassword (MS-GPPREF 2.2.1.1.4): AES-256-CBC, IV zero, UTF-16LE, base64 without padding. */
export const gppEncrypt = (password: string): string => {
  const cipher = createCipheriv('aes-256-cbc', Buffer.from('4e9906e8fcb66cc9faf49310620ffee8f496e806cc057990209b09a433b66c1b', 'hex'), Buffer.alloc(16));
  return Buffer.concat([cipher.update(Buffer.from(password, 'utf16le')), cipher.final()]).toString('base64').replace(/=+$/, '');
};

/** A Windows answer file's hidden password: base64 of the UTF-16LE password and the element's name. */
export const unattendHide = (password: string, element: string): string => Buffer.from(`${password}${element}`, 'utf16le').toString('base64');

/** Subversion's hash dump (svn.simple): K/V pairs with their byte lengths, then END. */
export const svnHash = (pairs: Record<string, string>): string =>
  `${Object.entries(pairs).map(([k, v]) => `K ${Buffer.byteLength(k)}\n${k}\nV ${Buffer.byteLength(v)}\n${v}\n`).join('')}END\n`;

/** libedit's history line encoding (strvis with VIS_WHITE): blanks and backslashes as octal escapes. */
export const libeditLine = (line: string): string => line.replace(/[\s\\]/g, (ch) => `\\${ch.charCodeAt(0).toString(8).padStart(3, '0')}`);
