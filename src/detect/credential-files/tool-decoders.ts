// What tools encode but do not encrypt, decoded as the tools themselves decode it.
import { createDecipheriv } from 'node:crypto';

/** Base64 of UTF-8 text (FileZilla's `<Pass encoding="base64">`, npm's `_password`); undefined when it is not. */
export const base64Text = (value: string): string | undefined => {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 === 1) return undefined;
  const text = Buffer.from(value, 'base64').toString('utf8');
  return text !== '' && !/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text) ? text : undefined;
};

/** npm's `_auth`: base64 of `username:password` (npm docs, config: _auth); the password. */
export const npmAuthPassword = (value: string): string | undefined => {
  const text = base64Text(value);
  const colon = text?.indexOf(':') ?? -1;
  return text !== undefined && colon > 0 && colon < text.length - 1 ? text.slice(colon + 1) : undefined;
};

// WinSCP's "simple" password algorithm (source: core/Security.cpp, PWALG_SIMPLE): each byte is two
// hex digits of ~(byte ^ 0xA3); a leading 0xFF flag, then the length, a count of filler bytes to
// skip, and the password prefixed with user name + host name (the key).
const MAGIC = 0xa3;
const FLAG = 0xff;

export const winscpPassword = (encoded: string, user: string, host: string): string | undefined => {
  if (!/^[0-9A-Fa-f]+$/.test(encoded) || encoded.length % 2 !== 0) return undefined;
  const bytes = encoded.match(/../g)?.map((pair) => ~(parseInt(pair, 16) ^ MAGIC) & 0xff) ?? [];
  let at = 0;
  const next = (): number => bytes[at++] ?? 0;
  const flag = next();
  let length = flag;
  if (flag === FLAG) {
    next();
    length = next();
  }
  const skip = next();
  at += skip;
  if (at + length > bytes.length) return undefined;
  const plain = Buffer.from(bytes.slice(at, at + length)).toString('latin1');
  if (flag !== FLAG) return plain;
  const key = `${user}${host}`;
  return plain.startsWith(key) ? plain.slice(key.length) : undefined;
};

/** JetBrains' PasswordUtil.encodePassword (WebServers.xml, old dataSources.xml): each char XOR 0xDFAA, as 4 hex digits. */
export const jetbrainsPassword = (encoded: string): string | undefined => {
  if (!/^(?:[0-9a-f]{4})+$/i.test(encoded)) return undefined;
  const chars = encoded.match(/.{4}/g)?.map((chunk) => String.fromCharCode(parseInt(chunk, 16) ^ 0xdfaa)) ?? [];
  const plain = chars.join('');
  return /^[\x20-\x7e]+$/.test(plain) ? plain : undefined;
};

/**
 * A value Jenkins encrypted with its instance's master key (hudson.util.Secret, written as
 * `{base64}` whose first byte is the format version 1, then the IV length: `{AQAAABAAAAA…}`).
 * Readable only with JENKINS_HOME/secrets/, which is rarely committed beside it.
 */
export const isJenkinsSecret = (value: string): boolean => /^\{AQAAAB[A-Za-z0-9+/]{20,}={0,2}\}$/.test(value);

// rclone's `rclone obscure` (fs/config/obscure/obscure.go): AES-256-CTR under a key published in
// rclone's source, the IV first, base64url without padding. Obscured, not encrypted.
const RCLONE_KEY = Buffer.from('9c935b48730a554d6bfd7c63c886a92bd390198eb8128afbf4de162b8b95f638', 'hex');

export const rclonePassword = (obscured: string): string | undefined => {
  if (!/^[A-Za-z0-9_-]{23,}$/.test(obscured)) return undefined;
  const bytes = Buffer.from(obscured, 'base64url');
  if (bytes.length <= 16) return undefined;
  const decipher = createDecipheriv('aes-256-ctr', RCLONE_KEY, bytes.subarray(0, 16));
  const plain = Buffer.concat([decipher.update(bytes.subarray(16)), decipher.final()]).toString('utf8');
  return /^[^\u0000-\u001f\ufffd]+$/.test(plain) ? plain : undefined;
};

// Group Policy Preferences (MS-GPPREF 2.2.1.1.4, "Password Encryption"): a `cpassword` attribute is
// AES-256-CBC under a 32-byte key Microsoft published, IV zero, base64 without padding, the
// plaintext UTF-16LE. Obscured, not encrypted (MS14-025 stopped Windows from writing new ones).
const GPP_KEY = Buffer.from('4e9906e8fcb66cc9faf49310620ffee8f496e806cc057990209b09a433b66c1b', 'hex');

export const gppPassword = (cpassword: string): string | undefined => {
  if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(cpassword)) return undefined;
  const padded = cpassword.replace(/=+$/, '') + '='.repeat((4 - (cpassword.replace(/=+$/, '').length % 4)) % 4);
  const bytes = Buffer.from(padded, 'base64');
  if (bytes.length === 0 || bytes.length % 16 !== 0) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-cbc', GPP_KEY, Buffer.alloc(16));
    const plain = Buffer.concat([decipher.update(bytes), decipher.final()]).toString('utf16le');
    return /^[^\u0000-\u001f\ufffd]+$/.test(plain) ? plain : undefined;
  } catch {
    return undefined;
  }
};

/**
 * A Windows answer file's password with `<PlainText>false</PlainText>` (unattend.xml, "Hide
 * sensitive data in an answer file"): base64 of the UTF-16LE password followed by the element's
 * name (`Password`, `AdministratorPassword`). Hidden, not encrypted.
 */
export const unattendPassword = (value: string, element: string): string | undefined => {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return undefined;
  const plain = Buffer.from(value, 'base64').toString('utf16le');
  return plain.endsWith(element) ? plain.slice(0, -element.length) : undefined;
};
