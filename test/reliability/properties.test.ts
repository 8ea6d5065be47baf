// Property-based tests (fast-check) of the pure parsers and the detector: on any input they return
// or throw a typed LeakgateError, nothing else, and what they return is right. A few hundred cases
// per property here; `npm run fuzz` (bench/fuzz.mjs) runs the same targets 100,000 times each.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import micromatch from 'micromatch';
import { describe, expect, it } from 'vitest';
import { parseBaseline, serializeBaseline, type Baseline, type BaselineEntry } from '../../src/baseline/baseline.js';
import { loadConfig } from '../../src/config/load-config.js';
import { candidateRuns, findEncoded, looksLikeText, mayBeText } from '../../src/detect/decoders.js';
import { createDetector } from '../../src/detect/detector.js';
import { shannonEntropy } from '../../src/detect/entropy.js';
import { buildKeywordIndex } from '../../src/detect/keyword-index.js';
import { createLineIndex } from '../../src/detect/line-index.js';
import type { Rule } from '../../src/detect/types.js';
import { base62 } from '../../src/detect/validators.js';
import { isLeakgateError } from '../../src/errors.js';
import { compileAllowlist, compileRule } from '../../src/rules/compile-rule.js';
import { simpleBasenameMatcher } from '../../src/rules/compile-pattern.js';
import { parseRuleset } from '../../src/rules/parse-ruleset.js';
import type { AllowlistSpec, RuleSpec } from '../../src/rules/rule-spec.js';
import { translateRegex } from '../../src/rules/translate-regex.js';
import { createDiffParser, unquotePath, type DiffEvent, type DiffFile } from '../../src/sources/parse-diff.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = { numRuns: 300 };

/** Runs fn: returning, or throwing a LeakgateError, is fine; any other throw fails the property. */
const typedOnly = <T>(fn: () => T): T | undefined => {
  try {
    return fn();
  } catch (error) {
    if (isLeakgateError(error)) return undefined;
    throw error;
  }
};

// --- generators -------------------------------------------------------------------------------

const chars = (alphabet: string, minLength: number, maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...alphabet), minLength, maxLength });
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Any text, lone surrogates and control characters included. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'binary-ascii', maxLength: 120 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 60 }),
);

const C_ESCAPES: Readonly<Record<number, string>> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 34: '"', 92: '\\' };
const needsQuote = (path: string): boolean => /[\u0000-\u001f"\\\u007f]/.test(path);
/** git's C-style quoting (quote_c_style); bytes ≥ 0x80 octal-escaped (core.quotepath=true) or raw. */
const gitQuote = (path: string, octalHigh: boolean): string => {
  let out = '"';
  for (const ch of path) {
    const bytes = Buffer.from(ch, 'utf8');
    if (bytes.length > 1 && !octalHigh) {
      out += ch;
      continue;
    }
    for (const byte of bytes) {
      const escape = C_ESCAPES[byte];
      if (escape !== undefined) out += `\\${escape}`;
      else if (byte < 0x20 || byte >= 0x7f) out += `\\${byte.toString(8).padStart(3, '0')}`;
      else out += String.fromCharCode(byte);
    }
  }
  return `${out}"`;
};

/** A path component git could store: non-empty, no "/" or NUL, not "." or "..", any other character. */
const pathComponent = fc
  .string({ unit: fc.oneof(fc.constantFrom(...'abcxyz.-_ "\\\t\n\r\u007f\u00e9\u65e5\u{1F600}'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 10 })
  .filter((part) => !part.includes('/') && !part.includes('\u0000') && part !== '.' && part !== '..');
const gitPath = fc.array(pathComponent, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
const contentLine = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom('', '+', '-', '++', '\\ No newline at end of file', 'diff --git a/x b/x', '@@ -1 +1 @@', '+++ b/evil', '\u0000\u0000abc', 'x\r'),
  )
  .map((line) => line.replace(/\n/g, ' '));
const sha = chars('0123456789abcdef', 40, 40);
const meta = fc.string({ unit: 'binary', maxLength: 16 }).map((text) => text.replace(/[\u0000\n\r]/g, '_'));

interface Rendered {
  readonly lines: string[];
  readonly expected: DiffFile | undefined;
}

/** One file as `git log -p -U0 --cc` prints it (plain or combined), and what the parser must keep. */
const diffFile: fc.Arbitrary<Rendered> = fc
  .record({
    path: gitPath,
    octalHigh: fc.boolean(),
    combined: fc.boolean(),
    kind: fc.constantFrom('new', 'modified', 'deleted', 'binary', 'symlink', 'submodule'),
    hunks: fc.array(
      fc.record({
        start: fc.integer({ min: 1, max: 100_000 }),
        removed: fc.integer({ min: 0, max: 2 }),
        lines: fc.array(fc.record({ text: contentLine, from: fc.constantFrom('both', 'ours', 'theirs') }), { maxLength: 4 }),
        noNewline: fc.boolean(),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    blob: sha,
  })
  .map((file) => {
    const quoted = needsQuote(file.path);
    const name = (prefix: string): string => (quoted ? gitQuote(`${prefix}${file.path}`, file.octalHigh) : `${prefix}${file.path}`);
    // git appends a tab to an unquoted ---/+++ name holding a space (for GNU patch).
    const tab = !quoted && file.path.includes(' ') ? '\t' : '';
    const mode = file.kind === 'symlink' ? '120000' : file.kind === 'submodule' ? '160000' : '100644';
    const combined = file.combined && file.kind === 'modified';
    const lines = combined
      ? [`diff --cc ${quoted ? gitQuote(file.path, file.octalHigh) : file.path}`, `index 1111111,2222222..${file.blob.slice(0, 7)}`]
      : [`diff --git ${name('a/')} ${name('b/')}`];
    if (!combined && file.kind === 'deleted') lines.push(`deleted file mode ${mode}`, `index ${file.blob}..${'0'.repeat(40)}`);
    else if (!combined && file.kind !== 'modified') lines.push(`new file mode ${mode}`, `index ${'0'.repeat(40)}..${file.blob}`);
    else if (!combined) lines.push(`index ${'1'.repeat(40)}..${file.blob} ${mode}`);
    const added: string[] = [];
    const lineNumbers: number[] = [];
    if (file.kind === 'binary') {
      lines.push(`Binary files /dev/null and ${name('b/')} differ`);
    } else {
      lines.push(['new', 'symlink', 'submodule'].includes(file.kind) ? '--- /dev/null' : `--- ${name('a/')}${tab}`);
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
          lines.push(`${combined ? { both: '++', ours: ' +', theirs: '+ ' }[line.from] : '+'}${line.text}`);
          if (!combined || line.from === 'both') {
            added.push(line.text.endsWith('\r') ? line.text.slice(0, -1) : line.text);
            lineNumbers.push(start + i);
          }
        });
        if (hunk.noNewline) lines.push('\\ No newline at end of file');
        floor = start + kept.length + 1;
      }
    }
    const binary = file.kind === 'binary';
    const skip: DiffFile['skip'] = file.kind === 'symlink' ? 'symlink' : file.kind === 'submodule' ? 'submodule' : undefined;
    const expected: DiffFile | undefined =
      file.kind === 'deleted' || (!binary && added.length === 0 && skip !== 'submodule')
        ? undefined
        : { path: file.path, added, lineNumbers, binary, blob: binary || !combined ? file.blob : file.blob.slice(0, 7), skip, created: file.kind !== 'modified', renamedFrom: undefined };
    return { lines, expected };
  });

const diffLog = fc
  .array(
    fc.record({ sha, author: meta, email: meta, committedAt: fc.integer({ min: 0, max: 2 ** 32 }), parents: fc.array(sha, { maxLength: 2 }), message: meta, files: fc.array(diffFile, { maxLength: 3 }) }),
    { maxLength: 3 },
  )
  .map((commits) => {
    const lines: string[] = [];
    const events: unknown[] = [];
    for (const c of commits) {
      // COMMIT_FORMAT: NUL NUL sha NUL author NUL email NUL author-date NUL committer-time NUL parents NUL subject
      const date = '2024-01-01T00:00:00Z';
      lines.push(`\u0000\u0000${[c.sha, c.author, c.email, date, String(c.committedAt), c.parents.join(' '), c.message].join('\u0000')}`, '');
      events.push({ kind: 'commit', commit: { sha: c.sha, author: c.author, email: c.email, date, committedAt: c.committedAt, message: c.message, parents: c.parents } });
      for (const file of c.files) {
        lines.push(...file.lines);
        if (file.expected) events.push({ kind: 'file', file: file.expected });
      }
    }
    return { lines, events };
  });

const parseLines = (lines: readonly string[]): DiffEvent[] => {
  const events: DiffEvent[] = [];
  const parser = createDiffParser((event) => events.push(event));
  for (const line of lines) parser.push(line);
  parser.end();
  return events;
};

/** Regex sources made of what matters to regex syntax, RE2's and JavaScript's. */
const regexSource = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'()[]{}?*+\\^$|.:<>=!-,PpQEzAxCUisumbdwWsSnrt0129aZ_ '), maxLength: 24 }),
  fc.string({ unit: fc.constantFrom('(?i)', '(?P<n>', '(?<n>', '(?:', '(?=', '(?<=', '(?!', '(?i:', '(?-i)', '[[:alpha:]]', '[[:^digit:]]', '\\x{41}', '\\x{', '\\Q', '\\E', '\\pL', '\\p{Greek}', '\\z', '\\A', '\\C', '\\', '{2,}', '*?', ')', ']', '[^', 'a', '|', '$'), maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 16 }),
);
/** Path patterns, but for the empty and over-long ones of the known bug (see the `fails` test below). */
const pathPattern = regexSource.filter((pattern) => pattern !== '');

const RULE_LINES = readdirSync(join(ROOT, 'rules'))
  .filter((name) => name.endsWith('.toml'))
  .flatMap((name) => readFileSync(join(ROOT, 'rules', name), 'utf8').split('\n'))
  .filter((line) => line.length < 400);
const REAL_REGEXES = RULE_LINES.filter((line) => /^regex = '''.*'''$/.test(line)).map((line) => line.slice(11, -3));
const tomlString = (value: string): string => (/'|[\u0000-\u001f\u007f]/.test(value) ? JSON.stringify(value) : `'''${value}'''`);
const tomlNoise = fc.oneof(
  fc.constantFrom(...RULE_LINES),
  fc.constantFrom('[[rules]]', '[extend]', 'useDefault = true', '[[allowlists]]', '[[rules.allowlists]]', '[allowlist]', 'secretGroup = -1', 'keywords = [1]', 'regex = \'\'\'(?P<x>a)\\z\'\'\'', 'regex = \'\'\'(?U)x\'\'\''),
  fc.string({ unit: 'binary-ascii', maxLength: 30 }),
);
const ruleBlock = fc
  .record({
    id: fc.oneof({ weight: 8, arbitrary: chars('abc-_', 1, 8) }, { weight: 1, arbitrary: fc.constant('') }),
    regex: fc.option(fc.oneof(fc.constantFrom(...REAL_REGEXES), regexSource), { nil: undefined }),
    path: fc.option(pathPattern, { nil: undefined }),
    keywords: fc.option(fc.array(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 3 }), { nil: undefined }),
    secretGroup: fc.option(fc.oneof({ weight: 8, arbitrary: fc.nat(3) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1.5) }), { nil: undefined }),
    entropy: fc.option(fc.double({ min: -1, max: 8, noNaN: true }), { nil: undefined }),
    extra: fc.subarray(['description = "d"', 'severity = "low"', 'tags = ["generic"]', 'validate = "jwt"', 'multiline = true', 'severity2 = "x"']),
    allowlist: fc.option(fc.record({ regexes: fc.array(regexSource, { maxLength: 2 }), paths: fc.array(pathPattern, { maxLength: 2 }), condition: fc.constantFrom('OR', 'and', 'XOR') }), { nil: undefined }),
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
        : ['[[rules.allowlists]]', `regexes = [${rule.allowlist.regexes.map(tomlString).join(', ')}]`, `paths = [${rule.allowlist.paths.map(tomlString).join(', ')}]`, `condition = "${rule.allowlist.condition}"`]),
    ].join('\n'),
  );
const tomlDocument = fc.oneof(
  fc.array(tomlNoise, { maxLength: 20 }).map((lines) => lines.join('\n')),
  fc.array(ruleBlock, { minLength: 1, maxLength: 3 }).map((blocks) => blocks.join('\n\n')),
);

const baseRuleSpec: RuleSpec = {
  chosen: false,
  assignment: false,
  confidence: undefined,
  id: 'prop',
  description: 'prop',
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
  file: 'prop.toml',
};
const baseAllowlist: AllowlistSpec = {
  description: '',
  condition: 'OR',
  regexes: [],
  regexTarget: 'secret',
  stopwords: [],
  paths: [],
  commits: [],
  targetRules: [],
  targetTags: [], skipTags: [],
};

const hex = (length: number): fc.Arbitrary<string> => chars('0123456789abcdef', length, length);
const baselineEntry: fc.Arbitrary<BaselineEntry> = fc.record({
  ruleId: fc.string({ minLength: 1, maxLength: 16 }),
  file: fc.string({ unit: 'binary', minLength: 1, maxLength: 16 }),
  hash: hex(64),
  status: fc.constantFrom('unreviewed', 'false-positive', 'accepted', 'must-fix'),
  note: fc.string({ maxLength: 16 }),
});
const validBaseline: fc.Arbitrary<Baseline> = fc.record({ version: fc.constant(1 as const), salt: hex(32), entries: fc.array(baselineEntry, { maxLength: 5 }) });
const baselineText = fc.oneof(
  validBaseline.map(serializeBaseline),
  validBaseline.chain((baseline) => {
    const text = serializeBaseline(baseline);
    return fc.integer({ min: 0, max: text.length }).map((cut) => text.slice(0, cut));
  }),
  fc
    .record(
      {
        version: fc.oneof(fc.constant(1), fc.jsonValue()),
        salt: fc.oneof(hex(32), fc.jsonValue()),
        entries: fc.oneof(fc.array(fc.oneof(baselineEntry, fc.jsonValue(), fc.dictionary(fc.constantFrom('ruleId', 'file', 'hash', 'status', 'note'), fc.jsonValue()))), fc.jsonValue()),
      },
      { requiredKeys: [] },
    )
    .map((doc) => JSON.stringify(doc)),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  anyText,
);

const printable = chars(' !#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~', 18, 60);
const encodedPiece = fc.oneof(
  printable.map((text) => Buffer.from(text).toString('base64')),
  printable.map((text) => Buffer.from(text).toString('base64url')),
  printable.map((text) => Buffer.from(text).toString('hex')),
  printable.map((text) => encodeURIComponent(text)),
  printable.map((text) => [...text].map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')),
  printable.map((text) => `apiVersion: v1\nkind: Secret\ndata:\n  key: ${Buffer.from(text).toString('base64')}\n`),
  fc.constantFrom('%', '%4', '\\u12', '====', 'kind: Secret\n', '  a: QUJD\n', 'A'.repeat(70_000)),
);
const encodedText = fc.array(fc.oneof(encodedPiece, anyText, fc.constantFrom(' ', '\n', '"', '=')), { maxLength: 6 }).map((parts) => parts.join(''));

/** A GitHub token with a valid checksum, built from fast-check's randomness (so that runs replay). */
const githubToken = chars(ALNUM, 30, 30).map((body) => `ghp_${body}${base62(crc32(body), 6)}`);
const detectorText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: anyText },
      { weight: 2, arbitrary: githubToken },
      { weight: 3, arbitrary: fc.constantFrom('password=', 'PASSWORD: "', 'token = ', 'api_key=', 'secret:', 'AKIA', 'xoxb-', 'sk_live_', 'npm_', 'glpat-', '-----BEGIN RSA PRIVATE KEY-----\n', '-----END RSA PRIVATE KEY-----', 'eyJhbGciOiJIUzI1NiJ9.', 'postgres://user:', '@db:5432/app', 'leakgate:allow', '${VAR}', 'changeme', '\n', '\r\n', '"', "'", ' ', '\t', '=', ':', '\\n', '%41', '\\u0041', '\u0000') },
      { weight: 2, arbitrary: chars(`${ALNUM}+/=_-.`, 8, 64) },
      { weight: 1, arbitrary: encodedPiece },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

// --- properties -------------------------------------------------------------------------------

describe('diff parser (createDiffParser, unquotePath)', () => {
  it('any lines: no throw; every file event has as many line numbers as added lines', () => {
    const line = fc.oneof(anyText, contentLine, fc.constantFrom('diff --git ', 'diff --git "a/x', 'diff --cc ', '@@ -1 +1 @@', '@@@ -1 -1 +1 @@@', '+++ "b/\\', 'rename to ', 'index abc..def 160000', 'Binary files a and b differ', '\u0000\u0000', '\\'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        for (const event of typedOnly(() => parseLines(lines)) ?? []) {
          if (event.kind !== 'file') continue;
          expect(typeof event.file.path).toBe('string');
          expect(event.file.lineNumbers).toHaveLength(event.file.added.length);
          expect(event.file.lineNumbers.every(Number.isFinite)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('git-shaped logs (quoted paths, renames, merges, binaries, symlinks): commits, paths, added lines and line numbers round-trip', () => {
    fc.assert(
      fc.property(diffLog, ({ lines, events }) => {
        expect(parseLines(lines)).toEqual(events);
      }),
      RUNS,
    );
  });

  it('unquotePath undoes git quoting of any path, and never throws on a broken quote', () => {
    fc.assert(
      fc.property(gitPath, fc.boolean(), anyText, (path, octalHigh, broken) => {
        expect(unquotePath(gitQuote(path, octalHigh))).toBe(path);
        expect(typeof unquotePath(`"${broken}`)).toBe('string');
      }),
      RUNS,
    );
  });

  // Regression (src/sources/parse-diff.ts, unquotePath): it walked the quoted path by UTF-16 code
  // unit and UTF-8-encoded each one, so a character outside the BMP (an emoji) left raw by git
  // (core.quotepath=false) became two U+FFFD: `history` and `staged` reported 😀"q.txt as ��"q.txt.
  it('unquotePath keeps characters outside the BMP (emoji) in a quoted path', () => {
    expect(unquotePath('"b/\u{1F600}\\"q.txt"')).toBe('b/\u{1F600}"q.txt');
    fc.assert(
      fc.property(gitPath.filter((path) => /[\ud800-\udbff]/.test(path)), (path) => {
        expect(unquotePath(gitQuote(path, false))).toBe(path);
      }),
      RUNS,
    );
  });
});

describe('rules and config loaders (parseRuleset, compileRule, translateRegex)', () => {
  it('TOML-ish documents: parsed, compiled and run, or refused with a LeakgateError', () => {
    fc.assert(
      fc.property(tomlDocument, (text) => {
        typedOnly(() => {
          const ruleset = parseRuleset(text, 'prop.toml');
          const rules = ruleset.rules.map(compileRule);
          const allowlists = ruleset.allowlists.map((spec) => compileAllowlist(spec, 'prop.toml'));
          // A fuzzed regex may backtrack: a 12-character text keeps that bounded.
          createDetector(rules, allowlists, { includeInvalid: true }).detect({ path: 'a/b.env', text: 'k=Ab1_x-Y9 \n', startLine: 1 });
        });
      }),
      RUNS,
    );
  });

  it('any regex and path strings: a global RegExp or a LeakgateError', () => {
    fc.assert(
      fc.property(regexSource, fc.option(pathPattern, { nil: undefined }), pathPattern, fc.boolean(), (regex, path, allow, multiline) => {
        const rule = typedOnly(() => compileRule({ ...baseRuleSpec, regex, path, multiline, allowlists: [{ ...baseAllowlist, regexes: [allow], paths: [allow] }] }));
        if (rule === undefined) return;
        expect(rule.regex).toBeInstanceOf(RegExp);
        expect(rule.regex.global).toBe(true);
        rule.regex.exec('token=abc123');
      }),
      RUNS,
    );
  });

  it('file-name globs (at most one *) matched without micromatch answer as micromatch does ({ dot: true, basename: true })', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9._-]{1,12}$/);
    const pattern = fc.oneof(
      name,
      name.map((rest) => `*${rest}`),
      fc.tuple(name, name).map(([head, tail]) => `${head}*${tail}`),
      name.map((head) => `${head}*`),
      fc.constantFrom('*.map', '*.min.js', 'yarn.lock', '*.', '*..', '*-', '.env', '*.env', '*', 'messages*.properties', '.*', '..*', 'a*a', '.*.'),
    );
    const segment = fc.oneof(name, fc.stringMatching(/^[ -~]{0,8}$/), fc.constantFrom('.', '..', '', '.git', 'a b', 'x.min.js', '.map', 'yarn.lock', 'é.js', 'a\\b.map', '*.map', '[x].lock', 'messages.properties', 'messages_fr.properties', 'a', 'aa', '...'));
    const path = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));
    fc.assert(
      fc.property(pattern, fc.array(path, { minLength: 1, maxLength: 8 }), (glob, paths) => {
        const fast = simpleBasenameMatcher(glob);
        expect(fast).toBeDefined();
        const reference = micromatch.matcher(glob, { dot: true, basename: true });
        // Names made from the glob itself: the star empty, one character, a slash; the parts alone,
        // and overlapping (a*a against "a").
        const [head = '', tail = ''] = glob.split('*');
        const near = [glob.replace('*', ''), glob.replace('*', 'x'), glob.replace('*', '/'), head, tail, head + tail.slice(1), head.slice(0, -1) + tail, `d/${head}${tail}`];
        for (const candidate of [...paths, ...near]) expect([glob, candidate, fast?.(candidate)]).toEqual([glob, candidate, reference(candidate)]);
      }),
      { numRuns: 2000 },
    );
    expect(simpleBasenameMatcher('src/*.js')).toBeUndefined();
    expect(simpleBasenameMatcher('*.{js,ts}')).toBeUndefined();
    expect(simpleBasenameMatcher('**/*.lock')).toBeUndefined();
  });

  // Regression (src/rules/compile-pattern.ts, compilePathMatcher): micromatch's own errors escaped
  // untyped: `path = ""` or `paths = [""]` threw TypeError "Expected pattern to be a non-empty
  // string", a glob over 65,536 characters SyntaxError "Input length … exceeds maximum allowed
  // length", and the CLI printed "internal error: … (please report this)".
  it('an empty or over-long path glob is refused with a LeakgateError naming the rule', () => {
    for (const pattern of ['', '*'.repeat(70_000)]) {
      for (const spec of [
        { ...baseRuleSpec, path: pattern },
        { ...baseRuleSpec, allowlists: [{ ...baseAllowlist, paths: [pattern] }] },
      ]) {
        let thrown: unknown;
        try {
          compileRule(spec);
        } catch (error) {
          thrown = error;
        }
        expect(isLeakgateError(thrown)).toBe(true);
        expect((thrown as Error).message).toContain('rule "prop"');
      }
    }
  });

  it('translateRegex never throws: a translation (flags within i, m, s, u) or a reason', () => {
    fc.assert(
      fc.property(regexSource, (pattern) => {
        const result = translateRegex(pattern);
        if (result.ok) expect(result.flags).toMatch(/^[imsu]*$/);
        else expect(result.reason).not.toBe('');
      }),
      RUNS,
    );
  });

  it('translateRegex keeps what RE2 and JavaScript agree on: named groups and \\z match as in RE2', () => {
    fc.assert(
      fc.property(chars('ab', 1, 6), chars('ab', 0, 8), (body, text) => {
        const result = translateRegex(`(?P<v>${body})\\z`);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const match = new RegExp(result.source, result.flags).exec(text);
        expect(match?.groups?.['v'] ?? null).toBe(text.endsWith(body) ? body : null);
      }),
      RUNS,
    );
  });
});

describe('baseline reader (parseBaseline)', () => {
  it('any text: a baseline or a LeakgateError; what parses serializes back to the same baseline', () => {
    fc.assert(
      fc.property(baselineText, (text) => {
        const baseline = typedOnly(() => parseBaseline(text, 'prop.json'));
        if (baseline === undefined) return;
        const again = parseBaseline(serializeBaseline(baseline), 'again.json');
        expect(again.salt).toBe(baseline.salt);
        expect(new Set(again.entries.map((entry) => JSON.stringify(entry)))).toEqual(new Set(baseline.entries.map((entry) => JSON.stringify(entry))));
      }),
      RUNS,
    );
  });

  it('a valid baseline survives serialize → parse unchanged (entries sorted)', () => {
    fc.assert(
      fc.property(validBaseline, (baseline) => {
        const parsed = parseBaseline(serializeBaseline(baseline), 'prop.json');
        expect(parsed.entries).toHaveLength(baseline.entries.length);
        expect(serializeBaseline(parsed)).toBe(serializeBaseline(baseline));
      }),
      RUNS,
    );
  });
});

describe('decoders (findEncoded)', () => {
  it('any text: no throw, every decoded run lies within the text', () => {
    fc.assert(
      fc.property(encodedText, (text) => {
        for (const found of findEncoded(text)) {
          expect(Number.isInteger(found.start) && Number.isInteger(found.end)).toBe(true);
          expect(found.start).toBeGreaterThanOrEqual(0);
          expect(found.start).toBeLessThan(found.end);
          expect(found.end).toBeLessThanOrEqual(text.length);
          expect(typeof found.text).toBe('string');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('the skipping run finder finds exactly the runs a plain regex finds', () => {
    const reference = (text: string) =>
      [...text.matchAll(/[A-Za-z0-9+/_-]{24,}/g)].flatMap((m) => {
        const run = m[0];
        const start = m.index;
        const hasDigit = /[0-9]/.test(run);
        if (/^[0-9A-Fa-f]+$/.test(run) && hasDigit && /[A-Fa-f]/.test(run)) return [{ start, end: start + run.length, kind: 'hex' }];
        if (/[A-Z]/.test(run) && /[a-z]/.test(run) && hasDigit) return [{ start, end: start + run.length, kind: 'base64' }];
        return [];
      });
    const runsText = fc
      .array(fc.oneof(fc.constantFrom(' ', '\n', '"', '=', '.', 'é'), fc.stringMatching(/^[A-Za-z0-9+/_-]{1,40}$/)), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(runsText, (text) => {
        expect(candidateRuns(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('a base64 run passed over undecoded (mayBeText false) never decodes to text looksLikeText keeps', () => {
    // Runs near the bound: base64 of mostly printable text with a few other characters (accents,
    // emoji, control bytes, raw bytes), as base64 or base64url, plus runs of random characters.
    const extra = fc.constantFrom('é', 'ü', '€', '😀', '\u0001', '\u00ff');
    const mostlyText = fc
      .tuple(fc.array(fc.oneof({ weight: 6, arbitrary: printable }, { weight: 1, arbitrary: extra }), { minLength: 1, maxLength: 8 }), fc.boolean(), fc.boolean())
      .map(([parts, url, raw]) => {
        const bytes = raw ? Buffer.from(parts.join(''), 'latin1') : Buffer.from(parts.join(''));
        return bytes.toString(url ? 'base64url' : 'base64').replace(/=+$/, '');
      });
    const randomRun = fc.stringMatching(/^[A-Za-z0-9+/_-]{24,120}$/);
    fc.assert(
      fc.property(fc.oneof(mostlyText, randomRun), (run) => {
        fc.pre(run.length >= 24);
        if (mayBeText(run, 0, run.length)) return;
        const decoded = Buffer.from(run, /[-_]/.test(run) ? 'base64url' : 'base64').toString('utf8');
        expect(looksLikeText(decoded)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('printable text in base64 between separators is decoded back, at its place', () => {
    fc.assert(
      fc.property(printable, fc.constantFrom(' ', '"', '\n', ':'), fc.constantFrom(' ', '"', '\n', ','), (plain, before, after) => {
        const encoded = Buffer.from(plain).toString('base64');
        const run = encoded.replace(/=+$/, '');
        // A candidate by design mixes upper case, lower case and digits, and is not all hex.
        fc.pre(/[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run) && /[^0-9A-Fa-f]/.test(run));
        const text = `x${before}${encoded}${after}y`;
        const found = findEncoded(text).find((item) => item.how === 'base64');
        expect(found?.text).toBe(plain);
        expect(text.slice(found?.start, found?.end)).toBe(encoded);
      }),
      RUNS,
    );
  });
});

describe('entropy (shannonEntropy)', () => {
  it('0 ≤ H ≤ log2(length), H ≤ log2(distinct characters), and 0 for one repeated character', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const h = shannonEntropy(text);
        const distinct = new Set(Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))).size;
        expect(h).toBeGreaterThanOrEqual(0);
        if (text.length > 0) expect(h).toBeLessThanOrEqual(Math.log2(text.length) + 1e-9);
        if (distinct > 0) expect(h).toBeLessThanOrEqual(Math.log2(distinct) + 1e-9);
        if (distinct <= 1) expect(h).toBe(0);
      }),
      RUNS,
    );
  });

  it('is the same for any order of the same characters', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), (text, seed) => {
        const units = Array.from({ length: text.length }, (_, i) => text[i] as string);
        const shuffled = units.map((unit, i) => [unit, (i * 2654435761 + seed) % 4294967296] as const).sort((a, b) => a[1] - b[1]).map(([unit]) => unit).join('');
        expect(shannonEntropy(shuffled)).toBeCloseTo(shannonEntropy(text), 9);
      }),
      RUNS,
    );
  });
});

describe('offset to line mapping (createLineIndex)', () => {
  it('position and lineAt agree with counting newlines, for every offset and any first line', () => {
    const text = fc.array(fc.oneof(fc.constantFrom('\n', '\n\n', '\r\n', 'a', 'bc', '\u00e9', '\ud83d\ude00'), anyText), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 10_000 }), (body, firstLine) => {
        const index = createLineIndex(body, firstLine);
        for (let offset = 0; offset <= body.length; offset++) {
          const before = body.slice(0, offset);
          const start = before.lastIndexOf('\n') + 1;
          const next = body.indexOf('\n', start);
          expect(index.position(offset)).toEqual({ line: firstLine + before.split('\n').length - 1, column: offset - start + 1 });
          expect(index.lineAt(offset)).toEqual({ start, end: next === -1 ? body.length : next });
        }
      }),
      RUNS,
    );
  });

  it('with explicit line numbers (a diff hunk), position reports them', () => {
    fc.assert(
      fc.property(fc.array(chars('ab ', 0, 5), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 1000 }), (lines, first) => {
        const numbers = lines.map((_, i) => first + i * 3);
        const index = createLineIndex(lines.join('\n'), first, numbers);
        let offset = 0;
        lines.forEach((line, i) => {
          expect(index.position(offset + line.length)).toEqual({ line: numbers[i], column: line.length + 1 });
          offset += line.length + 1;
        });
      }),
      RUNS,
    );
  });
});

describe('detector (createDetector with the built-in rules)', () => {
  const config = loadConfig(ROOT, undefined, ROOT);
  const detectors = [false, true].map((includeInvalid) => createDetector(config.rules, config.allowlists, { includeInvalid }));
  const pathOnly = new Set(config.rules.filter((rule) => rule.pathOnly).map((rule) => rule.id));

  it('any text: no throw; every finding lies within the text, and the secret sits at its line and column', () => {
    const paths = fc.constantFrom('src/app.js', '.env', 'id_rsa', 'config/secrets.yml', 'x.p12', 'dist/app.min.js', '-');
    fc.assert(
      fc.property(detectorText, paths, fc.boolean(), (text, path, includeInvalid) => {
        const { findings } = (detectors[includeInvalid ? 1 : 0] as ReturnType<typeof createDetector>).detect({ path, text, startLine: 1 });
        const lines = text.split('\n');
        for (const finding of findings) {
          expect(finding.line).toBeGreaterThanOrEqual(1);
          expect(finding.endLine).toBeGreaterThanOrEqual(finding.line);
          expect(finding.endLine).toBeLessThanOrEqual(lines.length);
          expect(finding.column).toBeGreaterThanOrEqual(1);
          expect(finding.column).toBeLessThanOrEqual((lines[finding.line - 1] as string).length + 1);
          expect(finding.secret).not.toBe('');
          if (pathOnly.has(finding.ruleId) || finding.decoded) continue;
          const offset = lines.slice(0, finding.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + finding.column - 1;
          expect(text.startsWith(finding.secret, offset)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('a valid GitHub token planted anywhere in any text is found, at its place', () => {
    fc.assert(
      fc.property(detectorText, githubToken, detectorText, fc.constantFrom(' ', '\n', '"', '=', ':'), (before, token, after, separator) => {
        const text = `${before}${separator}${token}${separator}${after}`;
        const found = (detectors[0] as ReturnType<typeof createDetector>).detect({ path: 'src/app.js', text, startLine: 1 }).findings;
        // An inline marker on the same line, or the token fused into a longer word, may hide it by design.
        const line = text.slice(text.lastIndexOf('\n', before.length) + 1).split('\n')[0] as string;
        fc.pre(!/leakgate:allow|gitleaks:allow|pragma: ?allowlist/.test(line));
        expect(found.map((finding) => finding.secret)).toContain(token);
      }),
      RUNS,
    );
  });

  it('the keyword index finds every occurrence of every keyword, case-insensitively', () => {
    const base = compileRule(baseRuleSpec);
    fc.assert(
      fc.property(fc.array(fc.array(chars('abAB_-', 0, 4), { maxLength: 3 }), { minLength: 1, maxLength: 6 }), chars('abAB_- ', 0, 60), (keywordSets, text) => {
        const rules: Rule[] = keywordSets.map((keywords, i) => ({ ...base, id: `r${i}`, keywords: keywords.map((word) => word.toLowerCase()) }));
        const index = buildKeywordIndex(rules);
        const hits = index.findHits(text);
        const lower = text.toLowerCase();
        rules.forEach((rule, i) => {
          if (index.alwaysRun.includes(i)) {
            expect(rule.keywords.length === 0 || rule.keywords.some((word) => word === '')).toBe(true);
            return;
          }
          const expected: number[] = [];
          for (let at = 0; at < text.length; at++) if (rule.keywords.some((word) => lower.startsWith(word, at))) expected.push(at);
          expect([...new Set(hits.get(i) ?? [])].sort((a, b) => a - b)).toEqual(expected);
        });
      }),
      RUNS,
    );
  });
});
