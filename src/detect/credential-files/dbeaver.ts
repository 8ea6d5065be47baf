// DBeaver's credentials-config.json: AES-128-CBC, the IV in the first 16 bytes, under the static
// key DBeaver publishes in its source (DefaultSecureStorage's LOCAL_KEY_CACHE), so anyone can read
// it. Sources decrypt the file before detection (sources/known-binary.ts).
import { createDecipheriv } from 'node:crypto';

const KEY = Buffer.from('babb4a9f774ab853c96c2d653dfe544a', 'hex');

export interface DbeaverCredential {
  /** The data source's id in data-sources.json. */
  readonly connection: string;
  readonly user: string | undefined;
  readonly password: string | undefined;
}

const stringOr = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The saved credentials, or undefined when the bytes are not such a file. */
export const decryptDbeaverCredentials = (bytes: Uint8Array): DbeaverCredential[] | undefined => {
  if (bytes.length < 32 || bytes.length % 16 !== 0) return undefined;
  let parsed: unknown;
  try {
    const decipher = createDecipheriv('aes-128-cbc', KEY, bytes.subarray(0, 16));
    parsed = JSON.parse(Buffer.concat([decipher.update(bytes.subarray(16)), decipher.final()]).toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  return Object.entries(parsed as Record<string, unknown>).map(([connection, entry]) => {
    const fields = (entry as { '#connection'?: Record<string, unknown> } | null)?.['#connection'] ?? {};
    return { connection, user: stringOr(fields['user']), password: stringOr(fields['password']) };
  });
};
