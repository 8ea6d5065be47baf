// A camelCase or PascalCase name (passwordLabel, OAuthFlowPassword, HTTPBasicCredentials) is a name in
// code, not a secret: it is what `password = …` holds when the value names a field, a class or a
// setting. Random letters in mixed case (a generator's letters-only password) split at their
// capitals too, but into parts no one would spell: telling the two apart needs every part read.
import { isPronounceable } from './value-features.js';

// A word, an acronym before a capitalised word or at the end (HTTP in HTTPBasic), a single capital,
// a number (OAuth2Token, S3SecretKey, Base64Secret).
const CASE_PARTS = /[A-Z]{2,}(?=[A-Z][a-z]|\d|$)|[A-Z]?[a-z]+|[A-Z]|\d+/g;

// Words too short to be judged by their spelling, and the abbreviations names are built from.
const SHORT_WORDS: ReadonlySet<string> = new Set(
  'a an as at be by do go id if in is it me my no of ok on or to up us we'.split(' '),
);
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  ('api app aws cfg cli css db dns env ftp gcp gpg html http https io js json jwt ldap mfa mqtt ' +
    'otp pgp pwd rpc rsa sdk sftp sha smtp sql ssh ssl tcp tls ts udp ui uri url usr xml yaml').split(' '),
);

const isWordPart = (part: string): boolean => {
  const lower = part.toLowerCase();
  return SHORT_WORDS.has(lower) || ABBREVIATIONS.has(lower) || (lower.length >= 3 && isPronounceable(lower));
};

/** An acronym: all capitals, five letters at most (HTTP, NS, ID), or a known abbreviation (JWT, SQL). */
const isAcronym = (part: string): boolean => /^[A-Z]+$/.test(part) && (part.length <= 5 || ABBREVIATIONS.has(part.toLowerCase()));

/**
 * Two or more parts split at the case changes (not counting numbers: Contrasenia99 is a word), every part a word, an acronym or a short number (two
 * at most), a spelled word among them, and acronyms a third of the letters at most. Random
 * mixed-case letters pass for one in about a thousand at 16 characters, one in five thousand at 20
 * (against one in two for the pattern it replaced); random letters and digits, rarer still.
 */
export const isCamelCaseName = (value: string): boolean => {
  if (!/^[A-Za-z][A-Za-z0-9]{3,79}$/.test(value) || !/[a-z]/.test(value) || !/[A-Z]/.test(value)) return false;
  const parts = value.match(CASE_PARTS) ?? [];
  if (parts.length < 2) return false;
  // A number or two, short, each after a word (Base64, OAuth2, V3): a name's version or kind.
  const numbers = parts.filter((part) => /^\d/.test(part));
  if (numbers.length > 2 || numbers.some((number) => number.length > 3) || parts.length - numbers.length < 2) return false;
  let acronymLetters = 0;
  let spelled = false;
  for (const part of parts) {
    if (/^\d/.test(part)) continue;
    if (isAcronym(part)) {
      acronymLetters += part.length;
      continue;
    }
    if (!isWordPart(part)) return false;
    spelled ||= part.length >= 3;
  }
  return spelled && acronymLetters * 3 <= value.length;
};
