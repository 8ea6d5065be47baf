// Judges one candidate a rule matched: for a generic rule, reads the assignment as the file's
// syntax does (a literal, a key that names a secret), classifies the value and gives a
// confidence; for a provider rule, checks the token is no placeholder and gives its confidence.
import type { Confidence, DocsMode, Fragment, Rule } from '../types.js';
import { classifyValue, isStrongPassword, type KeyFacts } from './classify-value.js';
import { confidenceIn, genericConfidence, keyMaterialConfidence, lowerConfidence } from './confidence.js';
import { inFieldHint, inHelpExample, introducedAsExample, isDocCommentLine, isExampleKeyLine, snippetMarkedAsExample, underExampleKey } from './example-cues.js';
import { fileContextOf, type FileContext } from './file-context.js';
import { keyHeadKeepsSecret, keySegments, namesServiceKey, secretKindOfKey } from './key-segments.js';
import { markdownSyntaxAt } from './markdown-context.js';
import { readLiteral } from './read-literal.js';
import { stringSyntaxOf } from './string-syntax.js';
import { syntaxOfFile, syntaxOfPath, type Syntax } from './syntax-of-path.js';
import { isHexspeak, longestRepeat, longestSequence } from './value-features.js';
import { shannonEntropy } from '../entropy.js';
import { isObjectId, isTemplate } from './value-shapes.js';
import { isOptionListValue, namesWorkingDirectory } from './key-meaning.js';
import { isApiDescription } from './api-description.js';
import { isAcmeChallengeToken } from './acme-challenge.js';
import { inScannerAllowlist } from './scanner-allowlist.js';
import { siblingNameEqualTo } from './sibling-name.js';
import { besideHashParameters, isDigestShape, isEncodedPasswordDigest, isHexDigest, keyNamesDigest, namedAsDigest } from './hash-parameters.js';
import { insideBlockComment, insideDocstring } from './block-comment.js';
import { inClapHelpText, inRustTestModule } from './rust-cues.js';
import { insideCommentFence, isCommentLine } from './comment-line.js';

export type Assessment =
  | { readonly keep: true; readonly confidence: Confidence; readonly why: string }
  | { readonly keep: false; readonly why: string };

export interface Candidate {
  readonly rule: Rule;
  readonly fragment: Fragment;
  /** The line holding the secret, and where it starts in the fragment's text. */
  readonly line: string;
  readonly lineStart: number;
  /** Offsets in the fragment's text. */
  readonly matchStart: number;
  readonly secretStart: number;
  readonly secretEnd: number;
  readonly secret: string;
  /** The rule's offline validator held (a checksum, a structure). */
  readonly validated: boolean | null;
  /** What the tree's documentation holds (its docs' generic values are low in a published project). */
  readonly docs: DocsMode;
}

const drop = (why: string): Assessment => ({ keep: false, why });
const keep = (confidence: Confidence, why: string): Assessment => ({ keep: true, confidence, why });

/** Where the name a value is assigned to starts and ends: the run of name characters around `at`. */
const keySpan = (line: string, at: number): { start: number; end: number } => {
  let start = at;
  let end = at;
  while (start > 0 && /[\w.-]/.test(line[start - 1] as string)) start--;
  while (end < line.length && /[\w.-]/.test(line[end] as string)) end++;
  return { start, end };
};

/** The name a value is assigned to: the run of name characters around where the rule's match starts. */
export const keyAround = (line: string, at: number): string => {
  const { start, end } = keySpan(line, at);
  return line.slice(start, end).replace(/^[.-]+|[.-]+$/g, '');
};

/**
 * A key written in prose or a log line: the name at `at` and up to three words before it,
 * separated by blanks (`acme insights query key`, `Using Key`), as the prose rule reads them.
 */
export const proseKeyAround = (line: string, from: number): string => {
  // The prose rule's match starts at the blank before the word.
  let at = from;
  while (line[at] === ' ' || line[at] === '\t') at++;
  const words = /(?:[A-Za-z][\w.]{0,30}[ \t]{1,2}){0,3}$/.exec(line.slice(Math.max(0, at - 100), at))?.[0] ?? '';
  return `${words}${keyAround(line, at)}`.replace(/[ \t]+/g, ' ');
};

// A token whose body is typed, not generated: AKIAZZZZZZZZZZZZZZZZ, dop_v1_1234567890abcdef…, sk_live_xxxx.
// Formats may hold a fixed run themselves (Dropbox's AAAAAAAAAA, Twitter's leading A's), so a run
// counts only when it fills half the token.
// The words in one case, as a person types them (EXAMPLE, example): a random body holds DUmmy or
// ExAMPle by chance (one GitHub token in ~150,000 did: a flaky test of 30,000 tokens).
const PLACEHOLDER_WORD = /example|EXAMPLE|Example|placeholder|PLACEHOLDER|dummy|DUMMY|Dummy|x{5,}|X{5,}/;

const isPlaceholderToken = (secret: string): boolean =>
  isTemplate(secret) || PLACEHOLDER_WORD.test(secret) || isHexspeak(secret) || longestSequence(secret) >= 8 ||
  longestRepeat(secret) * 2 >= secret.length || (secret.length >= 16 && shannonEntropy(secret) < 2.5);

/** Whether the fragment is a whole file from its first line (not a diff's lines or a piece of a large file). */
const isWholeFile = (fragment: Fragment): boolean => fragment.startLine === 1 && fragment.lineNumbers === undefined;

const syntaxOfFragment = (fragment: Fragment): Syntax => syntaxOfFile(fragment.path, fragment.text, isWholeFile(fragment));

const syntaxAt = (candidate: Candidate): Syntax | undefined => {
  const { fragment } = candidate;
  if (fragment.decoded) return { family: 'plain' };
  const syntax = syntaxOfFragment(fragment);
  if (syntax.family !== 'markdown') return syntax;
  return markdownSyntaxAt(fragment.text, candidate.lineStart, candidate.line, candidate.secretStart - candidate.lineStart, isWholeFile(fragment));
};

const isYamlOrJson = (syntax: Syntax): boolean => syntax.family === 'config' && (syntax.format === 'yaml' || syntax.format === 'json');

// A fragment's text is read once for whether it describes an API, however many candidates it holds.
const describesApi = new WeakMap<Fragment, boolean>();
const isApiDescriptionFragment = (fragment: Fragment): boolean => {
  let known = describesApi.get(fragment);
  if (known === undefined) describesApi.set(fragment, (known = isApiDescription(fragment.text)));
  return known;
};

/**
 * The file's context, except that documentation inside code (a doc comment, a doctest, PowerShell
 * help) is docs, and so is an API description in YAML or JSON (a piece of a split OpenAPI spec), and,
 * in a published project, a comment in code or configuration.
 */
const contextAt = (candidate: Candidate): FileContext => {
  const syntax = syntaxOfFragment(candidate.fragment);
  const context = pathContextAt(candidate, syntax);
  // In a published project, a comment is documentation: `# DB_PASSWORD=…` in a shipped default
  // config, `#export TOKEN="…"` above a script's code show a reader what to set.
  const commented = candidate.docs === 'examples' && COMMENTS_AS_DOCS.has(context) && !candidate.fragment.decoded &&
    (isCommentLine(candidate.line, syntax) ||
      (syntax.family === 'code' && insideBlockComment(candidate.fragment.text, candidate.matchStart, syntax.language)));
  return commented ? 'docs' : context;
};

const COMMENTS_AS_DOCS: ReadonlySet<FileContext> = new Set(['code', 'ci', 'real-config', 'example']);

/**
 * For a generic value, in a published project, a Markdown page among its examples or templates
 * (templates/docs/publish.html.md) is a page of its docs too. Key material keeps the example's level.
 */
const genericContextAt = (candidate: Candidate): FileContext => {
  const context = contextAt(candidate);
  const page = candidate.docs === 'examples' && context === 'example' && syntaxOfPath(candidate.fragment.path).family === 'markdown';
  return page ? 'docs' : context;
};

const pathContextAt = (candidate: Candidate, syntax: Syntax): FileContext => {
  const { fragment, line, lineStart } = candidate;
  const context = fileContextOf(fragment.path);
  if ((context === 'real-config' || context === 'example') && isYamlOrJson(syntax) && !fragment.decoded && isApiDescriptionFragment(fragment)) return 'docs';
  // A Markdown fence inside a comment block is a docs example wherever the file is, tests included.
  if ((context === 'code' || context === 'ci' || context === 'test') && syntax.family === 'code' && !fragment.decoded &&
    insideCommentFence(fragment.text, lineStart, line, syntax)) return 'docs';
  if (context !== 'code' && context !== 'ci') return context;
  if (syntax.family !== 'code' || fragment.decoded) return context;
  if (isDocCommentLine(line)) return 'docs';
  if (syntax.language === 'python' && insideDocstring(fragment.text, candidate.matchStart)) return 'docs';
  if (syntax.language === 'rust' && inClapHelpText(fragment.text, lineStart)) return 'docs';
  if (syntax.language === 'rust' && context === 'code' && fragment.startLine === 1 && inRustTestModule(fragment.text, candidate.matchStart)) return 'test';
  return syntax.language === 'powershell' && inHelpExample(fragment.text, lineStart) ? 'docs' : context;
};

/**
 * A page that shows values: documentation, or a text page among examples. An example's own .env or
 * Compose file is meant to be copied and run, and keeps its confidence.
 */
const isPage = (candidate: Candidate, context: FileContext): boolean => {
  if (context === 'docs') return true;
  const family = syntaxOfPath(candidate.fragment.path).family;
  return context === 'example' && (family === 'markdown' || family === 'plain');
};

const PLACE_LINE = 4096;

/**
 * Where a candidate stands in its file: its own place, or for a value decoded from an encoded run (a
 * code sample in a JSON string, a base64 blob) the place of that run, whose context and cues it has.
 */
const placeOf = (candidate: Candidate): Candidate => {
  const at = candidate.fragment.encodedAt;
  if (!at) return candidate;
  const { text } = at.fragment;
  // Within a line of at most PLACE_LINE characters either side: a longer one (a dump's one-line
  // INSERT of escaped JSON, a bundle) has no cues a line holds, and reading it for each of its
  // decoded values took 95 s on a 900 KB line; the value keeps the context of its own text.
  const from = Math.max(0, at.start - PLACE_LINE);
  const back = text.slice(from, at.start).lastIndexOf('\n');
  if (back === -1 && from > 0) return candidate;
  const ahead = text.slice(at.start, at.start + PLACE_LINE).indexOf('\n');
  if (ahead === -1 && at.start + PLACE_LINE < text.length) return candidate;
  const lineStart = back === -1 ? 0 : from + back + 1;
  const line = text.slice(lineStart, ahead === -1 ? text.length : at.start + ahead);
  return { ...candidate, fragment: at.fragment, line, lineStart, matchStart: at.start, secretStart: at.start };
};

/** On a page, a value introduced as an example (or filed under an example key, or among marked values) goes one level lower. */
const asShown = (confidence: Confidence, candidate: Candidate, context: FileContext): Confidence => {
  const { fragment, line, lineStart } = candidate;
  if (fragment.decoded) return confidence;
  if (!isPage(candidate, context)) return isExampleKeyLine(fragment.text, lineStart, line) ? lowerConfidence(confidence) : confidence;
  const shown = introducedAsExample(fragment.text, lineStart) || underExampleKey(fragment.text, lineStart, line) ||
    snippetMarkedAsExample(fragment.text, lineStart, line);
  return shown ? lowerConfidence(confidence) : confidence;
};

/** What the key means where it stands: `pwd` in a shell is the working directory; `x=pass:y=1` is an option's value. */
const keyMeansNoSecret = (candidate: Candidate, syntax: Syntax): string | undefined => {
  const { line, lineStart } = candidate;
  const { start, end } = keySpan(line, candidate.matchStart - lineStart);
  if (namesWorkingDirectory(line.slice(start, end), syntax)) return 'the shell\'s working directory, not a password';
  if (isOptionListValue(line, start, end)) return 'an option\'s value in a key=value:key=value list, not a key';
  if (isQuotedLabel(line, start, end)) return 'a label inside a string ("Password:"), not an assignment';
  if (isPrefixedValue(line, start, end)) return 'a string value with a `secret:` prefix (Codecov\'s encrypted values), not an assignment';
  if (isComparedPair(line, start)) return 'two arguments of a comparison (matches("password", encoded)), not a key and its value';
  return undefined;
};

// Calls that compare their arguments: a password encoder's `matches(raw, encoded)`, a test's assertion.
const COMPARING_CALL = /\b(?:matches|verify|verifies|check\w*|compare\w*|equals?|assert\w*|expect\w*|hashMatches)[ \t]*\([ \t]*$/i;

/** `encoder.matches("password", "{SSHA}…")`: the key is a call's first argument, and the call compares them. */
const isComparedPair = (line: string, start: number): boolean => {
  const quote = line[start - 1];
  return (quote === '"' || quote === '\'') && COMPARING_CALL.test(line.slice(0, start - 1));
};

/**
 * `url: "secret:T9U…"`: the word and its colon open the string value of another key, and the colon is
 * followed by the rest without a space (a prefix, as in a URI scheme; a YAML or JSON key's colon is
 * followed by a space or a quote).
 */
const isPrefixedValue = (line: string, start: number, end: number): boolean => {
  const quote = line[start - 1];
  if (quote !== '"' && quote !== '\'') return false;
  if (!/(?:^|[^:=]):[ \t]*$|[^=!<>]=[ \t]*$/.test(line.slice(0, start - 1))) return false;
  return /^:[A-Za-z0-9+/]/.test(line.slice(end));
};

/** `"Password:"`: the key and its colon are the text of one string, which closes right after the colon. */
const isQuotedLabel = (line: string, start: number, end: number): boolean => {
  const quote = line[start - 1];
  if (quote !== '"' && quote !== '\'' && quote !== '`') return false;
  const after = /^[ \t]*[:=][ \t]*(.)/.exec(line.slice(end));
  return after !== null && after[1] === quote;
};

const assessChosen = (candidate: Candidate): Assessment => {
  const syntax = syntaxAt(candidate);
  if (syntax === undefined) return drop('prose in documentation, not code');
  const { line, lineStart } = candidate;
  const literal = readLiteral(line, candidate.secretStart - lineStart, candidate.secretEnd - lineStart, stringSyntaxOf(syntax));
  if (!literal.literal) return drop(literal.why === 'interpolation' ? 'an interpolated string, not a literal' : 'code, not a literal');
  if (inFieldHint(line, candidate.secretStart - lineStart)) return drop('a form field\'s placeholder hint, shown until the user types');
  let key: KeyFacts = { words: [], kind: undefined };
  let randomOnly = false;
  if (candidate.rule.assignment) {
    const at = candidate.matchStart - lineStart;
    // A placeholder's default (`${DB_PASSWORD:-…}`): its name starts after the `${`.
    const name = candidate.rule.tags.includes('prose') ? proseKeyAround(line, at) : keyAround(line, line.startsWith('${', at) ? at + 2 : at);
    const kind = secretKindOfKey(name) ?? (namesServiceKey(name) ? 'service' : undefined);
    if (kind === undefined) return drop(`the key "${name}" names no secret`);
    const meaning = keyMeansNoSecret(candidate, syntax);
    if (meaning !== undefined) return drop(meaning);
    if (isAcmeChallengeToken(name, candidate.fragment.text, lineStart)) return drop('an ACME challenge\'s token: the CA publishes it (RFC 8555)');
    key = { words: keySegments(name), kind: kind === 'service' ? 'secret' : kind };
    randomOnly = kind === 'service';
  }
  const value = classifyValue(candidate.secret, key);
  if (value.kind !== 'random' && value.kind !== 'human') return drop(`${value.kind}: ${value.why}`);
  if (key.kind === 'password' && isDigestShape(candidate.secret) && besideHashParameters(candidate.fragment.text, lineStart)) {
    return drop('hash: a digest beside its hash\'s salt and parameters');
  }
  if (isHexDigest(candidate.secret) && (keyNamesDigest(key.words) || namedAsDigest(candidate.fragment.text, lineStart, candidate.secretEnd))) {
    return drop('hash: its key or a comment names the value a digest');
  }
  if (key.kind === 'password' && isEncodedPasswordDigest(key.words, candidate.secret)) return drop('hash: an encoded password (a password encoder\'s output), binary in hex or base64');
  // A key named after a service (pixabay_key) holds its secret only when the value is generated.
  if (randomOnly && value.kind !== 'random') return drop(`the key "${key.words.join('_')}" names a service's key, and the value is not random-looking`);
  // ratingKey, userKey: a record's key, when its value is an id a database generated.
  if (randomOnly && isObjectId(candidate.secret)) return drop('a MongoDB ObjectId (a creation time, then random bytes and a counter): a record\'s id');
  if (key.kind === 'password') {
    const sibling = siblingNameEqualTo(candidate.fragment.text, lineStart, candidate.secret);
    if (sibling !== undefined) return keep('low', `a password equal to the ${sibling} beside it: a development default`);
  }
  const strength = value.kind === 'random' ? 'random' : isStrongPassword(candidate.secret) ? 'strong' : 'weak';
  const place = placeOf(candidate);
  const context = genericContextAt(place);
  const read = strength === 'random' ? value.why : `${strength} ${value.why} password`;
  const confidence = genericConfidence(strength, context, candidate.docs, syntax.family === 'config' && syntax.format === 'env');
  const shown = asShown(confidence, place, context);
  const published = (context === 'docs' || context === 'real-config') && candidate.docs === 'examples' ? ' of a published project' : '';
  return keep(shown, `a literal read as ${read}, in ${context}${published}${shown === confidence ? '' : ', introduced as an example'}`);
};

const assessProvider = (candidate: Candidate): Assessment => {
  const { rule, secret } = candidate;
  const place = placeOf(candidate);
  const context = contextAt(place);
  if (rule.tags.includes('private-key')) return keep(keyMaterialConfidence(context), `key material, in ${context}`);
  if (isPlaceholderToken(secret)) return drop('placeholder: a typed or example token body');
  if (!candidate.fragment.decoded && inFieldHint(candidate.line, candidate.secretStart - candidate.lineStart)) {
    return drop('a form field\'s placeholder hint, shown until the user types');
  }
  if (rule.assignment) {
    const name = keyAround(candidate.line, candidate.matchStart - candidate.lineStart);
    if (!keyHeadKeepsSecret(name)) return drop(`the key "${name}" names something about the secret, not the secret`);
    // A context-gated token has no marker of its own: its value is read as a generic one is (an
    // identifier, a path, code, a placeholder), but for the shapes a provider's format may take (a UUID).
    const value = classifyValue(secret, { words: keySegments(name), kind: 'secret' });
    if ((value.kind === 'structured' && value.why !== 'UUID') || value.kind === 'placeholder') return drop(`${value.kind}: ${value.why}`);
  }
  const confidence = confidenceIn(rule.confidence ?? 'high', context);
  const shown = asShown(confidence, place, context);
  return keep(shown, `the provider's own format, in ${context}${shown === confidence ? '' : ', introduced as an example'}`);
};

export const assessFinding = (candidate: Candidate): Assessment => {
  if (!candidate.fragment.decoded && inScannerAllowlist(candidate.fragment.path, candidate.fragment.text, candidate.lineStart)) {
    return drop('a secret scanner\'s allowlist (gitleaks\' configuration format): values marked as no secret');
  }
  return candidate.rule.chosen ? assessChosen(candidate) : assessProvider(candidate);
};
