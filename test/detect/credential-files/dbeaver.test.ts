import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptDbeaverCredentials } from '../../../src/detect/credential-files/dbeaver.js';
import { dbeaverCredentials, fakePassword } from './fake-credentials.js';

describe('DBeaver credentials-config.json', () => {
  it('decrypts the file with the published key and reads each connection’s user and password', () => {
    const password = fakePassword();
    expect(decryptDbeaverCredentials(dbeaverCredentials('app', password))).toEqual([
      { connection: 'postgres-jdbc-1', user: 'app', password },
    ]);
  });

  it('reads empty credentials as none, and refuses bytes that are not such a file', () => {
    expect(decryptDbeaverCredentials(dbeaverCredentials('', ''))).toEqual([{ connection: 'postgres-jdbc-1', user: undefined, password: undefined }]);
    expect(decryptDbeaverCredentials(randomBytes(64))).toBeUndefined();
    expect(decryptDbeaverCredentials(Buffer.from('{"a":1}'))).toBeUndefined();
  });
});
