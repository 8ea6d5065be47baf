#!/usr/bin/env node
// Fuzzes leakgate's pure parsers and the detector with fast-check (npm run fuzz), on the built code
// in lib/ (`npm run build` first). The same properties run in CI with a few hundred cases each
// (test/reliability/properties.test.ts); here every target gets --cases of them (default 100,000).
// Per target it prints the cases run, the failures (cases that broke the property), the time, and
// the slowest single case; the first failure is shrunk to a minimal counterexample and printed.
// Exit code: 0 when no target failed, 1 otherwise.
//
// Usage: node bench/fuzz.mjs [--cases N] [--only target[,target…]] [--seed N] [--list]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { serializeBaseline, parseBaseline } from '../lib/baseline/baseline.js';
import { loadConfig } from '../lib/config/load-config.js';
import { findEncoded } from '../lib/detect/decoders.js';
import { createDetector } from '../lib/detect/detector.js';
import { buildKeywordIndex } from '../lib/detect/keyword-index.js';
import { shannonEntropy } from '../lib/detect/entropy.js';
import { createLineIndex } from '../lib/detect/line-index.js';
import { isLeakgateError } from '../lib/errors.js';
import { compileAllowlist, compileRule } from '../lib/rules/compile-rule.js';
import { parseRuleset } from '../lib/rules/parse-ruleset.js';
import { translateRegex } from '../lib/rules/translate-regex.js';
import { createDiffParser, unquotePath } from '../lib/sources/parse-diff.js';
import { normalizeRedactFlag } from '../lib/cli/redact-flag.js';
import { escapeControl } from '../lib/report/escape-control.js';
import { createMasker } from '../lib/report/redact.js';
import { classifyValue } from '../lib/detect/generic/classify-value.js';
import { keySegments, secretKindOfKey } from '../lib/detect/generic/key-segments.js';
import { markdownSyntaxAt } from '../lib/detect/generic/markdown-context.js';
import { readLiteral } from '../lib/detect/generic/read-literal.js';
import { stringSyntaxOf } from '../lib/detect/generic/string-syntax.js';
import { syntaxOfPath } from '../lib/detect/generic/syntax-of-path.js';
import { decodeContent } from '../lib/sources/decode-content.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const chars = (alphabet, min, max) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });
/** Any text: every code point, lone surrogates included (a JavaScript string can hold them). */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 100 }),
);

/** git's C-style quoting of a path (quote_c_style), with bytes ≥ 0x80 octal-escaped or left raw. */
const C_ESCAPES = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 34: '"', 92: '\\' };
const needsQuote = (path) => /[\u0000-\u001f"\\\u007f]/.test(path);
const gitQuote = (path, octalHigh) => {
  let out = '"';
  for (const ch of path) {
    const bytes = Buffer.from(ch, 'utf8');
    if (bytes.length > 1 && !octalHigh) {
      out += ch;
      continue;
    }
    for (const byte of bytes) {
      if (C_ESCAPES[byte]) out += `\\${C_ESCAPES[byte]}`;
      else if (byte < 0x20 || byte >= 0x7f) out += `\\${byte.toString(8).padStart(3, '0')}`;
      else out += String.fromCharCode(byte);
    }
  }
  return `${out}"`;
};

/** A path git could store: non-empty components, no NUL, no "." or "..", any other character. */
const pathComponent = fc
  .string({ unit: fc.oneof(fc.constantFrom(...'abcxyz.-_ "\\\t\n\r\u007f\u00e9\u65e5\u{1F600}'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 12 })
  .filter((part) => !part.includes('/') && !part.includes('\u0000') && part !== '.' && part !== '..');
const gitPath = fc.array(pathComponent, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));

/** A line of file content: anything but a newline (git splits on those). */
const contentLine = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '+', '-', ' ', '++', '\\ No newline at end of file', 'diff --git a/x b/x', '@@ -1 +1 @@', '+++ b/evil', '\u0000\u0000abc', 'index 1..2', '\r'),
).map((line) => line.replace(/[\n]/g, ' ').replace(/[\ud800-\udfff]/g, '?'));

const sha = chars('0123456789abcdef', 40, 40);
const meta = fc.string({ unit: 'binary', maxLength: 20 }).map((text) => text.replace(/[\u0000\n\r\ud800-\udfff]/g, '_'));

/** One file of a `git log -p -U0 --cc` (plain or combined), and what the parser must make of it. */
const diffFile = fc
  .record({
    path: gitPath,
    octalHigh: fc.boolean(),
    combined: fc.boolean(),
    kind: fc.constantFrom('new', 'modified', 'deleted', 'binary', 'symlink', 'submodule'),
    hunks: fc.array(
      fc.record({
        start: fc.integer({ min: 1, max: 100_000 }),
        removed: fc.integer({ min: 0, max: 2 }),
        lines: fc.array(fc.record({ text: contentLine, from: fc.constantFrom('both', 'ours', 'theirs') }), { maxLength: 5 }),
        noNewline: fc.boolean(),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    blob: sha,
  })
  .map((file) => {
    const quoted = needsQuote(file.path);
    const name = (prefix) => (quoted ? gitQuote(`${prefix}${file.path}`, file.octalHigh) : `${prefix}${file.path}`);
    const tab = !quoted && file.path.includes(' ') ? '\t' : '';
    const mode = file.kind === 'symlink' ? '120000' : file.kind === 'submodule' ? '160000' : '100644';
    const combined = file.combined && file.kind === 'modified';
    const lines = combined
      ? [`diff --cc ${quoted ? gitQuote(file.path, file.octalHigh) : file.path}`, `index 1111111,2222222..${file.blob.slice(0, 7)}`]
      : [`diff --git ${name('a/')} ${name('b/')}`];
    if (!combined && file.kind === 'deleted') lines.push(`deleted file mode ${mode}`, `index ${file.blob}..${'0'.repeat(40)}`);
    else if (!combined && file.kind !== 'modified') lines.push(`new file mode ${mode}`, `index ${'0'.repeat(40)}..${file.blob}`);
    else if (!combined) lines.push(`index ${'1'.repeat(40)}..${file.blob} ${mode}`);
    const added = [];
    const lineNumbers = [];
    if (file.kind === 'binary') {
      lines.push(`Binary files /dev/null and ${name('b/')} differ`);
    } else {
      lines.push(file.kind === 'new' || file.kind === 'symlink' || file.kind === 'submodule' ? '--- /dev/null' : `--- ${name('a/')}${tab}`);
      lines.push(file.kind === 'deleted' ? '+++ /dev/null' : `+++ ${name('b/')}${tab}`);
      let floor = 1;
      for (const hunk of file.hunks) {
        const start = Math.max(hunk.start, floor);
        const kept = file.kind === 'deleted' ? [] : hunk.lines;
        const at = combined ? '@@@' : '@@';
        const minus = combined ? `-${start},${hunk.removed} -${start},${hunk.removed}` : `-${start},${hunk.removed}`;
        lines.push(`${at} ${minus} +${start},${kept.length} ${at} fn()`);
        for (let i = 0; i < hunk.removed; i++) lines.push(combined ? '--gone' : '-gone');
        kept.forEach((line, i) => {
          const prefix = combined ? { both: '++', ours: ' +', theirs: '+ ' }[line.from] : '+';
          lines.push(`${prefix}${line.text}`);
          if (!combined || line.from === 'both') {
            added.push(line.text.endsWith('\r') ? line.text.slice(0, -1) : line.text);
            lineNumbers.push(start + i);
          }
        });
        if (hunk.noNewline) lines.push('\\ No newline at end of file');
        floor = start + kept.length + 1;
      }
    }
    const skip = file.kind === 'symlink' ? 'symlink' : file.kind === 'submodule' ? 'submodule' : undefined;
    const binary = file.kind === 'binary';
    const expected =
      file.kind === 'deleted' || (!binary && added.length === 0 && skip !== 'submodule')
        ? undefined
        : { path: file.path, added, lineNumbers, binary, blob: binary || !combined ? file.blob : file.blob.slice(0, 7), skip, created: file.kind !== 'modified', renamedFrom: undefined };
    return { lines, expected };
  });

/** Several commits, each a header (the --format line) and its files. */
const diffLog = fc
  .array(
    fc.record({ sha, author: meta, email: meta, date: fc.constant('2024-01-01T00:00:00Z'), committedAt: fc.integer({ min: 0, max: 2 ** 32 }), parents: fc.array(sha, { maxLength: 2 }), message: meta, files: fc.array(diffFile, { maxLength: 4 }) }),
    { maxLength: 4 },
  )
  .map((commits) => {
    const lines = [];
    const events = [];
    for (const commit of commits) {
      // COMMIT_FORMAT: NUL NUL sha NUL author NUL email NUL author-date NUL committer-time NUL parents NUL subject
      const header = [commit.sha, commit.author, commit.email, commit.date, String(commit.committedAt), commit.parents.join(' '), commit.message];
      lines.push(`\u0000\u0000${header.join('\u0000')}`, '');
      const { files: _files, ...info } = commit;
      events.push({ kind: 'commit', commit: { sha: info.sha, author: info.author, email: info.email, date: info.date, committedAt: info.committedAt, message: info.message, parents: info.parents } });
      for (const file of commit.files) {
        lines.push(...file.lines);
        if (file.expected) events.push({ kind: 'file', file: file.expected });
      }
    }
    return { lines, events };
  });

/** Regex sources built from the characters that matter to regex syntax (RE2 and JavaScript). */
const regexSource = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'()[]{}?*+\\^$|.:<>=!-,PpQEzAxCUisumbdwWsSnrt0129aZ_ '), maxLength: 30 }),
  fc.string({ unit: fc.constantFrom('(?i)', '(?P<n>', '(?<n>', '(?:', '(?=', '(?<=', '(?!', '(?i:', '(?-i)', '[[:alpha:]]', '[[:^digit:]]', '[:word:]', '\\x{41}', '\\x{', '\\Q', '\\E', '\\pL', '\\p{Greek}', '\\z', '\\A', '\\C', '\\', '{2,}', '{,3}', '*?', '+', ')', ']', '[^', 'a', '|', '$'), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** Lines of the real rule files, and TOML-ish noise, shuffled into documents. */
const RULE_LINES = readdirSync(join(ROOT, 'rules'))
  .filter((name) => name.endsWith('.toml'))
  .flatMap((name) => readFileSync(join(ROOT, 'rules', name), 'utf8').split('\n'))
  .filter((line) => line.length < 400);
const tomlLine = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...RULE_LINES) },
  { weight: 2, arbitrary: fc.constantFrom('[[rules]]', '[extend]', 'useDefault = true', '[[allowlists]]', '[[rules.allowlists]]', '[allowlist]', 'condition = "AND"', 'regexTarget = "line"', 'secretGroup = 3', 'secretGroup = -1', 'secretGroup = 1.5', 'entropy = "high"', 'keywords = []', 'keywords = [1, 2]', 'paths = ["**/*.lock", \'\'\'(^|/)vendor/\'\'\']', 'path = \'\'\'(\'\'\'', 'multiline = true', 'validate = "jwt"', 'severity = "nope"', 'id = ""', 'regex = \'\'\'(?P<x>a)\\z\'\'\'', 'regex = \'\'\'[[:alnum:]]+\'\'\'', 'regex = \'\'\'(?U)x\'\'\'', 'regex = \'\'\'(?i-s)x\'\'\'', 'regex = \'\'\'\\Qa.b\\E\'\'\'', 'regex = \'\'\'\\x{1F600}\'\'\'', 'regex = \'\'\'\\pL\\PN\'\'\'', 'examples = [{ text = "a" }]', 'negatives = "x"', 'tags = ["generic"]') },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('id', 'regex', 'path', 'keywords', 'stopwords', 'regexes', 'description', 'title', 'entropy', 'x'), fc.string({ unit: 'binary', maxLength: 30 })).map(([key, value]) => `${key} = ${JSON.stringify(value)}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('regex', 'path'), fc.string({ maxLength: 30 })).map(([key, value]) => `${key} = '''${value.replace(/'/g, '')}'''`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 40 }) },
);
const REAL_REGEXES = RULE_LINES.filter((line) => /^regex = '''.*'''$/.test(line)).map((line) => line.slice(11, -3));
/** A TOML literal string where one can hold the value, else a basic string (JSON's escapes are TOML's). */
const tomlString = (value) => (/'|[\u0000-\u001f\u007f]/.test(value) ? JSON.stringify(value) : `'''${value}'''`);
const ruleBlock = fc
  .record({
    id: fc.oneof({ weight: 8, arbitrary: chars('abc-_', 1, 8) }, { weight: 1, arbitrary: fc.constantFrom('github-pat', 'generic-password-assignment', '') }),
    regex: fc.option(fc.oneof(fc.constantFrom(...REAL_REGEXES), regexSource), { nil: undefined }),
    path: fc.option(fc.oneof(regexSource, fc.constantFrom('**/*.pem', '(^|/)id_rsa$', '')), { nil: undefined }),
    keywords: fc.option(fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 3 }), { nil: undefined }),
    secretGroup: fc.option(fc.oneof({ weight: 8, arbitrary: fc.nat(3) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1.5) }), { nil: undefined }),
    entropy: fc.option(fc.double({ min: -1, max: 8, noNaN: true }), { nil: undefined }),
    extra: fc.tuple(
      fc.subarray(['description = "d"', 'tags = ["generic"]', 'references = []', 'negatives = ["b"]']),
      fc.oneof(
        { weight: 6, arbitrary: fc.subarray(['severity = "low"', 'validate = "jwt"', 'multiline = true', 'examples = [{ text = "a", secret = "a" }]']) },
        { weight: 1, arbitrary: fc.constantFrom('severity = "nope"', 'validate = "x"', 'multiline = "yes"', 'unknown = 1', 'examples = "x"').map((line) => [line]) },
      ),
    ).map(([good, more]) => [...good, ...more]),
    allowlist: fc.option(fc.record({ regexes: fc.array(regexSource, { maxLength: 2 }), paths: fc.array(regexSource, { maxLength: 2 }), stopwords: fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }), condition: fc.constantFrom('OR', 'AND', 'and', 'OR', 'XOR') }), { nil: undefined }),
  })
  .map((rule) =>
    [
      '[[rules]]',
      `id = ${JSON.stringify(rule.id)}`,
      ...(rule.regex === undefined ? [] : [`regex = ${tomlString(rule.regex)}`]),
      ...(rule.path === undefined ? [] : [`path = ${tomlString(rule.path)}`]),
      ...(rule.keywords === undefined ? [] : [`keywords = ${JSON.stringify(rule.keywords)}`]),
      ...(rule.secretGroup === undefined ? [] : [`secretGroup = ${rule.secretGroup}`]),
      ...(rule.entropy === undefined ? [] : [`entropy = ${rule.entropy}`]),
      ...rule.extra,
      ...(rule.allowlist === undefined
        ? []
        : ['[[rules.allowlists]]', `regexes = [${rule.allowlist.regexes.map(tomlString).join(', ')}]`, `paths = [${rule.allowlist.paths.map(tomlString).join(', ')}]`, `stopwords = ${JSON.stringify(rule.allowlist.stopwords)}`, `condition = "${rule.allowlist.condition}"`]),
    ].join('\n'),
  );
const tomlDocument = fc.oneof(
  fc.array(tomlLine, { maxLength: 30 }).map((lines) => lines.join('\n')),
  fc.array(ruleBlock, { minLength: 1, maxLength: 4 }).map((blocks) => blocks.join('\n\n')),
);

const baseRuleSpec = {
  id: 'fuzz',
  description: 'fuzz',
  regex: 'x',
  secretGroup: 0,
  keywords: [],
  entropy: undefined,
  multiline: false,
  anchored: false,
  path: undefined,
  allowlists: [],
  severity: 'high',
  validate: undefined,
  references: [],
  tags: [],
  examples: [],
  negatives: [],
  file: 'fuzz.toml',
};
const baseAllowlist = { description: '', condition: 'OR', regexes: [], regexTarget: 'secret', stopwords: [], paths: [], commits: [], targetRules: [], targetTags: [] };

/** Text shaped like baseline files: valid, damaged, or any JSON at all. */
const hex = (n) => chars('0123456789abcdef', n, n);
const baselineEntry = fc.record({
  ruleId: fc.string({ minLength: 1, maxLength: 20 }),
  file: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter((text) => !/[\ud800-\udfff]/.test(text)),
  hash: hex(64),
  status: fc.constantFrom('unreviewed', 'false-positive', 'accepted', 'must-fix'),
  note: fc.string({ maxLength: 20 }),
});
const validBaseline = fc.record({ version: fc.constant(1), salt: hex(32), entries: fc.array(baselineEntry, { maxLength: 5 }) });
const baselineText = fc.oneof(
  validBaseline.map((baseline) => serializeBaseline(baseline)),
  validBaseline.chain((baseline) => {
    const text = serializeBaseline(baseline);
    return fc.integer({ min: 0, max: text.length }).map((cut) => text.slice(0, cut));
  }),
  fc.record(
    { version: fc.oneof(fc.constant(1), fc.jsonValue()), salt: fc.oneof(hex(32), fc.jsonValue()), entries: fc.oneof(fc.array(fc.oneof(baselineEntry, fc.jsonValue(), fc.dictionary(fc.constantFrom('ruleId', 'file', 'hash', 'status', 'note'), fc.jsonValue()))), fc.jsonValue()) },
    { requiredKeys: [] },
  ).map((doc) => JSON.stringify(doc)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  anyText,
);

/** Text with encoded runs in it: base64, base64url, hex, %XX, \uXXXX, Kubernetes Secret data. */
const printable = chars(' !#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~', 18, 60);
const encodedPiece = fc.oneof(
  printable.map((text) => Buffer.from(text).toString('base64')),
  printable.map((text) => Buffer.from(text).toString('base64url')),
  printable.map((text) => Buffer.from(text).toString('hex')),
  printable.map((text) => encodeURIComponent(text)),
  printable.map((text) => [...text].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')),
  printable.map((text) => `apiVersion: v1\nkind: Secret\ndata:\n  key: ${Buffer.from(text).toString('base64')}\n`),
  fc.constantFrom('%', '%4', '\\u12', '====', 'kind: Secret\n', '  a: QUJD\n', '-'.repeat(30), 'A'.repeat(70_000)),
);
const encodedText = fc.array(fc.oneof(encodedPiece, anyText, fc.constantFrom(' ', '\n', '"', "'", '=')), { maxLength: 8 }).map((parts) => parts.join(''));

/** Text a detector may meet: real-looking secrets, keywords, assignments, noise and odd characters. */
const githubToken = chars(ALNUM, 30, 30).map((body) => {
  // CRC32 → base62 in 6 characters, as GitHub's checksum (valid tokens are what the rules report).
  let crc = 0xffffffff;
  for (const byte of Buffer.from(body)) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  let n = (crc ^ 0xffffffff) >>> 0;
  let tail = '';
  for (; n > 0; n = Math.floor(n / 62)) tail = ALNUM[n % 62] + tail;
  return `ghp_${body}${tail.padStart(6, '0')}`;
});
const detectorPiece = fc.oneof(
  { weight: 3, arbitrary: anyText },
  { weight: 2, arbitrary: githubToken },
  { weight: 3, arbitrary: fc.constantFrom('password=', 'PASSWORD: "', 'token = ', 'api_key=', 'secret:', 'AKIA', 'aws_secret_access_key = ', 'xoxb-', 'sk_live_', 'npm_', 'glpat-', '-----BEGIN RSA PRIVATE KEY-----\n', '-----END RSA PRIVATE KEY-----', 'eyJhbGciOiJIUzI1NiJ9.', 'postgres://user:', '@db:5432/app', 'leakgate:allow', 'pragma: allowlist secret', '${VAR}', 'process.env.X', 'changeme', '\n', '\r\n', '"', "'", '`', ' ', '\t', '=', ':', '\\n', '%41', '\\u0041', '\u0000') },
  { weight: 2, arbitrary: chars(`${ALNUM}+/=_-.`, 8, 64) },
  { weight: 1, arbitrary: encodedPiece },
);
const detectorText = fc.array(detectorPiece, { maxLength: 30 }).map((parts) => parts.join(''));

/** Rules that differ only in their keywords, over a small alphabet so that keywords overlap. */
const keywordRules = fc.array(fc.array(chars('abAB_-', 0, 4), { maxLength: 3 }), { minLength: 1, maxLength: 6 });
const detectorPath = fc.constantFrom('src/app.js', '.env', 'id_rsa', 'config/secrets.yml', 'x.p12', 'package-lock.json', 'dist/app.min.js', 'test/fixtures/a.txt', '-');

// ---------------------------------------------------------------------------------------------
// Properties: each returns undefined when the case holds, or a description of what broke
// ---------------------------------------------------------------------------------------------

const describeError = (error) => `threw ${error?.name ?? typeof error}: ${String(error?.message ?? error).slice(0, 200)}`;
/** Runs fn; a LeakgateError is an allowed outcome, any other throw is a failure. */
const typedOnly = (fn) => {
  try {
    return fn();
  } catch (error) {
    if (isLeakgateError(error)) return undefined;
    return describeError(error);
  }
};
/** Where two plain values first differ, as a path such as "[1].file.path" (undefined when equal). */
const firstDifference = (actual, expected, at = '') => {
  if (JSON.stringify(actual) === JSON.stringify(expected)) return undefined;
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) return at || '(value)';
  for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const inner = firstDifference(actual[key], expected[key], Array.isArray(expected) ? `${at}[${key}]` : `${at}.${key}`);
    if (inner !== undefined) return inner;
  }
  return at || '(value)';
};
const ASTRAL = /[\ud800-\udbff][\udc00-\udfff]/;
/** Undefined when equal; else "differs at <where>: …", noting a character outside the BMP in what was expected. */
const same = (actual, expected) => {
  const where = firstDifference(actual, expected);
  if (where === undefined) return undefined;
  const note = ASTRAL.test(JSON.stringify(expected)) ? ' (expected text holds a character outside the BMP)' : '';
  return `differs at ${where.replace(/\[\d+\]/g, '[]')}${note}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
};

const parseLines = (lines) => {
  const events = [];
  const parser = createDiffParser((event) => events.push(event));
  for (const line of lines) parser.push(line);
  parser.end();
  return events;
};

let builtin;
const builtinConfig = () => (builtin ??= loadConfig(ROOT, undefined, ROOT));
let detectors;
const builtinDetectors = () => {
  const config = builtinConfig();
  detectors ??= [false, true].map((includeInvalid) => createDetector(config.rules, config.allowlists, { includeInvalid }));
  return detectors;
};

/** Offset → 0-based line, column, and the line's bounds [start, end) without its newline, by counting. */
const naivePosition = (text, offset) => {
  const before = text.slice(0, offset);
  const start = before.lastIndexOf('\n') + 1;
  const next = text.indexOf('\n', start);
  return { index: before.split('\n').length - 1, column: offset - start + 1, start, end: next === -1 ? text.length : next };
};

export const TARGETS = {
  'diff-parser (any lines)': {
    arbitrary: fc.array(fc.oneof(anyText, contentLine, fc.constantFrom('diff --git ', 'diff --git "a/x', 'diff --cc ', '@@ -1 +1 @@', '@@@ -1 -1 +1 @@@', '@@@@ -1 -1 -1 +5,2 @@@@', '+++ "b/\\', '+++ ', 'rename to ', 'index abc..def 160000', 'Binary files a and b differ', '\u0000\u0000', '\\')), { maxLength: 40 }),
    check: (lines) =>
      typedOnly(() => {
        for (const event of parseLines(lines)) {
          if (event.kind !== 'file') continue;
          const { added, lineNumbers, path } = event.file;
          if (typeof path !== 'string') return `path is ${typeof path}`;
          if (added.length !== lineNumbers.length) return `${added.length} lines but ${lineNumbers.length} line numbers`;
          if (!lineNumbers.every(Number.isFinite)) return `line numbers ${lineNumbers.join(',')}`;
        }
        return undefined;
      }),
  },
  'diff-parser (git-shaped logs round-trip)': {
    arbitrary: diffLog,
    check: ({ lines, events }) => typedOnly(() => same(parseLines(lines), events)),
  },
  'createMasker (no found secret survives in any text)': {
    arbitrary: fc.array(chars(`${ALNUM}_-`, 6, 40), { minLength: 1, maxLength: 6 }).chain((secrets) =>
      fc.record({
        secrets: fc.constant(secrets),
        text: fc.array(fc.oneof(fc.constantFrom(...secrets), anyText, fc.constantFrom(...secrets).map((s) => s.slice(0, 5))), { maxLength: 12 }).map((parts) => parts.join('')),
      }),
    ),
    check: ({ secrets, text }) =>
      typedOnly(() => {
        const masked = createMasker(secrets)(text);
        const left = secrets.find((secret) => masked.includes(secret));
        return left === undefined ? undefined : `${JSON.stringify(left)} survives in ${JSON.stringify(masked.slice(0, 200))}`;
      }),
  },
  'normalizeRedactFlag (no spelling of --redact turns redaction off)': {
    arbitrary: fc.array(fc.oneof(fc.constantFrom('--redact', '--no-redact', 'true', 'false', '--', 'src', '-f', 'json'), anyText.map((v) => `--redact=${v}`), fc.integer({ min: -5, max: 200 }).map((n) => `--redact=${n}`)), { maxLength: 8 }),
    check: (argv) => {
      let out;
      try {
        out = normalizeRedactFlag(argv);
      } catch (error) {
        return isLeakgateError(error) ? undefined : describeError(error);
      }
      const end = out.indexOf('--');
      const options = end === -1 ? out : out.slice(0, end);
      for (const [i, arg] of options.entries()) {
        if (arg.startsWith('--redact=')) return `left ${JSON.stringify(arg)} for yargs to read`;
        if (arg === '--redact' && (options[i + 1] === 'true' || options[i + 1] === 'false')) return `left "--redact ${options[i + 1]}"`;
        const percent = /^--redact-percent=(.*)$/.exec(arg)?.[1];
        if (percent !== undefined && !(/^\d+$/.test(percent) && Number(percent) >= 1 && Number(percent) <= 100)) return `percent ${percent}`;
      }
      return undefined;
    },
  },
  'escapeControl (no control or bidi character reaches a terminal)': {
    arbitrary: anyText,
    check: (text) =>
      typedOnly(() => {
        const shown = escapeControl(text);
        const bad = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.exec(shown);
        if (bad) return `U+${bad[0].charCodeAt(0).toString(16)} left in ${JSON.stringify(shown.slice(0, 100))}`;
        return bad === null && !/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(text) && shown !== text ? 'changed a text with nothing to escape' : undefined;
      }),
  },
  unquotePath: {
    arbitrary: fc.oneof(
      fc.tuple(gitPath, fc.boolean()).map(([path, octal]) => ({ quoted: gitQuote(path, octal), path })),
      anyText.map((text) => ({ quoted: `"${text}`, path: undefined })),
    ),
    check: ({ quoted, path }) =>
      typedOnly(() => {
        const result = unquotePath(quoted);
        if (typeof result !== 'string') return `returned ${typeof result}`;
        return path === undefined ? undefined : same(result, path);
      }),
  },
  'parseRuleset + compileRule (TOML-ish documents)': {
    arbitrary: tomlDocument,
    check: (text) =>
      typedOnly(() => {
        const ruleset = parseRuleset(text, 'fuzz.toml');
        const rules = ruleset.rules.map(compileRule);
        const allowlists = ruleset.allowlists.map((spec) => compileAllowlist(spec, 'fuzz.toml'));
        // Built and run on a short text (a fuzzed regex may backtrack: 12 characters keep it bounded).
        createDetector(rules, allowlists, { includeInvalid: true }).detect({ path: 'a/b.env', text: 'k=Ab1_x-Y9 \n', startLine: 1 });
        return undefined;
      }),
  },
  'compileRule (any regex and path strings)': {
    arbitrary: fc.record({
      regex: regexSource,
      path: fc.option(fc.oneof({ weight: 20, arbitrary: regexSource }, { weight: 1, arbitrary: fc.constantFrom('*'.repeat(70_000), `${'a/'.repeat(40_000)}*`) }), { nil: undefined }),
      allow: regexSource,
      multiline: fc.boolean(),
      secretGroup: fc.nat(3),
    }),
    check: ({ regex, path, allow, multiline, secretGroup }) =>
      typedOnly(() => {
        const rule = compileRule({ ...baseRuleSpec, regex, path, multiline, secretGroup, allowlists: [{ ...baseAllowlist, regexes: [allow], paths: [allow] }] });
        if (!(rule.regex instanceof RegExp) || !rule.regex.global) return 'the compiled regex is not global';
        rule.regex.lastIndex = 0;
        rule.regex.exec('token=abc123');
        return undefined;
      }),
  },
  translateRegex: {
    arbitrary: regexSource,
    check: (pattern) => {
      try {
        const result = translateRegex(pattern);
        if (result.ok) {
          if (typeof result.source !== 'string' || !/^[imsu]*$/.test(result.flags)) return `odd translation ${JSON.stringify(result)}`;
        } else if (typeof result.reason !== 'string' || result.reason === '') return 'a refusal without a reason';
        return undefined;
      } catch (error) {
        return describeError(error);
      }
    },
  },
  parseBaseline: {
    arbitrary: baselineText,
    check: (text) =>
      typedOnly(() => {
        const baseline = parseBaseline(text, 'fuzz.json');
        // What parses serializes back to text that parses to the same baseline.
        return same(parseBaseline(serializeBaseline(baseline), 'again.json'), { ...baseline, entries: [...baseline.entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0)) });
      }),
  },
  findEncoded: {
    arbitrary: encodedText,
    check: (text) =>
      typedOnly(() => {
        for (const found of findEncoded(text)) {
          if (!(Number.isInteger(found.start) && Number.isInteger(found.end) && found.start >= 0 && found.start < found.end && found.end <= text.length)) {
            return `run [${found.start}, ${found.end}) outside the text (length ${text.length})`;
          }
          if (typeof found.text !== 'string') return 'decoded text is not a string';
        }
        return undefined;
      }),
  },
  'findEncoded (base64 round-trip)': {
    arbitrary: fc.tuple(printable, fc.constantFrom(' ', '"', '\n', ':'), fc.constantFrom(' ', '"', '\n', ',')),
    check: ([plain, before, after]) =>
      typedOnly(() => {
        const encoded = Buffer.from(plain).toString('base64');
        const run = encoded.replace(/=+$/, '');
        // Not a candidate by design: a base64 run must mix upper case, lower case and digits, and
        // hold a letter beyond a-f (or it is read as hex).
        if (!(/[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run) && /[^0-9A-Fa-f]/.test(run))) return undefined;
        const text = `x${before}${encoded}${after}y`;
        const found = findEncoded(text).find((item) => item.how === 'base64');
        return found?.text === plain && text.slice(found.start, found.end) === encoded ? undefined : `not decoded back: ${JSON.stringify(found)}`;
      }),
  },
  shannonEntropy: {
    arbitrary: anyText,
    check: (text) =>
      typedOnly(() => {
        const h = shannonEntropy(text);
        const distinct = new Set(Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))).size;
        if (!Number.isFinite(h) || h < 0) return `H = ${h}`;
        if (text.length > 0 && h > Math.log2(text.length) + 1e-9) return `H = ${h} > log2(${text.length})`;
        if (distinct > 0 && h > Math.log2(distinct) + 1e-9) return `H = ${h} > log2(${distinct} distinct)`;
        if (distinct <= 1 && h !== 0) return `H = ${h} for a single repeated character`;
        return undefined;
      }),
  },
  // The generic layer's readers (src/detect/generic/): never throw, answer in their own vocabulary,
  // and the key reader agrees with itself under the case and separator changes a key may take.
  secretKindOfKey: {
    arbitrary: fc.oneof(anyText, fc.array(fc.constantFrom('db', 'password', 'PASS', 'token', 'api', 'Key', 'label', 'no', '_', '-', '.', '[', "'", '2'), { maxLength: 8 }).map((parts) => parts.join(''))),
    check: (key) =>
      typedOnly(() => {
        const kind = secretKindOfKey(key);
        if (kind !== undefined && kind !== 'password' && kind !== 'secret') return `kind ${kind}`;
        const segments = keySegments(key);
        if (segments.some((segment) => segment === '' || segment !== segment.toLowerCase())) return `segments ${JSON.stringify(segments)}`;
        return undefined;
      }),
  },
  readLiteral: {
    arbitrary: fc.tuple(detectorText, fc.nat(), fc.nat(), fc.constantFrom('a.js', 'a.py', 'a.go', 'a.rb', 'a.php', 'a.sh', 'a.ps1', '.env', 'a.yaml', 'a.json', 'a.txt', 'a.cs', 'a.tf')),
    check: ([line, a, b, path]) =>
      typedOnly(() => {
        const [start, end] = [a % (line.length + 1), b % (line.length + 1)].sort((x, y) => x - y);
        const verdict = readLiteral(line, start, end, stringSyntaxOf(syntaxOfPath(path)));
        if (verdict.literal === true) return undefined;
        return verdict.why === 'code-expression' || verdict.why === 'interpolation' ? undefined : `why ${verdict.why}`;
      }),
  },
  classifyValue: {
    arbitrary: fc.oneof(anyText, encodedPiece, chars(`${ALNUM}+/=_-.$%{}<>:@`, 0, 120)),
    check: (value) =>
      typedOnly(() => {
        const { kind, why } = classifyValue(value, { words: ['db', 'password'], kind: 'password' });
        const kinds = ['random', 'human', 'placeholder', 'structured', 'hash', 'ciphertext'];
        return kinds.includes(kind) && typeof why === 'string' && why.length > 0 ? undefined : `kind ${kind}, why ${why}`;
      }),
  },
  markdownSyntaxAt: {
    arbitrary: fc.tuple(fc.array(fc.oneof(anyText, fc.constantFrom('```', '```bash\n', '~~~\n', '\n', '`', '    x')), { maxLength: 12 }).map((parts) => parts.join('')), fc.nat()),
    check: ([text, seed]) =>
      typedOnly(() => {
        const at = seed % (text.length + 1);
        const lineStart = text.lastIndexOf('\n', at - 1) + 1;
        const lineEnd = text.indexOf('\n', at);
        const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
        const syntax = markdownSyntaxAt(text, lineStart, line, at - lineStart, true);
        return syntax === undefined || typeof syntax.family === 'string' ? undefined : `syntax ${JSON.stringify(syntax)}`;
      }),
  },
  // Any bytes decode without throwing; printable ASCII after any byte-order mark (or none) is read as such.
  decodeContent: {
    arbitrary: fc.tuple(
      fc.constantFrom([], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], [0xff, 0xfe, 0, 0], [0, 0, 0xfe, 0xff]),
      fc.oneof(fc.uint8Array({ maxLength: 300 }), chars(`${ALNUM} =:_-\n`, 8, 200).map((text) => new TextEncoder().encode(`token = ${text}`))),
    ),
    check: ([bom, body]) =>
      typedOnly(() => {
        const bytes = new Uint8Array([...bom, ...body]);
        const decoded = decodeContent(bytes);
        if (decoded.kind === 'binary') return body.every((byte) => byte >= 32 && byte < 127) && body.length > 0 ? 'printable ASCII called binary' : undefined;
        if (typeof decoded.text !== 'string') return `text is ${typeof decoded.text}`;
        const ascii = body.length >= 8 && body.every((byte) => (byte >= 32 && byte < 127) || byte === 10);
        return ascii && !decoded.text.includes(new TextDecoder().decode(body)) ? `ASCII after [${bom}] read as ${decoded.encoding}` : undefined;
      }),
  },
  createLineIndex: {
    arbitrary: fc.tuple(
      fc.array(fc.oneof(fc.constantFrom('\n', '\n\n', '\r\n', 'a', 'bc', '\u00e9', '\ud83d\ude00'), anyText), { maxLength: 20 }).map((parts) => parts.join('')),
      fc.integer({ min: 1, max: 10_000 }),
      fc.nat(),
    ),
    check: ([text, firstLine, seed]) =>
      typedOnly(() => {
        const index = createLineIndex(text, firstLine);
        const offsets = [0, text.length, seed % (text.length + 1), (seed * 7919) % (text.length + 1)];
        for (let i = text.indexOf('\n'); i !== -1 && offsets.length < 40; i = text.indexOf('\n', i + 1)) offsets.push(i, i + 1);
        for (const offset of offsets) {
          const naive = naivePosition(text, offset);
          const got = index.position(offset);
          if (got.line !== firstLine + naive.index || got.column !== naive.column) {
            return `offset ${offset}: got ${got.line}:${got.column}, expected ${firstLine + naive.index}:${naive.column}`;
          }
          const line = index.lineAt(offset);
          if (line.start !== naive.start || line.end !== naive.end) return `offset ${offset}: lineAt ${JSON.stringify(line)}`;
        }
        return undefined;
      }),
  },
  'keyword index (against a naive search)': {
    arbitrary: fc.tuple(keywordRules, chars('abAB_- ', 0, 60)),
    check: ([keywordSets, text]) =>
      typedOnly(() => {
        const rules = keywordSets.map((keywords, i) => ({ ...compileRule({ ...baseRuleSpec, id: `r${i}` }), keywords: keywords.map((word) => word.toLowerCase()) }));
        const index = buildKeywordIndex(rules);
        const hits = index.findHits(text);
        const lower = text.toLowerCase();
        for (const [i, rule] of rules.entries()) {
          if (index.alwaysRun.includes(i)) {
            if (rule.keywords.length > 0 && rule.keywords.every((word) => word.length > 0)) return `rule ${i} with keywords ${JSON.stringify(rule.keywords)} runs always`;
            continue;
          }
          const expected = [];
          for (let at = 0; at < text.length; at++) if (rule.keywords.some((word) => lower.startsWith(word, at))) expected.push(at);
          const got = [...new Set(hits.get(i) ?? [])].sort((a, b) => a - b);
          if (JSON.stringify(got) !== JSON.stringify(expected)) return `rule ${i} ${JSON.stringify(rule.keywords)}: hits ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`;
        }
        return undefined;
      }),
  },
  'detector (built-in rules)': {
    arbitrary: fc.tuple(detectorText, detectorPath, fc.boolean()),
    check: ([text, path, includeInvalid]) =>
      typedOnly(() => {
        const detector = builtinDetectors()[includeInvalid ? 1 : 0];
        const { findings } = detector.detect({ path, text, startLine: 1 });
        const pathOnly = new Set(detector.rules.filter((rule) => rule.pathOnly).map((rule) => rule.id));
        const lines = text.split('\n');
        for (const finding of findings) {
          const where = `${finding.ruleId} at ${finding.line}:${finding.column}`;
          if (!(finding.line >= 1 && finding.line <= lines.length && finding.endLine >= finding.line && finding.endLine <= lines.length)) return `${where}: line outside the text (${lines.length} lines)`;
          const lineText = lines[finding.line - 1];
          if (!(finding.column >= 1 && finding.column <= lineText.length + 1)) return `${where}: column outside its line (length ${lineText.length})`;
          if (finding.secret.length === 0) return `${where}: empty secret`;
          if (pathOnly.has(finding.ruleId) || finding.decoded) continue;
          const offset = lines.slice(0, finding.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + finding.column - 1;
          if (!text.startsWith(finding.secret, offset)) return `${where}: the secret is not at its position`;
        }
        return undefined;
      }),
  },
};

// ---------------------------------------------------------------------------------------------
// Runner
// ---------------------------------------------------------------------------------------------

const fuzzTarget = (name, { arbitrary, check }, cases, seed) => {
  let failures = 0;
  let first;
  /** Failures by kind (the message with its quoted details cut off), to tell one bug from several. */
  const kinds = new Map();
  let slowest = 0;
  const started = performance.now();
  fc.assert(
    fc.property(arbitrary, (input) => {
      const t0 = performance.now();
      const problem = check(input);
      slowest = Math.max(slowest, performance.now() - t0);
      if (problem !== undefined) {
        failures++;
        first ??= problem;
        const kind = problem.startsWith('differs at ') ? problem.slice(0, problem.indexOf(': expected')) : problem.replace(/\s*[("[{].*$/s, '').slice(0, 110);
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
      return true;
    }),
    { numRuns: cases, seed },
  );
  const seconds = (performance.now() - started) / 1000;
  let counterexample;
  if (failures > 0) {
    // Again with the property failing, so that fast-check shrinks the first failure.
    const details = fc.check(fc.property(arbitrary, (input) => check(input) === undefined), { numRuns: cases, seed });
    if (details.failed) counterexample = { input: details.counterexample?.[0], problem: check(details.counterexample?.[0]) };
  }
  return { name, cases, failures, seconds, slowestMs: slowest, first, counterexample, kinds };
};

const main = () => {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '100000' },
      only: { type: 'string' },
      seed: { type: 'string' },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || values.list) {
    process.stdout.write(values.help ? 'usage: node bench/fuzz.mjs [--cases N] [--only target[,target…]] [--seed N] [--list]\n' : `${Object.keys(TARGETS).join('\n')}\n`);
    return 0;
  }
  const cases = Number(values.cases);
  if (!Number.isInteger(cases) || cases < 1) throw new Error('--cases must be a positive integer');
  const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
  const wanted = values.only ? values.only.split(',').map((part) => part.trim().toLowerCase()) : undefined;
  const names = Object.keys(TARGETS).filter((name) => !wanted || wanted.some((part) => name.toLowerCase().startsWith(part)));
  if (names.length === 0) throw new Error(`no target matches --only ${values.only}; see --list`);
  process.stdout.write(`leakgate fuzz: ${cases} cases per target, seed ${seed} (node ${process.version})\n\n`);
  const header = ['target', 'cases', 'failures', 'time', 'slowest case'];
  const rows = [];
  let failed = 0;
  for (const name of names) {
    const result = fuzzTarget(name, TARGETS[name], cases, seed);
    rows.push([name, String(result.cases), String(result.failures), `${result.seconds.toFixed(1)} s`, `${result.slowestMs.toFixed(1)} ms`]);
    process.stdout.write(`${rows.at(-1).join('  ·  ')}\n`);
    if (result.failures > 0) {
      failed++;
      for (const [kind, count] of [...result.kinds].sort((a, b) => b[1] - a[1]).slice(0, 5)) process.stdout.write(`  ${count} × ${kind}\n`);
      process.stdout.write(`  first failure: ${result.first.slice(0, 600)}\n`);
      if (result.counterexample) {
        process.stdout.write(`  shrunk: ${JSON.stringify(result.counterexample.input)}\n  → ${result.counterexample.problem}\n`);
      }
    }
  }
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  process.stdout.write(`\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map(line).join('\n')}\n`);
  process.stdout.write(failed === 0 ? '\nno failures\n' : `\n${failed} target(s) failed (reproduce with --seed ${seed})\n`);
  return failed === 0 ? 0 : 1;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();
