// Named features of a value, each a small pure function: how many kinds of character it mixes,
// how much of it reads as words, and the runs and repeats people type when they make one up.

/** How many of lowercase, uppercase, digits and other characters the value uses. */
export const characterClasses = (value: string): number =>
  Number(/\p{Ll}/u.test(value)) + Number(/\p{Lu}/u.test(value)) + Number(/\p{N}/u.test(value)) + Number(/[^\p{L}\p{N}]/u.test(value));

/** Letters outside ASCII (Contraseña, Iyówiƞkhiya): words of a natural language; generated secrets are ASCII. */
export const hasNonAsciiLetters = (value: string): boolean => /[^\x00-\x7f]/.test(value) && /\p{L}/u.test(value.replace(/[A-Za-z]/g, ''));

// The 150 commonest letter pairs of English text, most frequent first.
const COMMON_PAIRS = new Set(
  ('th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri ro ic ne ea ' +
    'ra ce li ch ll be ma si om ur ca el ta la ns di fo ho pe ec pr no ct us ac ot il tr ly nc et ut ss so rs un lo wa ge ie wh ' +
    'ee wi em ad ol rt po we na ul ni ts mo ow pa im mi ai sh ir su id os iv ia am fi ci vi pl ig tu ev ld ry mp fe bl ab gh ty ' +
    'op wo sa ay ex ke fr oo av ag if ap gr od bo sp rd do uc bu ei ov by rm ep tt oc fa ef cu rn sc gi da yo cr cl du ga qu ue')
    .split(' '),
);

/** Letter runs as a reader splits them: at non-letters and where a lowercase run meets a capital. */
const letterRuns = (value: string): string[] =>
  value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z]+/)
    .filter((run) => run.length > 0);

/**
 * A run reads as a word: spelled like one (vowels a fifth of it or more, no five consonants in a
 * row) and at least half its letter pairs common in English (random letters: about a fifth).
 */
export const isPronounceable = (run: string, commonShare = 0.5): boolean => {
  const lower = run.toLowerCase();
  if (lower.length < 3) return false;
  const vowels = lower.replace(/[^aeiouy]/g, '').length;
  if (vowels === 0 || vowels * 7 < lower.length || /[^aeiouy]{5}/.test(lower)) return false;
  let common = 0;
  for (let i = 0; i + 1 < lower.length; i++) if (COMMON_PAIRS.has(lower.slice(i, i + 2))) common++;
  return common / (lower.length - 1) >= commonShare;
};

/** The share of the value's letters that stand in word-like runs of `shortest` letters or more (0 for none). */
export const wordiness = (value: string, shortest = 4, commonShare = 0.5): number => {
  // A hex number's letters (a-f) spell fade and cafe by chance: they are digits.
  if (/^[0-9a-f]+$/i.test(value) && /\d/.test(value)) return 0;
  const runs = letterRuns(value);
  const letters = runs.reduce((sum, run) => sum + run.length, 0);
  if (letters === 0) return 0;
  // Words of four letters or more: shorter runs occur by chance in random text (hex's "fed", "cab").
  const wordy = runs.filter((run) => run.length >= shortest && isPronounceable(run, commonShare)).reduce((sum, run) => sum + run.length, 0);
  return wordy / letters;
};

/** Undoes the usual letter swaps (P@ssw0rd, s3cr3t): the word a person meant shows through. */
export const unleet = (value: string): string =>
  value.replace(/[@4]/g, 'a').replace(/0/g, 'o').replace(/[1!|]/g, 'i').replace(/3/g, 'e').replace(/[$5]/g, 's').replace(/7/g, 't');

/** The value without the digits and symbols around it (a year, a count, a '!'): Welcome2024! -> Welcome. */
const undecorated = (value: string): string => value.replace(/^[\d\W_]+|[\d\W_]+$/g, '');

// The words the commonest passwords are built on (the yearly most-common-password lists: password,
// welcome, admin, qwerty, dragon, sunshine…), and those people type when asked for a test one.
const PASSWORD_WORDS = ('pass password passwd welcome admin root test tester testing qwerty letmein login master dragon ' +
  'monkey shadow sunshine princess football baseball soccer superman batman summer winter spring autumn secure secret ' +
  'strong change default guest user demo hello love trust super simple hunter freedom whatever computer access server ' +
  'database mysql postgres oracle redis docker jenkins developer local company sample example dummy private system ' +
  'manager service').split(' ');

/**
 * Common password words dressed up (P4ssb0lt, Z3r0P4ss, T3st1ng!23, MyS3cur3P@ss!): with the letter
 * swaps undone, a word of the commonest passwords, and the rest words too (every letter run of three
 * or more spelled like one). Length and mixed kinds do not make them strong: cracking rules try
 * these swaps on those words first. One random 8–16-character password in ~15,000 reads so.
 */
export const isDressedUpWords = (value: string): boolean => {
  const core = undecorated(value);
  const plain = unleet(core);
  const lower = plain.toLowerCase();
  if (!PASSWORD_WORDS.some((word) => lower.includes(word))) return false;
  const runs = letterRuns(plain);
  const letters = runs.reduce((sum, run) => sum + run.length, 0);
  return letters * 10 >= core.length * 7 && runs.every((run) => run.length < 3 || isPronounceable(run, 0.3));
};

/** One word with a few digits or symbols around it: Administrator1!, Welcome2024, P@ssword. */
export const isDecoratedWord = (value: string): boolean => {
  // Digits and symbols around the word (a year, a count, a '!') decorate it: they are not letters in
  // disguise (unleeted, Smartstore2024! would read as Smartstore2o2ai, three runs).
  const runs = letterRuns(unleet(undecorated(value)));
  return runs.length === 1 && (runs[0] as string).length * 10 >= value.length * 6;
};

// The digit row shifted too (!@#$%^&*()), as people type it to add symbols.
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890', '!@#$%^&*()', 'qazwsxedc'];

/** The longest run of neighbours: abcdef, 654321, qwerty, asdf (case ignored). */
export const longestSequence = (value: string): number => {
  const lower = value.toLowerCase();
  let longest = 1;
  let up = 1;
  let down = 1;
  for (let i = 1; i < lower.length; i++) {
    const step = lower.charCodeAt(i) - lower.charCodeAt(i - 1);
    const alnum = /[a-z0-9]/.test(lower[i] as string);
    up = alnum && step === 1 ? up + 1 : 1;
    down = alnum && step === -1 ? down + 1 : 1;
    longest = Math.max(longest, up, down);
  }
  for (const row of KEYBOARD_ROWS) {
    for (let length = row.length; length > longest && length >= 4; length--) {
      for (let at = 0; at + length <= row.length; at++) if (lower.includes(row.slice(at, at + length))) return length;
    }
  }
  return longest;
};

/** a1b2c3d4, 1a2b3c: letters and digits taking turns, the letters counting up all the way. */
export const isInterleavedCount = (value: string): boolean => {
  if (!/^(?:[a-z]\d){3,}[a-z]?$|^(?:\d[a-z]){3,}\d?$/i.test(value)) return false;
  const letters = value.replace(/\d/g, '');
  return longestSequence(letters) === letters.length;
};

/**
 * Whether a value is mostly typed runs: three or more runs of three or more of one character (yyy,
 * 8888) or four or more in sequence (abcd, 6789), covering two fifths of it. A generated key holds a
 * short run by chance now and then (32 hex digits: one in nine holds a triple), hardly ever three
 * that fill two fifths of it; a value typed by hand to look random does (8f74…8888abcd99yyyzzz…).
 */
export const isMostlyTypedRuns = (value: string): boolean => {
  const lower = value.toLowerCase();
  let runs = 0;
  let covered = 0;
  let triples = 0;
  let inTriples = 0;
  let fives = 0;
  let same = 1;
  let up = 1;
  for (let i = 1; i <= lower.length; i++) {
    const step = i < lower.length ? lower.charCodeAt(i) - lower.charCodeAt(i - 1) : NaN;
    const nextSame = step === 0 ? same + 1 : 1;
    const nextUp = step === 1 && /[a-z0-9]/.test(lower[i] as string) ? up + 1 : 1;
    if (nextSame === 1 && same >= 3) [runs, covered] = [runs + 1, covered + same];
    if (nextUp === 1 && up >= 4) [runs, covered] = [runs + 1, covered + up];
    if (nextUp === 1 && up >= 3) [triples, inTriples] = [triples + 1, inTriples + up];
    if (nextUp === 1 && up >= 5) fives++;
    same = nextSame;
    up = nextUp;
  }
  // abc123def456ghi789: counting in threes, letters and digits in turn. Two counts of five or more
  // (123456…abcde…): one random 32-hex value in ~2,300 holds one, two hardly ever.
  return (runs >= 3 && covered * 5 >= lower.length * 2) || (triples >= 4 && inTriples * 5 >= lower.length * 3) || fives >= 2;
};

/**
 * Hex whose bytes step evenly (00112233…eeff, 0102030405060708, ffeeddcc…): counted, not generated.
 * Eight bytes or more; a random key's bytes step evenly by chance far less than once in 10^15.
 */
export const isSteppedBytes = (value: string): boolean => {
  if (value.length < 16 || value.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(value)) return false;
  const bytes = (value.match(/../g) ?? []).map((pair) => parseInt(pair, 16));
  const step = (bytes[1] as number) - (bytes[0] as number);
  return bytes.every((byte, i) => i === 0 || byte - (bytes[i - 1] as number) === step);
};

/** The longest run of one character. */
export const longestRepeat = (value: string): number => {
  let longest = value.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value[i] === value[i - 1] ? run + 1 : 1;
    if (run > longest) longest = run;
  }
  return longest;
};

/**
 * One character repeated for a sixth of the value (five at least: hex has 33333 by chance once in
 * two thousand), or a short unit repeated to fill it (abcabcabc), or four times over (abababab).
 */
export const isRepetitive = (value: string): boolean => {
  const run = longestRepeat(value);
  return (run >= 5 && run * 6 >= value.length) || run >= 8 || /^(.{1,8})\1{2,}.{0,8}$/.test(value) || /(.{2,4})\1{3}/.test(value);
};

// Hexspeak: English spelled in hexadecimal digits, the magic numbers and dummies of programmers
// (0xDEADBEEF, 0xCAFEBABE, 0xFEEDFACE, 0xC0FFEE). A value made only of such words (and separators)
// is typed, not generated: a random hex string of eight digits spells two of them one time in ~10^7.
const HEXSPEAK = /^(?:[-:_./]?(?:dead|beef|cafe|babe|face|feed|f00d|c0ffee|c0de|bad|bade|deaf|fade|decaf|decade|facade|abba|b00b|d00d|0ff1ce|ba5e|5ca1ab1e|defaced))+$/i;

/** Whether the value is two or more hexspeak words (cafebabe:deadbeef, DEADBEEF, feedface). */
export const isHexspeak = (value: string): boolean => value.length >= 8 && HEXSPEAK.test(value);

/**
 * The ASCII table typed in order: six or more punctuation characters each one code point after the one
 * before (`&'()*+,-.`, `:;<=>?@`), as URL and escaping test vectors list "every special character".
 */
export const hasPunctuationRun = (value: string): boolean => {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const punctuation = (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
    run = punctuation && code - value.charCodeAt(i - 1) === 1 ? run + 1 : 1;
    if (run >= 6) return true;
  }
  return false;
};
