import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { createDetector } from '../../../src/detect/detector.js';
import { fakePassword, randomFrom } from '../../helpers/fake-secrets.js';
import { tempDir } from '../../helpers/temp-dir.js';

const config = loadConfig(tempDir(), undefined);
const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false });
const found = (path: string, text: string): string[] =>
  detector.detect({ path, text, startLine: 1 }).findings.map((finding) => finding.secret);
const hex = (length: number): string => randomFrom('0123456789abcdef', length);
const token = (): string => `${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 20)}${randomFrom('23456789', 4)}Qz`;

describe('a value its key or a comment names a digest is that digest', () => {
  it('a fixture row under "# sha256 of …" is quiet; the same shape under an algorithm\'s name alone is a key', () => {
    const digest = hex(64);
    expect(found('pkg/db/fixtures/user_tokens.yml', `- id: 1\n  # sha256 of 'a-token-of-the-tests'\n  token: '${digest}'\n`)).toEqual([]);
    expect(found('config/app.yml', `- id: 1\n  token: '${digest}' # sha1(token) of the seed user\n`)).toEqual([]);
    const key = hex(64);
    expect(found('config/app.yml', `# HMAC-SHA256 signing key\nsigning_key: '${key}'\n`)).toEqual([key]);
  });

  it('a key segment naming a digest (sha2Password) holds one when the value is hex of a hash\'s length', () => {
    expect(found('charts/graylog/values.yaml', `graylog:\n  rootUsername: admin\n  sha2Password: "${hex(64)}"\n`)).toEqual([]);
    // the same key with a value that is not a digest's hex is still read as a password
    const password = fakePassword();
    expect(found('charts/graylog/values.yaml', `graylog:\n  sha2Password: "${password}"\n`)).toEqual([password]);
  });
});

describe('a password encoder\'s output and its comparison', () => {
  it('encodedPassword in hex or base64 that is binary is a digest; one that decodes to text is a password merely encoded', () => {
    const digest = hex(80);
    expect(found('src/test/java/EncoderTests.java', `String encodedPassword = "${digest}";\n`)).toEqual([]);
    const base64Digest = Buffer.from(hex(64), 'hex').toString('base64');
    expect(found('src/test/java/EncoderTests.java', `String encodedPassword = "${base64Digest}";\n`)).toEqual([]);
    const password = fakePassword();
    const encoded = Buffer.from(password).toString('base64');
    expect(found('config/app.yml', `encoded_password: "${encoded}"\n`).length).toBeGreaterThan(0);
  });

  it('matches("password", "{SSHA}…") compares two arguments: no key, no value', () => {
    const encoded = `{SSHA}${Buffer.from(hex(40), 'hex').toString('base64')}`;
    expect(found('src/test/java/LdapShaTests.java', `assertThat(encoder.matches("password", "${encoded}")).isTrue();\n`)).toEqual([]);
    // the same pair given to a call that stores it is still read
    const value = fakePassword();
    expect(found('src/main/java/Settings.java', `props.setProperty("password", "${value}");\n`)).toEqual([value]);
  });
});

describe('the digest of a stand-in word', () => {
  it('sha1("test") or md5("password") under a key is a placeholder; a digest of anything else is read as before', async () => {
    const { createHash } = await import('node:crypto');
    const digest = (algorithm: string, word: string): string => createHash(algorithm).update(word).digest('hex');
    expect(found('tests/features/cloudflare.feature', `And body with value {"data": {"api_key": "${digest('sha1', 'test')}"}}\n`)).toEqual([]);
    expect(found('config/app.yml', `api_key: ${digest('md5', 'password')}\n`)).toEqual([]);
    const key = digest('sha256', randomFrom('abcdefghijklmnopqrstuvwxyz', 24));
    expect(found('config/app.yml', `api_key: ${key}\n`)).toEqual([key]);
  });
});

describe('values published by their protocol or their vendor', () => {
  it('an ACME challenge\'s token (RFC 8555) is quiet; a token elsewhere is found', () => {
    expect(found('acme/challenge_test.go', `package acme\nvar ch = &Challenge{Token: "${token()}"}\n`)).toEqual([]);
    expect(found('acme/challenge_test.go', `package acme\nfunc f() {\n\tch := &Challenge{\n\t\tToken: "${token()}",\n\t}\n}\n`)).toEqual([]);
    expect(found('acme/order.json', `{\n  "type": "http-01",\n  "url": "https://ca.test/chall/1",\n  "token": "${token()}"\n}\n`)).toEqual([]);
    const real = token();
    expect(found('deploy/config.go', `package deploy\nvar c = Config{Token: "${real}"}\n`)).toEqual([real]);
  });

  it('Codecov\'s `secret:` value is ciphertext, not an assignment of `secret`', () => {
    const ciphertext = randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 120);
    expect(found('codecov.yml', `coverage:\n  notify:\n    gitter:\n      default:\n        url: "secret:${ciphertext}"\n`)).toEqual([]);
    const key = `${hex(30)}Qz`;
    expect(found('config/app.yml', `secret: ${key}\n`)).toEqual([key]);
  });

  it('the Key Uri Format\'s sample TOTP secret is quiet, in any case', () => {
    const sample = ['JBSWY3', 'DPEHPK3PXP'].join('');
    expect(found('app/src/test/QrCodeTest.kt', `val code = "otpauth://totp/Test:me?secret=${sample}&issuer=Test"\nval secret = "${sample.toLowerCase()}"\n`)).toEqual([]);
  });
});
