// An ACME challenge's token (RFC 8555 §8) is chosen by the certificate authority and published: in
// the challenge object every client may fetch, and at `/.well-known/acme-challenge/<token>` for
// http-01. A `token` beside a challenge's type or inside a `Challenge` literal opens nothing.
import { linesAbove, linesAround } from './lines-around.js';

// A challenge's type or its well-known path within a few lines; a `Challenge{` literal on the line itself.
const CHALLENGE_NEAR = /["']?type["']?\s*(?::|=>?)\s*["']?(?:http|dns|tls-alpn)-01\b|\bacme-challenge\b|\b(?:Http|Dns|TlsAlpn)01\b/i;
const CHALLENGE_LITERAL = /\bChallenge\s*\{/;

// One object literal or struct: a few lines either side.
const NEAR = 4;

/** The `Challenge{` literal on the token's line, or opened on a line above it and not closed between. */
const insideChallengeLiteral = (text: string, lineStart: number): boolean => {
  const lineEnd = text.indexOf('\n', lineStart);
  if (CHALLENGE_LITERAL.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd))) return true;
  for (const line of linesAbove(text, lineStart - 1, NEAR)) {
    if (CHALLENGE_LITERAL.test(line)) return true;
    if (/^[ \t]*\}/.test(line)) return false;
  }
  return false;
};

/** Whether a key named `token` sits in an ACME challenge (its type or its struct within a few lines). */
export const isAcmeChallengeToken = (keyName: string, text: string, lineStart: number): boolean => {
  if (!/^["'`]?token["'`]?$/i.test(keyName.trim())) return false;
  if (insideChallengeLiteral(text, lineStart)) return true;
  const block = linesAround(text, lineStart, NEAR);
  return CHALLENGE_NEAR.test(block);
};
