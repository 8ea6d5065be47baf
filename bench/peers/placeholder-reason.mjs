// Which peer "positives" are really placeholders: a value that says it is an example, a run of one
// character, a keyboard or alphabet sequence, letters and digits counting along together, a chunk
// typed twice, hexspeak (cafebabe:deadbeef), a template marker, a token whose format carries a checksum that fails (made up by
// hand: no issuer would have minted it), or a JWT signed with jwt.io's published sample secret. Such
// an example tests a peer's regex, not a scanner's judgement; issue 16 has leakgate stay quiet on
// them on purpose, so they are excluded from recall and listed apart (`--placeholders`).
import { crc32 } from 'node:zlib';
import { isSampleSignedJwt } from '../../lib/detect/validators.js';

// Hexspeak, the magic numbers programmers type as dummies (0xDEADBEEF, 0xCAFEBABE), whole words of hex.
const HEXSPEAK = /(?<![0-9a-f])(?:deadbeef|cafebabe|feedface|deadc0de|baadf00d|8badf00d|c0ffee)(?![0-9a-f])/i;

// The characters a token value is made of; `=` only as base64 padding.
const TOKEN = /[A-Za-z0-9+/_.~-]+=*/g;

/** The value an example is about: its longest token (keywords and log words are shorter). */
export const secretToken = (text) => {
  let best = '';
  for (const [token] of text.matchAll(TOKEN)) if (token.length > best.length) best = token;
  return best;
};

// Base64 of binary keys (PEM, OpenSSH, PuTTY) has long runs of 'A' (zero bytes) in real keys.
const isKeyMaterial = (text) => /-----BEGIN|ssh-(?:rsa|ed25519|dss)|PuTTY-User-Key-File|AAAAB3NzaC/.test(text);

const RUN = /([A-Za-z0-9])\1{7,}/;
const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiop', 'asdfghjkl'];
const REPEATED_CHUNK = /([A-Za-z0-9]{4,16})\1/;
const TEMPLATE = /<[A-Za-z][\w .-]*[ _-][\w .-]*>|\$\{[^}\n]+\}|\{\{[^}\n]+\}\}/;
const FIELD_HINT = /(?:^|[^\w-])(?:placeholder|hint)\s*=\s*["'][^"'\n]*[A-Za-z0-9]{16}/i;
// AWS's documented keys end in EXAMPLE (upper case: `example.com` in an URL says nothing).
const SAYS_EXAMPLE = /EXAMPLE/;
const SAYS_YOURS = /(?:^|[^a-z])(?:your|my)[-_]?(?:api|access|secret|token|key|password|app|client)/i;

// A password that is the word for a password, where a password goes: URL userinfo
// (`postgresql://user:secret@…`), a password key (`Password=secret;`, `"pass": "changeme"`), `-p`.
const WORD = '(?:password|passwd|pass|secret|pwd|changeme|mypass(?:word)?)';
const NAMES_ITSELF = new RegExp(`(?:://[^:/@\\s]*:|(?:pass(?:word|wd)?|pwd|secret)["']?\\s*(?:=>|[:=])\\s*["']?|\\s-p\\s?)(${WORD})(?=["'@;,\\s)]|$)`, 'i');

// GitHub's tokens (ghp_, gho_, ghu_, ghs_, ghr_) end in a 6-character base62 CRC32 of the 30 random
// characters before it (github.blog, 2021-04-05, "Behind GitHub's new authentication token formats").
const GITHUB_TOKEN = /\bgh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})\b/g;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const base62 = (value) => {
  let out = '';
  for (let n = value; n > 0; n = Math.floor(n / 62)) out = BASE62[n % 62] + out;
  return out.padStart(6, '0');
};

/** A GitHub token in `text` whose checksum fails, or null. */
const badGithubChecksum = (text) => {
  for (const [token, body, tail] of text.matchAll(GITHUB_TOKEN)) if (base62(crc32(body)) !== tail) return token;
  return null;
};

// A JWT signed with a secret jwt.io's debugger fills in was made there as a sample (leakgate's jwt
// check reads it so: src/detect/validators.ts).
const JWT = /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{16,}/g;
const sampleJwt = (text) => [...text.matchAll(JWT)].some(([token]) => isSampleSignedJwt(token));

// Letters and digits counting along side by side (a1b2c3d4…, 123ABC456DEF…, abcd1234efgh5678…): the
// share of the value's letters, and of its digits, that lie in runs of 3+ neighbours (a→b→c, 3→2→1;
// 9→0 is a step up). Of a million random hex and base62 tokens, 2 read so (16-hex ones).
const stepOf = (a, b) => {
  const d = b.charCodeAt(0) - a.charCodeAt(0);
  if (/\d/.test(a) && /\d/.test(b)) return d === 1 || d === -9 ? 1 : d === -1 || d === 9 ? -1 : 0;
  return d === 1 || d === -1 ? d : 0;
};
const countedShare = (chars) => {
  let covered = 0;
  let start = 0;
  let dir = 0;
  for (let i = 1; i <= chars.length; i++) {
    const step = i < chars.length ? stepOf(chars[i - 1], chars[i]) : 0;
    if (step !== 0 && (dir === 0 || step === dir)) {
      dir = step;
      continue;
    }
    if (i - start >= 3) covered += i - start;
    start = step !== 0 ? i - 1 : i;
    dir = step;
  }
  return chars.length > 0 ? covered / chars.length : 0;
};
const isInterleavedCount = (value) => {
  const letters = value.toLowerCase().replace(/[^a-z]/g, '');
  const digits = value.replace(/\D/g, '');
  return letters.length >= 8 && digits.length >= 6 && countedShare(letters) >= 0.6 && countedShare(digits) >= 0.6;
};

/** The first sequence of 6+ consecutive letters or digits (abcdef, 123456, qwerty) in `value`. */
const sequenceIn = (value) => {
  const lower = value.toLowerCase();
  for (const seq of SEQUENCES) {
    for (let i = 0; i + 6 <= seq.length; i++) if (lower.includes(seq.slice(i, i + 6))) return seq.slice(i, i + 6);
  }
  return null;
};

/**
 * Whether half of `value` or more is runs of four or more letters or digits in alphabet order, up or
 * down (abcd1234efgh5678…, ABCD0123EFGH4567…, WXYZ9876wxyz5432…): typed in turn, not generated.
 */
const typedInTurn = (value) => {
  const lower = value.toLowerCase();
  let covered = 0;
  let run = 1;
  let step = 0;
  for (let i = 1; i <= lower.length; i++) {
    const next = i < lower.length ? lower.charCodeAt(i) - lower.charCodeAt(i - 1) : 0;
    const alnum = i < lower.length && /[a-z0-9]/.test(lower[i]) && /[a-z0-9]/.test(lower[i - 1]);
    if (alnum && (next === 1 || next === -1) && (run === 1 || next === step)) {
      run++;
      step = next;
      continue;
    }
    if (run >= 4) covered += run;
    run = alnum && (next === 1 || next === -1) ? 2 : 1;
    step = next;
  }
  return value.length >= 12 && covered * 2 >= value.length;
};

/** Why `token` says outright it is a placeholder (in any token of an example), or null. */
const sayingPlaceholder = (token, text) => {
  if (SAYS_EXAMPLE.test(token) || SAYS_YOURS.test(token)) return 'the value says it is an example';
  const run = RUN.exec(token);
  if (run && !(run[1] === 'A' && isKeyMaterial(text))) return `a run of ${run[0].length} × '${run[1]}'`;
  return null;
};

/**
 * Why `text` is a placeholder rather than a realistic credential, or null when it looks real.
 * Strong signs (an EXAMPLE marker, `your_…`, a run of 8 of one character, a password that is the
 * word `password` or `secret`) count anywhere, as
 * no keyword has them; weaker ones (a typed sequence, a chunk typed twice, a template marker) only
 * in the value the example is about, since an id beside a real key may well be `123456`.
 */
export const placeholderReason = (text) => {
  for (const [token] of text.matchAll(TOKEN)) {
    const reason = sayingPlaceholder(token, text);
    if (reason) return reason;
  }
  const github = badGithubChecksum(text);
  if (github) return 'a GitHub token whose checksum fails';
  // HTML's placeholder attribute is a hint shown in an empty field (leakgate's inFieldHint reads it so).
  if (FIELD_HINT.test(text)) return "the text of a form field's placeholder hint";
  if (sampleJwt(text)) return "a JWT signed with jwt.io's sample secret";
  const hexspeak = HEXSPEAK.exec(text);
  if (hexspeak) return `hexspeak ('${hexspeak[0]}')`;
  const word = NAMES_ITSELF.exec(text);
  if (word) return `a password that names itself ('${word[1]}')`;
  const value = secretToken(text);
  const sequence = sequenceIn(value);
  if (sequence) return `a typed sequence ('${sequence}')`;
  if (typedInTurn(value)) return 'letters and digits typed in alphabet runs (abcd1234efgh…)';
  if (isInterleavedCount(value)) return `an interleaved count ('${value.slice(0, 8)}…')`;
  const chunk = REPEATED_CHUNK.exec(value);
  if (chunk && !isKeyMaterial(text)) return `a chunk typed twice ('${chunk[1]}')`;
  const template = TEMPLATE.exec(text);
  if (template && value.length < 16) return `a template marker ('${template[0].slice(0, 24)}')`;
  return null;
};
