// Files that a tool writes in a published, keyless encoding: read into text so the rules see what
// the tool stored. DBeaver encrypts credentials-config.json under a static key it ships
// (detect/credential-files/dbeaver.ts); the text is the decrypted JSON, one field a line, so a
// finding's line is a line of that text (the file itself has none). libedit's history files
// (.mysql_history where MySQL is built with libedit) escape blanks and symbols as octal (`\040`):
// unescaped line by line, so lines stay where they are.
import { decryptDbeaverCredentials } from '../detect/credential-files/dbeaver.js';

interface KnownBinary {
  /** Paths the tool writes the file at. */
  readonly path: RegExp;
  /** The text the tool stored, or undefined when the bytes are not such a file. */
  readonly read: (bytes: Uint8Array) => string | undefined;
}

const dbeaverText = (bytes: Uint8Array): string | undefined => {
  const credentials = decryptDbeaverCredentials(bytes);
  if (credentials === undefined) return undefined;
  const stored = Object.fromEntries(credentials.map(({ connection, user, password }) => [connection, { '#connection': { user, password } }]));
  return `${JSON.stringify(stored, null, 2)}\n`;
};

// libedit's history file (history(3), strvis(3) with VIS_WHITE): `_HiStOrY_V2_` on the first line,
// then one entry a line with blanks, backslashes and other symbols written as `\ooo`.
const libeditText = (bytes: Uint8Array): string | undefined => {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (!text.startsWith('_HiStOrY_V2_')) return undefined;
  return text.replace(/\\([0-3][0-7]{2})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
};

const KNOWN: readonly KnownBinary[] = [
  { path: /(?:^|\/)\.dbeaver\/credentials-config\.json$/, read: dbeaverText },
  { path: /(?:^|\/)\.[\w-]+_history$/, read: libeditText },
];

/** The text of a binary file in a known tool encoding, or undefined. */
export const readKnownBinary = (path: string, bytes: Uint8Array): string | undefined =>
  KNOWN.find((known) => known.path.test(path))?.read(bytes);

/** Whether a file at this path may be in a known tool encoding (its bytes then decide). */
export const hasKnownEncoding = (path: string): boolean => KNOWN.some((known) => known.path.test(path));
