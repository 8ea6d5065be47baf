// The table: for each credential-file rule (rules/credential-files.toml gives its paths), the
// reader for the file's syntax and which keys hold a secret, a hash or encrypted material, with
// the tool's own decoder where the tool encodes the value.
import { readAddElements, readEqualsLines, readJsonStrings, readKeyValues, readQuotedAssignments, readXml, type Entry } from './entries.js';
import { readJenkinsCredentials } from './jenkins-credentials.js';
import { readColonStore, readCredentialUrls, readFetchmailrc, readNetrc, readPasswordFile, readPgpass, readPuttyKey, readRedisHistory, readSqlHashes, readSvnAuth } from './stores.js';
import { readUnattend } from './windows-files.js';
import { base64Text, gppPassword, isJenkinsSecret, jetbrainsPassword, npmAuthPassword, rclonePassword, unattendPassword, winscpPassword } from './tool-decoders.js';

/**
 * secret: a password or token, classified as a generic value is; hash: a password hash (crackable
 * offline); key: private key material; encrypted: ciphertext whose key is elsewhere (low);
 * decryptable: encrypted with a key the tool keeps beside it (medium).
 */
export type Role = 'secret' | 'hash' | 'key' | 'encrypted' | 'decryptable';

export interface Decoded {
  readonly value: string;
  /** How the value was decoded, reported as the finding's `decoded`. */
  readonly how?: string;
  readonly role?: Role;
  /** What the classifier and the allowlists read, when it is not the whole secret (what Jenkins' braces hold). */
  readonly judged?: string;
  /** Where the value sits, when it is a part of the entry's value (a conninfo's password). */
  readonly start?: number;
  readonly end?: number;
}

export interface FieldSpec {
  /** The key, matched whole and case-insensitively; `named` takes any key that names a secret. */
  readonly keys: RegExp | 'named';
  readonly role: Role;
  /** The value as the tool would read it; undefined drops the entry. */
  readonly decode?: (entry: Entry, section: readonly Entry[]) => Decoded | undefined;
}

export interface FormatSpec {
  readonly read: (text: string) => Entry[];
  readonly fields: readonly FieldSpec[];
  /**
   * A tool's saved logins, written by the tool or by its user for one machine, never a project's
   * template: what it holds is what the tool logs in with (a weak `password` there is a weak password).
   * Project configuration a deployment fills in (database.yml, tomcat-users.xml, redis.conf) is not.
   */
  readonly saved?: boolean;
}

const keys = (...names: string[]): RegExp => new RegExp(`^(?:${names.join('|')})$`, 'i');
const secret = (...names: string[]): FieldSpec => ({ keys: keys(...names), role: 'secret' });
const conf = (text: string): Entry[] => readKeyValues(text, /[=:]|^$/);

const filezillaPass = (entry: Entry): Decoded | undefined => {
  const encoding = entry.attributes?.['encoding'];
  if (encoding === undefined) return { value: entry.value };
  if (encoding === 'base64') {
    const plain = base64Text(entry.value);
    return plain === undefined ? undefined : { value: plain, how: 'base64' };
  }
  // encoding="crypt": FileZilla's master password protects it.
  return { value: entry.value, role: 'encrypted' };
};

const siblingValue = (section: readonly Entry[], name: RegExp): string => section.find((e) => name.test(e.key))?.value ?? '';

const winscp = (entry: Entry, section: readonly Entry[]): Decoded | undefined => {
  const plain = winscpPassword(entry.value, siblingValue(section, /^UserName$/i), siblingValue(section, /^HostName$/i));
  return plain === undefined ? undefined : { value: plain, how: 'winscp' };
};

const jetbrains = (entry: Entry): Decoded | undefined => {
  const plain = jetbrainsPassword(entry.value);
  return plain === undefined ? undefined : { value: plain, how: 'jetbrains' };
};

// hudson.util.Secret.fromString: a value that decrypts (the `{AQAAAB…}` envelope) is ciphertext, its
// braces Jenkins' wrapping; any other value is the plaintext secret as written, braces and all
// (Jenkins has no `{name}` templating, so `{…}` is no template here): judged by what the braces hold.
const jenkins = (entry: Entry): Decoded => {
  if (isJenkinsSecret(entry.value)) return { value: entry.value.slice(1, -1), role: 'encrypted', start: entry.start + 1, end: entry.end - 1 };
  const braced = /^\{([\s\S]*)\}$/.exec(entry.value);
  return braced ? { value: entry.value, judged: braced[1] as string } : { value: entry.value };
};

const JENKINS: FormatSpec = {
  read: readXml,
  fields: [{ keys: keys('password', 'secret', 'privateKey', 'passphrase', 'apiToken', 'token'), role: 'secret', decode: jenkins }],
};

const npmAuth = (entry: Entry): Decoded | undefined => {
  const plain = npmAuthPassword(entry.value);
  return plain === undefined ? undefined : { value: plain, how: 'base64' };
};

const npmPassword = (entry: Entry): Decoded | undefined => {
  const plain = base64Text(entry.value);
  return plain === undefined ? undefined : { value: plain, how: 'base64' };
};

// npm keys are scoped to a registry: //registry.example/:_authToken=…
const npmKey = (name: string): RegExp => new RegExp(`^(?://[^\\s=]*:)?${name}$`, 'i');

// libpq's connection string (libpq docs, 34.1.1 Keyword/Value Connection Strings): password=… or password='…'.
const conninfoPassword = (entry: Entry): Decoded | undefined => {
  const m = /(?:^|\s)password\s*=\s*(?:'((?:[^'\\]|\\.)*)'|([^\s']+))/.exec(entry.value);
  if (!m) return undefined;
  const value = m[1] ?? (m[2] as string);
  const at = m.index + m[0].length - value.length - (m[1] === undefined ? 0 : 1);
  return { value, start: entry.start + at, end: entry.start + at + value.length };
};

const rclone = (entry: Entry): Decoded | undefined => {
  const plain = rclonePassword(entry.value);
  return plain === undefined ? undefined : { value: plain, how: 'rclone' };
};

// rclone keeps an OAuth token as JSON on one line: token = {"access_token":"…","refresh_token":"…",…}.
const refreshToken = (entry: Entry): Decoded | undefined => {
  const m = /"refresh_token"\s*:\s*"([^"\\]+)"/.exec(entry.value);
  if (!m) return undefined;
  const at = m.index + m[0].length - (m[1] as string).length - 1;
  return { value: m[1] as string, start: entry.start + at, end: entry.start + at + (m[1] as string).length };
};

// NuGet.Config: `Password` is encrypted with DPAPI for the user and machine that wrote it (base64 of
// the blob); `ClearTextPassword` is the password as typed.
const nugetPassword = (entry: Entry): Decoded =>
  /^[A-Za-z0-9+/]{40,}={0,2}$/.test(entry.value) ? { value: entry.value, role: 'encrypted' } : { value: entry.value };

const saved = (format: FormatSpec): FormatSpec => ({ ...format, saved: true });

// Group Policy Preferences: the cpassword attribute, decrypted under Microsoft's published key.
const gpp = (entry: Entry): Decoded | undefined => {
  const plain = gppPassword(entry.value);
  return plain === undefined ? undefined : { value: plain, how: 'gpp' };
};

// An answer file's hidden password (PlainText false): base64 of UTF-16LE, the element's name after it.
const unattend = (entry: Entry): Decoded | undefined => {
  if (entry.attributes?.['hidden'] !== 'true') return { value: entry.value };
  const plain = unattendPassword(entry.value, entry.attributes['element'] ?? entry.key);
  return plain === undefined ? undefined : { value: plain, how: 'base64' };
};

// Subversion's passtype: `simple` keeps the password as typed; `wincrypt` keeps it DPAPI-encrypted.
const svnPassword = (entry: Entry, section: readonly Entry[]): Decoded => {
  const passtype = section.find((e) => e.key === 'passtype')?.value;
  return passtype === 'wincrypt' ? { value: entry.value, role: 'encrypted' } : { value: entry.value };
};

const ACCOUNT_STORE: FormatSpec = { read: readColonStore, fields: [{ keys: /./, role: 'hash' }] };

export const FORMATS: Readonly<Record<string, FormatSpec>> = {
  'credential-file-pgpass': saved({ read: readPgpass, fields: [secret('password')] }),
  'credential-file-dbeaver-data-sources': saved({ read: readXml, fields: [secret('password')] }),
  'credential-file-gpp': saved({ read: readXml, fields: [{ keys: keys('cpassword'), role: 'secret', decode: gpp }] }),
  'credential-file-unattend': saved({ read: readUnattend, fields: [{ keys: /Password$/i, role: 'secret', decode: unattend }] }),
  'credential-file-svn': saved({ read: readSvnAuth, fields: [{ keys: keys('password'), role: 'secret', decode: svnPassword }] }),
  'credential-file-wifi': saved({
    read: conf,
    fields: [secret('psk', 'password', 'sae_password', 'wep-key0', 'wep-key1', 'wep-key2', 'wep-key3', 'wep_key0', 'leap-password', 'private-key-password', 'private_key_passwd')],
  }),
  'credential-file-fetchmail': saved({ read: readFetchmailrc, fields: [secret('password')] }),
  'credential-file-vault-password': saved({ read: readPasswordFile, fields: [secret('password')] }),
  'credential-file-redis-history': saved({ read: readRedisHistory, fields: [secret('password')] }),
  'credential-file-filezilla': saved({ read: readXml, fields: [{ keys: keys('Pass'), role: 'secret', decode: filezillaPass }] }),
  'credential-file-winscp': saved({ read: conf, fields: [{ keys: keys('Password'), role: 'secret', decode: winscp }] }),
  'credential-file-editor-sftp': saved({ read: readJsonStrings, fields: [secret('password', 'pass', 'passphrase')] }),
  'credential-file-jetbrains': saved({
    read: readXml,
    fields: [{ keys: keys('password', 'user-password'), role: 'secret', decode: jetbrains }],
  }),
  'credential-file-robomongo': saved({ read: readJsonStrings, fields: [secret('userPassword', 'sshUserPassword', 'sshPassphrase', 'password')] }),
  'credential-file-mysql-workbench': saved({ read: readXml, fields: [secret('password', 'sshPassword')] }),
  'credential-file-my-cnf': { read: conf, fields: [secret('password', 'pass')] },
  'credential-file-database-yml': { read: conf, fields: [secret('password', 'pass')] },
  'credential-file-s3cfg': saved({ read: conf, fields: [secret('secret_key', 'access_token', 'gpg_passphrase', 'proxy_password')] }),
  'credential-file-cloud-cli': saved({
    read: conf,
    fields: [secret('access_token', 'access-token', 'oauth_token', 'api_key', 'token', 'refresh_token', 'secret')],
  }),
  'credential-file-git-credentials': saved({ read: readCredentialUrls, fields: [{ keys: /./, role: 'secret' }] }),
  'credential-file-npmrc': saved({
    read: readEqualsLines,
    fields: [
      { keys: npmKey('_auth'), role: 'secret', decode: npmAuth },
      { keys: npmKey('_password'), role: 'secret', decode: npmPassword },
      { keys: npmKey('_authToken'), role: 'secret' },
    ],
  }),
  'credential-file-netrc': saved({ read: readNetrc, fields: [secret('password')] }),
  'credential-file-pypirc': saved({ read: conf, fields: [secret('password')] }),
  'credential-file-gem': saved({ read: conf, fields: [{ keys: /^(?:rubygems_api_key|[\w-]*api_key)$/i, role: 'secret' }] }),
  'credential-file-cargo': saved({ read: conf, fields: [secret('token')] }),
  'credential-file-terraform-cli': saved({ read: (text) => [...readJsonStrings(text), ...conf(text)], fields: [secret('token')] }),
  'credential-file-aws-cli': saved({ read: conf, fields: [secret('aws_secret_access_key', 'aws_session_token')] }),
  'credential-file-gcloud': saved({ read: readJsonStrings, fields: [secret('client_secret', 'refresh_token', 'access_token')] }),
  'credential-file-azure-cli': saved({
    read: readJsonStrings,
    fields: [secret('accessToken', 'refreshToken', 'secret', 'client_secret', 'password')],
  }),
  'credential-file-mail-client': saved({
    read: (text) => readKeyValues(text, /[=:]|^$/),
    fields: [secret('password', 'smtp_pass', 'imap_pass', 'pop_pass', 'smtp_password')],
  }),
  // WeeChat names a server's option after the server: liberachat.sasl_password.
  'credential-file-irc-client': saved({ read: readQuotedAssignments, fields: [{ keys: /(?:^|\.)(?:password|sasl_password|nickserv_password)$/i, role: 'secret' }] }),
  'credential-file-ventrilo': saved({ read: conf, fields: [secret('AdminPassword', 'Password')] }),
  'credential-file-tomcat-users': { read: readXml, fields: [secret('password')] },
  'credential-file-jenkins': JENKINS,
  // Any XML file holding a credential element (its class names the format): only those elements are read.
  'credential-file-jenkins-element': { ...JENKINS, read: readJenkinsCredentials },
  'credential-file-redis-conf': { read: (text) => readKeyValues(text, /^$/), fields: [secret('requirepass', 'masterauth')] },
  'credential-file-postgres-conf': {
    read: conf,
    fields: [secret('password'), { keys: /conninfo$/i, role: 'secret', decode: conninfoPassword }],
  },
  'credential-file-shell-rc': saved({ read: conf, fields: [{ keys: 'named', role: 'secret' }] }),
  'credential-file-keystore-properties': {
    read: conf,
    fields: [{ keys: /(?:^|[._-])(?:store|key)[._-]?pass(?:word)?$|^(?:store|key)Password$|key-store-password$/i, role: 'secret' }],
  },
  'credential-file-rclone': saved({
    read: conf,
    fields: [
      { keys: keys('pass', 'password', 'password2'), role: 'secret', decode: rclone },
      { keys: keys('token'), role: 'secret', decode: refreshToken },
      secret('secret_access_key', 'client_secret', 'key', 'sas_url', 'account_key'),
    ],
  }),
  'credential-file-nuget-config': {
    read: readAddElements,
    fields: [secret('ClearTextPassword'), { keys: keys('Password'), role: 'secret', decode: nugetPassword }],
  },
  'credential-file-shadow': ACCOUNT_STORE,
  'credential-file-htpasswd': ACCOUNT_STORE,
  'credential-file-ftpd-passwd': ACCOUNT_STORE,
  'credential-file-sql-dump': { read: readSqlHashes, fields: [{ keys: /./, role: 'hash' }] },
  'credential-file-putty-key': {
    read: readPuttyKey,
    fields: [{ keys: /^Private-Lines$/, role: 'key' }, { keys: /^Private-Lines \(/, role: 'encrypted' }],
  },
  'credential-file-firefox-logins': { read: readJsonStrings, fields: [{ keys: keys('encryptedPassword'), role: 'decryptable' }] },
};
