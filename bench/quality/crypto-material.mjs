// Key material built at run time with node:crypto: private keys (the secrets) and public keys and
// certificates (the decoys). Nothing here is ever written into the repository.
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { BASE58, BASE62 } from './prng.mjs';

/** base62 of an unsigned 32-bit value, left-padded with '0' (GitHub / npm token checksum). */
export const base62 = (value, width) => {
  let out = '';
  for (let n = value >>> 0; n > 0; n = Math.floor(n / 62)) out = BASE62[n % 62] + out;
  return out.padStart(width, '0');
};

/** prefix_ + 30 random base62 + base62(crc32(those 30)) in 6 characters; `valid=false` breaks the sum. */
export const checksumToken = (r, prefix, valid = true) => {
  const body = r.str(BASE62, 30);
  const sum = base62(crc32(body), 6);
  // A wrong checksum: the right one with its last character moved to another base62 character.
  const bad = () => {
    const i = BASE62.indexOf(sum[5]);
    return sum.slice(0, 5) + BASE62[(i + 1 + Math.floor(r.next() * 61)) % 62];
  };
  const tail = valid ? sum : bad();
  return `${prefix}_${body}${tail}`;
};

const b64lines = (der, width = 64) => der.toString('base64').match(new RegExp(`.{1,${width}}`, 'g')).join('\n');
export const pemBlock = (label, der, width = 64) => `-----BEGIN ${label}-----\n${b64lines(der, width)}\n-----END ${label}-----\n`;

// Key generation is the slow part (RSA 2048): generate a few and reuse them in different wrappings.
const cache = new Map();
const keyPair = (name, make) => {
  if (!cache.has(name)) cache.set(name, make());
  return cache.get(name);
};

export const rsaPkcs1 = (bits, slot = 0) =>
  keyPair(`rsa-pkcs1-${bits}-${slot}`, () =>
    generateKeyPairSync('rsa', {
      modulusLength: bits,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }),
  );

export const rsaPkcs8 = (bits, slot = 0) =>
  keyPair(`rsa-pkcs8-${bits}-${slot}`, () =>
    generateKeyPairSync('rsa', {
      modulusLength: bits,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'pkcs1', format: 'pem' },
    }),
  );

export const ecSec1 = (curve = 'prime256v1', slot = 0) =>
  keyPair(`ec-sec1-${curve}-${slot}`, () =>
    generateKeyPairSync('ec', {
      namedCurve: curve,
      privateKeyEncoding: { type: 'sec1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }),
  );

export const ecPkcs8 = (curve = 'prime256v1', slot = 0) =>
  keyPair(`ec-pkcs8-${curve}-${slot}`, () =>
    generateKeyPairSync('ec', {
      namedCurve: curve,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }),
  );

export const ed25519Pkcs8 = (slot = 0) =>
  keyPair(`ed25519-${slot}`, () =>
    generateKeyPairSync('ed25519', {
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }),
  );

export const encryptedPkcs8 = (passphrase) =>
  keyPair('enc-pkcs8', () =>
    generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }),
  );

export const encryptedPkcs1 = (passphrase) =>
  keyPair('enc-pkcs1', () =>
    generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    }),
  );

// --- OpenSSH ---------------------------------------------------------------------------------
const sshString = (buf) => {
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
};
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

const ed25519Raw = (slot) => {
  const { privateKey, publicKey } = keyPair(`ed25519-raw-${slot}`, () => generateKeyPairSync('ed25519'));
  const jwk = privateKey.export({ format: 'jwk' });
  return { seed: Buffer.from(jwk.d, 'base64url'), pub: Buffer.from(jwk.x, 'base64url'), publicKey };
};

/** An unencrypted OpenSSH ed25519 private key (openssh-key-v1), and its one-line public key. */
export const opensshEd25519 = (r, comment, slot = 0) => {
  const { seed, pub } = ed25519Raw(slot);
  const pubBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = r.bytes(4).readUInt32BE(0);
  let priv = Buffer.concat([
    u32(check),
    u32(check),
    sshString('ssh-ed25519'),
    sshString(pub),
    sshString(Buffer.concat([seed, pub])),
    sshString(comment),
  ]);
  const pad = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    u32(1),
    sshString(pubBlob),
    sshString(priv),
  ]);
  return {
    privateKey: pemBlock('OPENSSH PRIVATE KEY', blob, 70),
    publicKey: `ssh-ed25519 ${pubBlob.toString('base64')} ${comment}`,
  };
};

/** ssh-rsa public key line from an RSA key pair (a decoy: public keys are not secrets). */
export const sshRsaPublic = (comment, slot = 0) => {
  const { publicKey } = rsaPkcs1(2048, slot);
  const jwk = createPublicKey(publicKey).export({ format: 'jwk' });
  const e = Buffer.from(jwk.e, 'base64url');
  let n = Buffer.from(jwk.n, 'base64url');
  if (n[0] & 0x80) n = Buffer.concat([Buffer.from([0]), n]);
  const blob = Buffer.concat([sshString('ssh-rsa'), sshString(e), sshString(n)]);
  return `ssh-rsa ${blob.toString('base64')} ${comment}`;
};

/** A PGP private key block: armored random bytes (only its armor matters to a scanner). */
export const pgpPrivateBlock = (r) => {
  const body = Buffer.concat([Buffer.from([0x95, 0x03, 0xc6, 0x04]), r.bytes(900)]);
  const crc = r.bytes(3).toString('base64');
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${b64lines(body, 64)}\n=${crc}\n-----END PGP PRIVATE KEY BLOCK-----\n`;
};

/** A "CERTIFICATE" PEM block of random DER-looking base64 (decoy: certificates are public). */
export const fakeCertificate = (r) => {
  const body = Buffer.concat([Buffer.from([0x30, 0x82, 0x03, 0x5d, 0x30, 0x82, 0x02, 0x45, 0xa0, 0x03, 0x02, 0x01, 0x02]), r.bytes(850)]);
  return pemBlock('CERTIFICATE', body);
};

// --- Bitcoin WIF --------------------------------------------------------------------------------
const sha256 = (b) => createHash('sha256').update(b).digest();
const base58 = (buf) => {
  let n = BigInt(`0x${buf.toString('hex')}`);
  let out = '';
  while (n > 0n) {
    out = BASE58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const byte of buf) {
    if (byte !== 0) break;
    out = `1${out}`;
  }
  return out;
};
/** Wallet import format of a random 32-byte key (compressed: starts K or L, 52 characters). */
export const bitcoinWif = (r) => {
  const payload = Buffer.concat([Buffer.from([0x80]), r.bytes(32), Buffer.from([0x01])]);
  const check = sha256(sha256(payload)).subarray(0, 4);
  return base58(Buffer.concat([payload, check]));
};

export const md5 = (s) => createHash('md5').update(s).digest('hex');
export const sha1 = (s) => createHash('sha1').update(s).digest('hex');
export const sha256hex = (s) => createHash('sha256').update(s).digest('hex');
export const sha512b64 = (s) => createHash('sha512').update(s).digest('base64');
export const sha256b64 = (s) => createHash('sha256').update(s).digest('base64');
