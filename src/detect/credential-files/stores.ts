// Line-oriented credential stores: colon-separated account files (/etc/shadow, passwd, htpasswd,
// proftpd and pure-ftpd passwd files), netrc-like token files, Subversion's cached credentials, URLs
// with userinfo (.git-credentials), password hashes in SQL dumps, and PuTTY's private key file.
import { linesOf, type Entry } from './entries.js';

/**
 * The second field of `name:field2:…` lines: the password hash in shadow(5), passwd(5) (where
 * `x` sends it to shadow), htpasswd (`user:hash`), proftpd's AuthUserFile and pure-pw's
 * pureftpd.passwd (both in passwd(5)'s layout).
 */
export const readColonStore = (text: string): Entry[] => {
  const entries: Entry[] = [];
  for (const { line, start } of linesOf(text)) {
    const m = /^([^:#\s][^:\s]{0,63}):([^:\s]+)/.exec(line);
    if (!m) continue;
    const at = start + (m[1] as string).length + 1;
    entries.push({ key: m[1] as string, value: m[2] as string, start: at, end: at + (m[2] as string).length, section: 0 });
  }
  return entries;
};

/**
 * Whitespace-separated tokens where a keyword names the next one (netrc(5): `password`; fetchmail's
 * rc: `password` or `pass`); `#` comments are skipped, a quoted token is unquoted.
 */
const readTokensAfter = (keywords: ReadonlySet<string>) => (text: string): Entry[] => {
  const entries: Entry[] = [];
  const tokens = [...text.matchAll(/#[^\n]*|"(?:[^"\\]|\\.)*"|'[^']*'|\S+/g)].filter((m) => !m[0].startsWith('#'));
  tokens.forEach((m, i) => {
    const next = tokens[i + 1];
    if (!keywords.has(m[0]) || next === undefined) return;
    const quoted = next[0].startsWith('"') || next[0].startsWith("'");
    const value = quoted ? next[0].slice(1, -1) : next[0];
    const start = (next.index as number) + (quoted ? 1 : 0);
    entries.push({ key: 'password', value, start, end: start + value.length, section: 0 });
  });
  return entries;
};

export const readNetrc = readTokensAfter(new Set(['password']));

/** fetchmail's run control file (fetchmail(1), "The run control file"): `poll host … user "u" password "p"`. */
export const readFetchmailrc = readTokensAfter(new Set(['password', 'pass']));

/**
 * Subversion's cached credentials (auth/svn.simple/<md5 of the realm>), in svn's hash dump format:
 * `K <length>` / key / `V <length>` / value pairs, then `END`. The `passtype` says how the password
 * is kept: `simple` is plain text, `wincrypt` is DPAPI (encrypted for its Windows user).
 */
export const readSvnAuth = (text: string): Entry[] => {
  const entries: Entry[] = [];
  const pair = /^K (\d+)\n([^\n]*)\nV (\d+)\n/gm;
  for (let m = pair.exec(text); m !== null; m = pair.exec(text)) {
    const start = (m.index as number) + m[0].length;
    const value = text.slice(start, start + Number(m[3]));
    entries.push({ key: m[2] as string, value, start, end: start + value.length, section: 0 });
    pair.lastIndex = start + value.length;
  }
  return entries;
};

// git-credential-store(1): one `https://user:password@host` URL a line, userinfo percent-encoded.
// Written by hand, an `@` is often left as typed (user@mail.test:pa@ss@host): the host is after the
// last `@`, the user before the first `:`.
const CREDENTIAL_URL = /^[a-z][\w+.-]*:\/\/([^:/\s]*):([^/\s]+)@[^\s/@]+/gim;

export const readCredentialUrls = (text: string): Entry[] =>
  [...text.matchAll(CREDENTIAL_URL)].map((m) => {
    const start = (m.index as number) + m[0].indexOf('://') + 3 + (m[1] as string).length + 1;
    const raw = m[2] as string;
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // Not percent-encoded after all: the value as written.
    }
    return { key: m[1] as string, value, start, end: start + raw.length, section: 0 };
  });

/**
 * A file that is one password: Ansible's vault password file (`--vault-password-file`, its first
 * line; an executable script, `#!…`, prints the password instead and is not one).
 */
export const readPasswordFile = (text: string): Entry[] => {
  if (text.startsWith('#!')) return [];
  const line = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  const value = line.trim();
  if (value === '') return [];
  const start = line.indexOf(value);
  return [{ key: 'password', value, start, end: start + value.length, section: 0 }];
};

/**
 * redis-cli's history (~/.rediscli_history): one command a line; `AUTH [user] password` and
 * `CONFIG SET requirepass|masterauth password` name a password (Redis commands, AUTH, CONFIG SET).
 */
export const readRedisHistory = (text: string): Entry[] => {
  const entries: Entry[] = [];
  const command = /^[ \t]*(?:AUTH[ \t]+(?:\S+[ \t]+)?|CONFIG[ \t]+SET[ \t]+(?:requirepass|masterauth)[ \t]+)("?)([^\s"]+)\1[ \t]*\r?$/gim;
  for (const m of text.matchAll(command)) {
    const value = m[2] as string;
    const start = (m.index as number) + m[0].lastIndexOf(value);
    entries.push({ key: 'password', value, start, end: start + value.length, section: entries.length });
  }
  return entries;
};

/**
 * libpq's password file (.pgpass, pgpass.conf): `hostname:port:database:username:password` a line,
 * `#` starts a comment, `\:` and `\\` escape a colon and a backslash in any field. The password is
 * the fifth field (the rest of the line).
 */
export const readPgpass = (text: string): Entry[] => {
  const entries: Entry[] = [];
  for (const { line, start } of linesOf(text)) {
    const m = PGPASS_LINE.exec(line.replace(/\r$/, ''));
    if (!m || /^\s*#/.test(line)) continue;
    const raw = m[3] as string;
    const at = start + line.length - (line.endsWith('\r') ? 1 : 0) - raw.length;
    // The database and user beside it: a password that is one of them is a development default.
    const section = entries.length;
    entries.push({ key: 'database', value: unescapePgpass(m[1] as string), start, end: start, section });
    entries.push({ key: 'username', value: unescapePgpass(m[2] as string), start, end: start, section });
    entries.push({ key: 'password', value: unescapePgpass(raw), start: at, end: at + raw.length, section });
  }
  return entries;
};

// Four fields and their colons, then the password: a field is anything but a bare colon or backslash.
const PGPASS_FIELD = String.raw`(?:[^:\\]|\\.)*`;
const PGPASS_LINE = new RegExp(String.raw`^${PGPASS_FIELD}:${PGPASS_FIELD}:(${PGPASS_FIELD}):(${PGPASS_FIELD}):(${PGPASS_FIELD})$`);
const unescapePgpass = (field: string): string => field.replace(/\\(.)/g, '$1');

// Hash formats a dump stores users' passwords in: crypt(3) ($1$ MD5, $5$/$6$ SHA-crypt, $2a/b/y$
// bcrypt, $apr1$ Apache MD5, $argon2…), Django's <algorithm>$<iterations>$<salt>$<hash>, and
// MySQL's mysql_native_password `*` + 40 hex (SHA1(SHA1(password))).
const SQL_HASH = /'(\$(?:2[aby]?\$\d{2}\$[./A-Za-z0-9]{53}|1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}|apr1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}|[56]\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}|argon2(?:id|i|d)\$v=\d+\$[^'\s]{20,200})|pbkdf2_sha(?:1|256)\$\d+\$[\w./+]{4,64}\$[\w./+=]{20,88}|\*[0-9A-F]{40})'/g;

/** Password hashes in the quoted strings of an SQL dump (INSERT INTO users … VALUES (…, '$2y$10$…')). */
export const readSqlHashes = (text: string): Entry[] => {
  if (!/insert\s+into|\bcopy\s+[\w."]+\s*\(/i.test(text)) return [];
  return [...text.matchAll(SQL_HASH)].map((m) => {
    const start = (m.index as number) + 1;
    return { key: 'password hash', value: m[1] as string, start, end: start + (m[1] as string).length, section: 0 };
  });
};

/**
 * PuTTY's .ppk (PuTTY User Key File, versions 2 and 3): `Encryption: none` leaves the base64
 * `Private-Lines` block readable; any other encryption needs the passphrase.
 */
export const readPuttyKey = (text: string): Entry[] => {
  const header = /^PuTTY-User-Key-File-[23]:/m.exec(text);
  const encryption = /^Encryption:[ \t]*(\S+)/m.exec(text);
  const block = /^Private-Lines:[ \t]*(\d+)\r?\n/m.exec(text);
  if (!header || !encryption || !block) return [];
  const start = (block.index as number) + block[0].length;
  const lines = text.slice(start).split('\n').slice(0, Number(block[1]));
  const body = lines.join('\n').trimEnd();
  if (!/^[A-Za-z0-9+/=\r\n]{16,}$/.test(body)) return [];
  const key = encryption[1] === 'none' ? 'Private-Lines' : `Private-Lines (${encryption[1] as string})`;
  return [{ key, value: body, start, end: start + body.length, section: 0 }];
};
