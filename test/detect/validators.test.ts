import { createHmac, generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checksumTail, validateAwsKeyId, validateJwt, validatePrivateKey } from '../../src/detect/validators.js';
import { fakeAwsKeyId, fakeGithubToken, fakeNpmToken } from '../helpers/fake-secrets.js';

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('offline validators', () => {
  it('GitHub and npm CRC32 checksums: right ones pass, broken ones fail', () => {
    for (const prefix of ['ghp', 'gho', 'ghu', 'ghs']) {
      expect(checksumTail(fakeGithubToken(prefix))).toBe(true);
      expect(checksumTail(fakeGithubToken(prefix, false))).toBe(false);
    }
    expect(checksumTail(fakeNpmToken())).toBe(true);
    expect(checksumTail(fakeNpmToken(false))).toBe(false);
    expect(checksumTail('ghp_short')).toBe(false);
  });

  it('PEM private keys parse with node:crypto; truncated ones fail; encrypted ones cannot be checked', () => {
    for (const [type, options] of [
      ['rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs1', format: 'pem' } }],
      ['ec', { namedCurve: 'P-256', privateKeyEncoding: { type: 'sec1', format: 'pem' } }],
      ['ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' } }],
    ] as const) {
      const { privateKey } = generateKeyPairSync(type as 'rsa', { ...options, publicKeyEncoding: { type: 'spki', format: 'pem' } } as never) as unknown as { privateKey: string };
      expect(validatePrivateKey(privateKey)).toBe(true);
      // As pasted into JSON: escaped newlines.
      expect(validatePrivateKey(privateKey.replace(/\n/g, '\\n'))).toBe(true);
      const lines = privateKey.trim().split('\n');
      const truncated = [lines[0], (lines[1] ?? '').slice(0, 32), lines.at(-1)].join('\n');
      expect(validatePrivateKey(truncated)).toBe(false);
    }
    const { privateKey } = generateKeyPairSync('ec', {
      namedCurve: 'P-256',
      privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'x' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    expect(validatePrivateKey(privateKey)).toBe(null);
  });

  it('an OpenSSH key body is read by its magic header, also under an RSA label; other bodies under that label must parse', () => {
    const body = Buffer.concat([Buffer.from('openssh-key-v1\0', 'latin1'), randomBytes(300)]).toString('base64');
    const lines = body.match(/.{1,70}/g) ?? [];
    const pem = (label: string, text: string[]): string => [`-----BEGIN ${label}-----`, ...text, `-----END ${label}-----`].join('\n');
    expect(validatePrivateKey(pem('OPENSSH PRIVATE KEY', lines))).toBe(true);
    expect(validatePrivateKey(pem('RSA PRIVATE KEY', lines))).toBe(true);
    const random = randomBytes(300).toString('base64').match(/.{1,64}/g) ?? [];
    expect(validatePrivateKey(pem('RSA PRIVATE KEY', random))).toBe(false);
    expect(validatePrivateKey(pem('OPENSSH PRIVATE KEY', random))).toBe(false);
  });

  it('JWTs need base64url JSON header with alg and a JSON payload', () => {
    expect(validateJwt(`${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: '1' })}.c2ln`)).toBe(true);
    expect(validateJwt(`${b64url({ typ: 'JWT' })}.${b64url({ sub: '1' })}.c2ln`)).toBe(false);
    expect(validateJwt(`${b64url({ alg: 'none' })}.bm90IGpzb24.c2ln`)).toBe(false);
  });

  it("JWTs signed with jwt.io's published sample secrets are samples, not credentials; other HMAC keys pass", () => {
    // The sample secrets are the ones jwt.io's debugger shows by default; the payloads here are made up.
    const signed = (alg: string, key: string, claims: object): string => {
      const input = `${b64url({ alg, typ: 'JWT' })}.${b64url(claims)}`;
      const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg] as string;
      return `${input}.${createHmac(hash, key).update(input).digest('base64url')}`;
    };
    const claims = { sub: `svc-${randomBytes(4).toString('hex')}`, iat: 1718000000 };
    expect(validateJwt(signed('HS256', 'your-256-bit-secret', claims))).toBe(false);
    expect(validateJwt(signed('HS256', 'a-string-secret-at-least-256-bits-long', claims))).toBe(false);
    expect(validateJwt(signed('HS384', 'a-string-secret-at-least-256-bits-long', claims))).toBe(false);
    expect(validateJwt(signed('HS512', 'your-512-bit-secret', claims))).toBe(false);
    expect(validateJwt(signed('HS256', randomBytes(32).toString('base64'), claims))).toBe(true);
    expect(validateJwt(signed('HS512', randomBytes(64).toString('base64'), claims))).toBe(true);
  });

  it('AWS key ids: known prefix and base32 body', () => {
    expect(validateAwsKeyId(fakeAwsKeyId())).toBe(true);
    expect(validateAwsKeyId('AKIA0000000000000001')).toBe(false);
    expect(validateAwsKeyId('ZZZZABCDEFGHIJKLMNOP')).toBe(false);
  });

  it('a checksum-invalid token is not reported unless --include-invalid', async () => {
    const { runCli } = await import('../helpers/run-cli.js');
    const { tempDir, writeFiles } = await import('../helpers/temp-dir.js');
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': `x ${fakeGithubToken('ghp', false)}\nconst token = '${fakeGithubToken('ghp', false)}';\n` });
    const plain = JSON.parse((await runCli(['scan', '-f', 'json'], { cwd: dir })).stdout);
    // Neither the GitHub rule nor a generic rule reports a token whose checksum fails.
    expect(plain.findings).toEqual([]);
    const all = JSON.parse((await runCli(['scan', '-f', 'json', '--include-invalid'], { cwd: dir })).stdout);
    expect(all.findings.find((f: { ruleId: string }) => f.ruleId === 'github-pat')).toMatchObject({ validated: false });
  });
});
