// Fake credentials built at run time from each provider's documented shape. They exist only in
// the scratch repository under os.tmpdir(); nothing here is a real key.
import { generateKeyPairSync } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { BASE32, BASE62, DIGITS, LOWER } from './prng.mjs';

/** A random value must not look like a placeholder to the shared allowlists by accident. */
const ACCIDENTAL = new RegExp(
  [
    'x{4,}', '0{6,}', '1{6,}', '(.)\\1\\1\\1',
    'example', 'sample', 'dummy', 'fake', 'mock', 'todo', 'fixme', 'here', 'test', 'placeholder',
    'redacted', 'changeme', 'notreal', 'your', 'insert', '0123', '1234', '2345', '3456', '4567', '5678',
    '6789', 'abcd', 'qwer', 'pass', 'secret', 'token', 'admin', 'root', 'demo', 'user', 'null', 'none',
    '\\.(?:txt|json|ya?ml|pem|key|crt|cer|p12|env|conf|cfg|ini|xml|properties|js|ts|py|rb|go|sh)$',
  ].join('|'),
  'i',
);

const clean = (make) => {
  for (;;) {
    const value = make();
    if (!ACCIDENTAL.test(value)) return value;
  }
};

/** base62 of an unsigned 32-bit value, left-padded with '0' to `width`. */
export const base62 = (value, width) => {
  let out = '';
  for (let n = value >>> 0; n > 0; n = Math.floor(n / 62)) out = BASE62[n % 62] + out;
  return out.padStart(width, '0');
};

/** ghp_ + 30 random base62 + base62(crc32(the 30)) in 6; valid=false: the checksum is off by one character. */
export const githubPat = (r, valid = true) =>
  clean(() => {
    const body = r.str(BASE62, 30);
    const sum = base62(crc32(body), 6);
    if (valid) return `ghp_${body}${sum}`;
    const i = BASE62.indexOf(sum[5]);
    return `ghp_${body}${sum.slice(0, 5)}${BASE62[(i + 1 + r.int(0, 60)) % 62]}`;
  });

export const awsKeyPair = (r) => ({
  id: clean(() => `AKIA${r.str(BASE32, 16)}`),
  secret: clean(() => r.str(`${BASE62}/+`, 40)),
});

export const stripeLive = (r) => clean(() => `sk_live_${r.chance(0.5) ? r.str(BASE62, 24) : `51${r.str(BASE62, 97)}`}`);

export const slackBot = (r) => clean(() => `xoxb-${r.str(DIGITS, 12)}-${r.str(DIGITS, 13)}-${r.str(BASE62, 24)}`);

/** A password with letters and digits and a few symbols a .env or YAML value keeps unquoted. */
export const password = (r, length = r.int(14, 22)) =>
  clean(() => {
    let value = r.str(BASE62, 1) + r.str(`${BASE62}${BASE62}!#^*-_+=~.`, length - 2) + r.str(DIGITS, 1);
    if (!/[A-Za-z]/.test(value)) value = `k${value.slice(1)}`;
    return value;
  });

/** A URL-safe database password (no '@', '/', ':' or '%'). */
export const dbPassword = (r) => clean(() => r.str(BASE62, 1) + r.str(`${BASE62}-_.~!*`, r.int(14, 20)) + r.str(DIGITS, 1));

export const dbUser = (r) => clean(() => `${r.pick(['orbit', 'svc', 'app', 'etl', 'report'])}_${r.str(LOWER, 4)}`);

/** Key pairs from node:crypto (cannot be seeded): `private` is the secret, `public` a decoy. */
export const rsaPkcs1 = (bits = 2048) => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: bits,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { private: privateKey, public: publicKey };
};

export const ecPkcs8 = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', {
    namedCurve: 'prime256v1',
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { private: privateKey, public: publicKey };
};

/** A random-looking ssh public key line (a decoy: public keys are not secrets). */
export const sshPublicLine = (r) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.str(`${BASE62}+/`, 43)} deploy@orbit`;
