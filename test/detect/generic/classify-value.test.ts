import { describe, expect, it } from 'vitest';
import { classifyValue, isShortGenerated, isStrongPassword, looksRandom } from '../../../src/detect/generic/classify-value.js';
import { isDressedUpWords } from '../../../src/detect/generic/value-features.js';
import { createHash, randomBytes } from 'node:crypto';
import { randomFrom } from '../../helpers/fake-secrets.js';

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const password = { words: ['db', 'password'], kind: 'password' as const };
const secret = { words: ['api', 'key'], kind: 'secret' as const };

describe('classifyValue', () => {
  it('generated values are random-looking', () => {
    for (let i = 0; i < 50; i++) {
      expect(classifyValue(randomFrom(ALNUM, 32), secret).kind).toBe('random');
      expect(classifyValue(randomFrom('0123456789abcdef', 40), secret).kind).toBe('random');
    }
  });

  it('people\'s passwords are human-chosen', () => {
    for (const value of ['hunter42', 'Summer2024', 'FalconBlossom2390?', 'Administrator1!', 'Contrasenia99']) {
      expect(classifyValue(value, password).kind, value).toBe('human');
    }
  });

  it.each([
    ['<your-token>', 'placeholder'], ['${DB_PASSWORD}', 'placeholder'], ['{{ .Values.password }}', 'placeholder'],
    ['%s', 'placeholder'], ['changeme', 'placeholder'], ['changethis', 'placeholder'], ['change_it', 'placeholder'], ['your-api-key-here', 'placeholder'], ['xxxxxxxxxxxx', 'placeholder'],
    ['sk-abc123...', 'placeholder'], ['abcdef123456', 'placeholder'], ['a1b2c3d4e5f6', 'placeholder'], ['qwerty12345', 'placeholder'],
    ['P@ssw0rd2024', 'placeholder'], ['postgres', 'placeholder'], ['123456b7f3abcde42ac3d0e9f3f1fc9f', 'placeholder'], ['dXNlcm5hbWU6cGFzc3dvcmQ=', 'placeholder'],
    ['Purple62/v4/4f/ab/pr_source.png', 'structured'], ['/en/settings/reset-login', 'structured'], ['#add-login', 'structured'],
    ['https://acme.org/login', 'structured'], ['arn:aws:iam::493817260538:role/app', 'structured'],
    ['5d2b1b58-c07d-4de3-af61-d81296680d62', 'structured'], ['4.16.0', 'structured'], ['2024-05-01T10:00:00Z', 'structured'],
    ['ops@acme.io', 'structured'], ['InitVar[str]', 'structured'], ['Contraseña', 'structured'],
    ['$2y$10$Vq3kX9mL2pT8wR5nB7cD1eF4gH6jK0lM2nP4qR6sT8uV0wX2yZ4aB', 'hash'], ['$$argon2id$$v=19$$m=19456$$abc', 'hash'],
    ['{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=', 'hash'], ['ENC[AES256_GCM,data:abc,iv:def]', 'ciphertext'], ['$ANSIBLE_VAULT;1.1;AES256', 'ciphertext'], ['<enc-v1>q3Vv9LmE2pXwZt7RkYb4Hs1NdGc8Jf0Au6Wy5Ko=', 'ciphertext'],
  ])('%s is %s', (value, kind) => {
    expect(classifyValue(value, password).kind).toBe(kind);
  });

  it('names made of words are identifiers for a secret, not for a password', () => {
    expect(classifyValue('markup.heading.1.markdown', secret).kind).toBe('structured');
    expect(classifyValue('wpgraphql-ide:share-prefs:v1', secret).kind).toBe('structured');
    // a cache key's prefix ends in its separator
    expect(classifyValue('pf:services:reblogs:v1:post_:', secret).kind).toBe('structured');
    expect(classifyValue('federation:_v3:instance:actor:', secret).kind).toBe('structured');
    expect(classifyValue('OceanFern1176', { words: [], kind: undefined }).kind).toBe('human');
  });

  it('a URL\'s percent-encoded userinfo is judged decoded', () => {
    expect(classifyValue('correct%20horse%20battery%20staple').kind).toBe('human');
  });
});

describe('docs shapes and what keys say', () => {
  it('the digest of an empty string is a placeholder, whichever hash made it', () => {
    const secret = { words: ['api', 'token'], kind: 'secret' } as const;
    for (const algorithm of ['md5', 'sha1', 'sha256', 'sha512']) {
      const digest = createHash(algorithm).update('').digest('hex');
      expect(classifyValue(digest, secret)).toMatchObject({ kind: 'placeholder', why: 'the digest of an empty string' });
      expect(classifyValue(digest.toUpperCase(), secret).kind).toBe('placeholder');
    }
    // The digest of something is not.
    expect(classifyValue(createHash('md5').update(randomFrom(ALNUM, 12)).digest('hex'), secret).kind).toBe('random');
  });

  it('an elided value is a placeholder: docs shorten what they show', () => {
    expect(classifyValue(`eyJ${randomFrom(ALNUM, 24)}...`, secret)).toMatchObject({ kind: 'placeholder', why: 'elided' });
    expect(classifyValue(`${randomFrom(ALNUM, 10)}...${randomFrom(ALNUM, 10)}`, secret).kind).toBe('placeholder');
    expect(classifyValue(`${randomFrom(ALNUM, 12)}\u2026`, secret).kind).toBe('placeholder');
  });

  it('a regular expression and a PowerShell command name are structured, not secrets', () => {
    const secret = { words: ['named', 'token'], kind: 'secret' } as const;
    expect(classifyValue('(?<!:):[a-zA-Z_][a-zA-Z0-9_]*', secret).why).toBe('regular expression');
    expect(classifyValue('^sk_live_[0-9a-zA-Z]+$', secret).why).toBe('regular expression');
    expect(classifyValue('Reset-SqlAdmin', { words: ['reset', 'sql', 'sa', 'password'], kind: 'password' }).why).toBe('PowerShell command name');
    // a password with a dash after a word that is no approved verb, and random values, stay secrets
    expect(classifyValue('Sunflower-Kx9mQ2Lp', { words: ['password'], kind: 'password' }).kind).toBe('human');
    expect(classifyValue(randomFrom(ALNUM, 32), secret).kind).toBe('random');
  });

  it('a Google Cloud resource name (a KMS key, a service account) names a resource, it holds none', () => {
    const secret = { words: ['kms', 'key'], kind: 'secret' } as const;
    expect(classifyValue('projects/acme-prod/locations/europe-west8/keyRings/main/cryptoKeys/storage', secret).why).toBe('cloud resource name');
    expect(classifyValue('projects/acme-ci/serviceAccounts/deployer@acme-ci.iam.gserviceaccount.com', secret).kind).toBe('structured');
    expect(classifyValue('//cloudkms.googleapis.com/projects/p1/locations/global/keyRings/r/cryptoKeys/k', secret).kind).toBe('structured');
    // a lookup of a key by name in a map (`$map:key`), as a `$VAR` is a reference
    expect(classifyValue('$kms_keys:iac-0/ew1/storage', secret).why).toBe('template');
    // not a resource name: a value with no collection/id pairs after the project
    expect(classifyValue(`projects/${randomFrom(ALNUM, 24)}`, secret).kind).not.toBe('structured');
  });

  it('a key naming a public value (PublicKeyToken) or a state token (ChangeToken, PurchaseToken) holds no secret', () => {
    // Values drawn again when a plain key would read them as placeholders (a random draw can hold a
    // run or spell a word: 1 in ~2,500 of these hex draws, 1 in ~600 of the others), so that what
    // changes their class below is the key alone.
    let hex = randomFrom('0123456789abcdef', 16);
    while (classifyValue(hex, { words: ['api', 'key'], kind: 'secret' }).kind === 'placeholder') hex = randomFrom('0123456789abcdef', 16);
    expect(classifyValue(hex, { words: ['public', 'key', 'token'], kind: 'secret' }).kind).toBe('structured');
    let value = randomFrom(ALNUM, 24);
    while (classifyValue(value, { words: ['api', 'token'], kind: 'secret' }).kind !== 'random') value = randomFrom(ALNUM, 24);
    expect(classifyValue(value, { words: ['change', 'token'], kind: 'secret' }).kind).toBe('structured');
    expect(classifyValue(value, { words: ['policy', 'purchase', 'token'], kind: 'secret' }).kind).toBe('structured');
    // The qualifier must stand before the secret word, and only these words count.
    expect(classifyValue(value, { words: ['access', 'token'], kind: 'secret' }).kind).toBe('random');
    expect(classifyValue(value, { words: ['update', 'token'], kind: 'secret' }).kind).toBe('random');
    expect(classifyValue(value, { words: ['token', 'public'], kind: 'secret' }).kind).toBe('random');
  });
});

describe('strength and randomness', () => {
  it('isStrongPassword: long, three kinds, not one decorated word', () => {
    expect(isStrongPassword('FalconBlossom2390?')).toBe(true);
    expect(isStrongPassword('Administrator1!')).toBe(false);
    expect(isStrongPassword('hunter42')).toBe(false);
  });
  it('looksRandom: not for words', () => {
    expect(looksRandom('alwaysB3Encrypt1ng')).toBe(false);
    expect(looksRandom('Hx8%tN3qWz5v')).toBe(true);
  });
});

describe('classifyValue: shapes met on fresh trees (the panel\'s work3)', () => {
  it('a migration named by its order and words is an identifier, not a password', () => {
    expect(classifyValue('0006_require_contenttypes_0002', { words: ['auth'], kind: 'secret' }).kind).toBe('structured');
  });
  it('a JWT with no real signature authenticates nothing; a signed one is still random', () => {
    const head = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
    const body = Buffer.from('{"sub":"1234567890","name":"x"}').toString('base64url');
    expect(classifyValue(`${head}.${body}.`).kind).toBe('structured');
    expect(classifyValue(`${head}.${body}.a`).kind).toBe('structured');
    expect(classifyValue(`${head}.${body}.${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 43)}`).kind).toBe('random');
  });
  it('base32 of a digit run (RFC 6238\'s test secret) is a placeholder; base32 of random bytes stays random', () => {
    const base32 = (bytes: Buffer): string => {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
      let bits = '';
      for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
      return (bits.match(/.{1,5}/g) ?? []).map((chunk) => alphabet[parseInt(chunk.padEnd(5, '0'), 2)]).join('');
    };
    expect(classifyValue(base32(Buffer.from('12345678901234567890'))).kind).toBe('placeholder');
    expect(classifyValue(base32(randomBytes(20))).kind).toBe('random');
  });
  it('a value typed to look random, with several runs (7777, bcde, qqq, www), is a placeholder', () => {
    const typed = ['3c91e0a7d2', '7777', 'bcde', '4', 'qqq', 'www', '61f0'].join('');
    expect(classifyValue(typed, { words: ['signing', 'secret'], kind: 'secret' }).kind).toBe('placeholder');
  });
});

describe('classifyValue: shapes met on fresh trees (the panel\'s work4)', () => {
  it('a .NET composite format string ({0}, {1}) is a template', () => {
    expect(classifyValue('pres:product:specs-{0}-{1}', { words: ['model', 'key'], kind: 'secret' }).kind).toBe('placeholder');
  });
  it('common password words with their letters swapped (P4ssb0lt, T3st1ng!23) are weak, however long and mixed', () => {
    for (const value of ['P4ssb0lt', 'Z3r0P4ss', 'Str0ngP@ss!', 'T3st1ng!23', 'W3lc0me#2023', 'MyS3cur3P@ss!', 'R00tP@ssw0rd', 'Gu3stUs3r#1', 'D3v3l0p3r!']) {
      expect(isStrongPassword(value), value).toBe(false);
    }
    // Words that are not among the commonest passwords' (a passphrase), and generated values, stay strong.
    for (const value of ['FalconBlossom2390?', 'pQ9wTxu4Fg', 'Qx7!My2kLp9#', 'correct-horse-battery-staple1']) expect(isStrongPassword(value), value).toBe(true);
    // Random draws: one in ~15,000 holds such a word among word-like runs; far fewer than 1 in 1,000 here.
    const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*';
    let dressed = 0;
    for (let i = 0; i < 5000; i++) {
      const value = randomFrom(ALPHABET, 12);
      if (isStrongPassword(value) === false && isDressedUpWords(value)) dressed++;
    }
    expect(dressed).toBeLessThan(5);
  });

  it('common password words behind letter swaps read as a person\'s password, not a random one (a test\'s Str0ng!P@ss#123)', () => {
    for (const value of ['Str0ng!P@ss#123', 'T3st1ng!23x9Q', 'W3lc0me#2023!x']) {
      expect(classifyValue(value, { words: ['password'], kind: 'password' }).kind, value).toBe('human');
    }
    // plain words are left to the word count (a passphrase of uncommon words stays as it was read)
    expect(classifyValue('FalconBlossom2390?', { words: ['password'], kind: 'password' }).kind).not.toBe('placeholder');
    // random draws: none of 5,000 reads so
    const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*';
    let read = 0;
    for (let i = 0; i < 5000; i++) if (classifyValue(randomFrom(ALPHABET, 16), { words: ['password'], kind: 'password' }).why === 'common password words dressed up') read++;
    expect(read).toBeLessThan(3);
  });

  it('a word with a year and a symbol around it is a weak password, not a strong one', () => {
    expect(classifyValue('Bookshelf2024!', { words: ['password'], kind: 'password' }).kind).toBe('human');
    expect(isStrongPassword('Bookshelf2024!')).toBe(false);
  });
  it('letters and digits counted in threes (abc123def456…) are a placeholder', () => {
    expect(classifyValue(`sk_${['abc', '123', 'def', '456', 'ghi', '789'].join('')}`, { words: ['token'], kind: 'secret' }).kind).toBe('placeholder');
  });
  it('a JWT header alone, cut short, is no token', () => {
    expect(classifyValue(Buffer.from('{"alg":"RS256","typ').toString('base64url')).kind).toBe('structured');
  });
  it('base64 of JSON is judged by its values: an embed configuration holds no secret, a token inside it is one', () => {
    const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64');
    expect(classifyValue(encode({ u: 'http://localhost:5000', a: 'test', s: 'test', i: '6b1f0a52-93d4-4c8e-b7a1-2f5e9d0c4a18' })).kind).toBe('structured');
    expect(classifyValue(encode({ access_token: randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 32) })).kind).toBe('random');
  });
});

describe('classifyValue: shapes met on fresh trees (the panel\'s work5)', () => {
  it('hex whose bytes count up or down evenly is a placeholder; random hex is not', () => {
    const counted = Array.from({ length: 16 }, (_, i) => (i * 0x11).toString(16).padStart(2, '0')).join('');
    expect(classifyValue(counted, { words: ['decryption', 'key'], kind: 'secret' }).kind).toBe('placeholder');
    expect(classifyValue(randomBytes(16).toString('hex'), { words: ['decryption', 'key'], kind: 'secret' }).kind).toBe('random');
  });
  it('PostgreSQL\'s stored password forms are hashes', () => {
    expect(classifyValue(`md5${randomBytes(16).toString('hex')}`, { words: ['password'], kind: 'password' }).kind).toBe('hash');
    expect(classifyValue(`SCRAM-SHA-256$4096:${randomBytes(16).toString('base64')}$x:y`, { words: ['password'], kind: 'password' }).kind).toBe('hash');
  });
});

describe('formats that say a value is no credential', () => {
  it('keyboard walks are weak human passwords, however mixed (1qaz!QAZ, 123qwe!@#QWE, 1q2w3e!R)', () => {
    for (const value of ['1qaz!QAZ', '123qwe!@#QWE', '1q2w3e!R', 'zaq12wsx', '1qazZAQ!']) {
      expect(classifyValue(value, password), value).toMatchObject({ kind: 'human', why: 'keyboard walk' });
      expect(isStrongPassword(value), value).toBe(false);
    }
    // a generated value is no walk (one in a million of 12 characters reads as one)
    for (let i = 0; i < 200; i++) expect(classifyValue(randomFrom(ALNUM, 16), password).why).not.toBe('keyboard walk');
  });

  it('a JWS of two JSON parts and no signature is a malformed token, not a credential', () => {
    const part = (json: string): string => Buffer.from(json).toString('base64url');
    expect(classifyValue(`${part('["HS256"]')}.${part('{}\n')}`, secret).kind).toBe('structured');
    // a signature after a header is a token's (a test fixture, still reported)
    expect(classifyValue(`${part('{"a":"b"}')}.${randomFrom(ALNUM, 43)}`, secret).kind).toBe('random');
  });

  it('an SSH public key blob is public (RFC 4253: the algorithm name, length-prefixed, comes first)', () => {
    for (const algorithm of ['ssh-rsa', 'ssh-ed25519', 'ecdsa-sha2-nistp256']) {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(algorithm.length);
      const blob = Buffer.concat([length, Buffer.from(algorithm), randomBytes(48)]).toString('base64');
      expect(classifyValue(blob, secret), algorithm).toMatchObject({ kind: 'structured', why: 'SSH public key' });
    }
  });

  it('a minisign public key is public; code after a string (.concat(n)) and a CSS rule are code', () => {
    expect(classifyValue(`RW${randomFrom(ALNUM, 54)}`, secret)).toMatchObject({ kind: 'structured', why: 'minisign public key' });
    expect(classifyValue('.concat(n)', secret).why).toBe('code expression');
    expect(classifyValue('.signup-confirm{}', password).why).toBe('code expression');
  });

  it('ids made of UUIDs and host names, and a SigV4 credential scope, are ids; a short prefix before a UUID is a key\'s format', () => {
    const uuid = (): string => [8, 4, 4, 4, 12].map((n) => randomFrom('0123456789abcdef', n)).join('-');
    expect(classifyValue(`${uuid()}.${uuid()}-login.microsoftonline.com`, secret).why).toBe('ids joined');
    expect(classifyValue(`account-${uuid()}-${uuid()}-https://tenant.onmicrosoft.com/scope`, secret).why).toBe('ids joined');
    expect(classifyValue(`lo-${uuid()}`, secret).why).not.toBe('ids joined');
    expect(classifyValue('releaseassetproduction/20250307/us-east-1/s3/aws4_request', secret).why).toBe('AWS SigV4 credential scope');
  });

  it('a named hole of an interpolated string is a template ($"…{Offset0}…", f"…{token}…")', () => {
    expect(classifyValue(`eyJ${randomFrom(ALNUM, 20)}{Offset0}abc-DEF_123`, secret).kind).toBe('placeholder');
  });

  it('typed public keys and key fingerprints are public; a Kubernetes qualified name is a name', () => {
    expect(classifyValue(`discokey:${randomFrom('0123456789abcdef', 64)}`, secret).why).toBe('public key by its type, or a fingerprint');
    expect(classifyValue(`nodekey:${randomFrom('0123456789abcdef', 64)}`, secret).why).toBe('public key by its type, or a fingerprint');
    expect(classifyValue(`sshkey-SHA256:${randomFrom(ALNUM, 43)}`, secret).why).toBe('public key by its type, or a fingerprint');
    expect(classifyValue(`privkey:${randomFrom('0123456789abcdef', 64)}`, secret).kind).toBe('random');
    expect(classifyValue('acme.cert-manager.io/http01-edit-in-place', secret).why).toBe('Kubernetes qualified name');
  });

  it('the shifted digit row is a typed run; QWERTZ walks are walks', () => {
    expect(classifyValue('PASS!@#$%^&*()W0RD', password).kind).toBe('placeholder');
    expect(classifyValue('Qweasdyxcv!2', password)).toMatchObject({ kind: 'human', why: 'keyboard walk' });
  });

  it("Spring Security's stored {id} encodings are hashes ({noop} is the password itself); a relative path to a file is a path", () => {
    expect(classifyValue(`{pbkdf2@SpringSecurity_v5_8}${randomFrom('0123456789abcdef', 80)}`, password).kind).toBe('hash');
    expect(classifyValue(`{SHA-256}{${randomFrom(ALNUM, 12)}}${randomFrom('0123456789abcdef', 64)}`, password).kind).toBe('hash');
    expect(classifyValue(`{noop}${randomFrom(ALNUM, 20)}`, password).kind).not.toBe('hash');
    expect(classifyValue('Purple126/v4/45/50/9d/pr_source.geojson', secret).why).toBe('path');
  });

  it('a value that calls itself insecure is a default to replace', () => {
    expect(classifyValue('seriously-insecure', password).kind).toBe('placeholder');
  });

  it('a short password a generator gave (letters and digits mixed through it, no word, no repeats) is strong', () => {
    // Distinct consonants and digits in turn (c d cc d c d c): nothing in it can spell a word (not even
    // read through leet: no 0, 1 or 3, which stand for o, i and e).
    const shortGenerated = (): string => {
      const letters = [...'bcdfghjkmnpqrstvwxz'].sort(() => Math.random() - 0.5);
      const digits = [...'2456789'].sort(() => Math.random() - 0.5);
      return `${letters[0]}${digits[0]}${letters[1]}${letters[2]}${digits[1]}${letters[3]}${digits[2]}${letters[4]}`;
    };
    for (let i = 0; i < 50; i++) {
      const value = shortGenerated();
      expect(isShortGenerated(value), value).toBe(true);
      expect(isStrongPassword(value), value).toBe(true);
      expect(classifyValue(value, password).kind, value).toBe('human');
    }
    // A word with a number, a leet word, a counted sequence, a keyboard walk: typed by a person.
    for (const value of ['hunter42', 'root2024', 't3st1ng1', 'h4x0r123', '1qaz2wsx', 'admin123']) {
      expect(isStrongPassword(value), value).toBe(false);
    }
    expect(classifyValue('a1b2c3d4', password).kind).toBe('placeholder');
    expect(classifyValue('q1w2e3r4', password).kind).toBe('placeholder');
  });

  it('sixteen lowercase letters that spell nothing are random-looking; words run together are not', () => {
    for (let i = 0; i < 50; i++) {
      const value = [...'bcdfghjklmnpqrstvwxz'].sort(() => Math.random() - 0.5).slice(0, 16).join('');
      expect(looksRandom(value), value).toBe(true);
    }
    for (const value of ['correcthorsebatterystaple', 'helloworldfoobar', 'kubernetesdashboard', 'pythonmysqlconnector']) {
      expect(looksRandom(value), value).toBe(false);
    }
    expect(classifyValue('abcdefghijklmnop', password).kind).toBe('placeholder');
  });

  it('a page anchor is a path; a value that starts with a hash and mixes digits into its letters is not', () => {
    for (const value of ['#add-login', '#step-2', '#signIn', '#heading-2-install']) expect(classifyValue(value, password).why, value).toBe('path');
    expect(classifyValue(`#${randomFrom('bcdfghjk', 3)}s0m3`, password).kind).toBe('human');
  });
});
