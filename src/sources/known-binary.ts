// Binary files that a tool writes in a published, keyless encoding: read into text so the rules
// see what the tool stored. DBeaver encrypts credentials-config.json under a static key it ships
// (detect/credential-files/dbeaver.ts); the text is the decrypted JSON, one field a line, so a
// finding's line is a line of that text (the file itself has none).
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

const KNOWN: readonly KnownBinary[] = [{ path: /(?:^|\/)\.dbeaver\/credentials-config\.json$/, read: dbeaverText }];

/** The text of a binary file in a known tool encoding, or undefined. */
export const readKnownBinary = (path: string, bytes: Uint8Array): string | undefined =>
  KNOWN.find((known) => known.path.test(path))?.read(bytes);

/** Whether a file at this path may be in a known tool encoding (its bytes then decide). */
export const hasKnownEncoding = (path: string): boolean => KNOWN.some((known) => known.path.test(path));
