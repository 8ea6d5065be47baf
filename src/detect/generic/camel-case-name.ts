// A camelCase or PascalCase name (passwordLabel, OAuthFlowPassword, HTTPBasicCredentials) is a name in
// code, not a secret: it is what `password = …` holds when the value names a field, a class or a
// setting. Random letters in mixed case (a generator's letters-only password) split at their
// capitals too, but into parts no one would spell: telling the two apart needs every part read.
import { isPronounceable } from './value-features.js';

// A word, an acronym before a capitalised word or at the end (HTTP in HTTPBasic), a single capital.
const CASE_PARTS = /[A-Z]{2,}(?=[A-Z][a-z]|$)|[A-Z]?[a-z]+|[A-Z]/g;

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
 * Letters only, in two or more parts split at the case changes, every part a word or an acronym,
 * a spelled word among them, and acronyms a third of the letters at most. Random mixed-case letters
 * pass for one in about 300 at 20 characters (against one in two for the pattern it replaced).
 */
export const isCamelCaseName = (value: string): boolean => {
  if (!/^[A-Za-z]{4,80}$/.test(value) || !/[a-z]/.test(value) || !/[A-Z]/.test(value)) return false;
  const parts = value.match(CASE_PARTS) ?? [];
  if (parts.length < 2) return false;
  let acronymLetters = 0;
  let spelled = false;
  for (const part of parts) {
    if (isAcronym(part)) {
      acronymLetters += part.length;
      continue;
    }
    if (!isWordPart(part)) return false;
    spelled ||= part.length >= 3;
  }
  return spelled && acronymLetters * 3 <= value.length;
};
