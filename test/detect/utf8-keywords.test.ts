// The keyword pass over a text's UTF-8 bytes (WebAssembly, two chains over each window's halves)
// must give what the pass over the decoded string gives: the same hits at the same string
// indices, the same line starts, and so the same findings, whatever the text holds (characters of
// 2, 3 and 4 bytes, CRLF, keywords across a window's or a half's edge).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { createDetector } from '../../src/detect/detector.js';
import { buildKeywordIndex, keywordIndexFrom, keywordsKey } from '../../src/detect/keyword-index.js';
import { keywordIndexCachePath, readKeywordAutomaton } from '../../src/rules/keyword-index-cache.js';
import { decodeRaw } from '../../src/sources/source-item.js';
import { fakeGithubToken, fakePassword, fakeStripeKey } from '../helpers/fake-secrets.js';
import { tempDir } from '../helpers/temp-dir.js';

const config = loadConfig(tempDir(), undefined);
const saved = readKeywordAutomaton(keywordIndexCachePath(), keywordsKey(config.rules));
const index = saved ? keywordIndexFrom(saved) : buildKeywordIndex(config.rules);
const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false }, index);
const keywords = [...new Set(config.rules.flatMap((rule) => rule.keywords))];

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const both = (text: string): { readonly fromString: unknown; readonly fromBytes: unknown } => {
  const fromString = index.scanText(text);
  const fromBytes = index.scanUtf8(utf8(text));
  return { fromString: [[...fromString.hits], fromString.lineStarts], fromBytes: fromBytes && [[...fromBytes.hits], fromBytes.lineStarts] };
};

/** Pieces of text: keywords in any case, ASCII, characters of each UTF-8 length, line ends of both kinds. */
const piece = fc.oneof(
  fc.tuple(fc.constantFrom(...keywords), fc.boolean()).map(([word, upper]) => (upper ? word.toUpperCase() : word)),
  fc.stringMatching(/^[ -~]{0,40}$/),
  fc.constantFrom('é', 'ü', '€', '中文', '😀', '𝄞', '\n', '\r\n', '\t', '\u00a0', '\ufeff'),
);

describe('the keyword pass over UTF-8 bytes', () => {
  it('finds what the pass over the string finds, at the same string indices, with the same line starts', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), (pieces) => {
        const { fromString, fromBytes } = both(pieces.join(''));
        expect(fromBytes).toEqual(fromString);
      }),
      { numRuns: 400 },
    );
  });

  it('agrees over texts of several windows, with keywords on every edge (128 KiB windows, their halves)', () => {
    // A keyword every few bytes and a multi-byte character before most: whatever the split, some
    // straddle it, and the indices past it depend on the shift carried across it.
    const words = ['password', 'token', 'secret', 'api_key', 'https://', 'sk', 'pat', '${'];
    const parts: string[] = [];
    for (let i = 0, length = 0; length < 420_000; i++) {
      parts.push(`${i % 3 === 0 ? 'é' : i % 3 === 1 ? '😀' : ''}${words[i % words.length]}${i % 7 === 0 ? '\r\n' : ' '}`);
      length += (parts[i] as string).length;
    }
    for (const text of [parts.join(''), parts.join('').replace(/[^\x00-\x7f]/g, 'x')]) {
      const { fromString, fromBytes } = both(text);
      expect(fromBytes).toEqual(fromString);
      expect((fromBytes as [unknown[], number[]])[1].length).toBeGreaterThan(1000);
    }
  });

  it('agrees with the longest keyword at every offset around the edge of a half and of a window', () => {
    // A chain that starts early enough is in the automaton's state where it starts to count: one
    // byte too few misses only a longest keyword that ends just past the edge.
    const longest = keywords.reduce((a, b) => (b.length > a.length ? b : a));
    // `bytes` bytes of UTF-8, a quarter of them in 2-byte characters (the edges are in bytes).
    const filler = (bytes: number): string => `${'é'.repeat(Math.floor(bytes / 4))}${' x'.repeat(bytes)}`.slice(0, bytes - Math.floor(bytes / 4));
    for (const [size, edge] of [[3000, 1500], [300_000, 128 * 1024], [300_000, 64 * 1024]] as const) {
      for (let at = edge - longest.length - 40; at <= edge + 40; at++) {
        const text = `${filler(at)}${longest}${filler(size - at - longest.length)}`;
        const { fromString, fromBytes } = both(text);
        expect(fromBytes).toEqual(fromString);
      }
    }
  });

  it('leaves a keyword holding a newline to the string pass (it notes newlines without looking for keywords there)', () => {
    const own = buildKeywordIndex([{ ...(config.rules[0] as (typeof config.rules)[number]), id: 'nl', keywords: ['a\nb'] }]);
    expect(own.scanUtf8(utf8('a\nb'))).toBeUndefined();
    expect(own.scanText('a\nb').hits.get(0)).toEqual([0]);
  });
});

describe('detection from bytes', () => {
  it('reports the same findings, lines and columns as detection from the string, secrets after multi-byte characters included', () => {
    const secrets = [fakeGithubToken(), fakeStripeKey(), fakePassword()];
    const line = fc.oneof(
      fc.tuple(fc.constantFrom(...secrets), fc.boolean()).map(([secret, code]) => (code ? `const token = "${secret}";` : `password: "${secret}"`)),
      fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('').replace(/[\r\n]/g, '')),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 60 }), fc.constantFrom('\n', '\r\n'), (lines, end) => {
        const text = lines.join(end);
        const decoded = decodeRaw({ path: 'src/app.js', raw: utf8(text), startLine: 1 });
        // A leading byte-order mark is not text: decode-content.ts skips it, and TextDecoder drops one
        // more right after it (a text that starts with two loses both; found by this property, seed 776197459).
        expect(decoded.fragment.text).toBe(text.replace(/^\ufeff{1,2}/, ''));
        expect(decoded.utf8 && new TextDecoder('utf-8', { ignoreBOM: true }).decode(decoded.utf8)).toBe(decoded.fragment.text);
        expect(detector.detect(decoded.fragment, decoded.utf8)).toEqual(detector.detect(decoded.fragment));
      }),
      { numRuns: 150 },
    );
  });

  it('finds a token after multi-byte characters at its line and column in characters', () => {
    const token = fakeGithubToken();
    const text = `// ünïcödé 中文 😀\nconst a = "😀😀 ${token}";\r\n`;
    const decoded = decodeRaw({ path: 'src/app.js', raw: utf8(text), startLine: 1 });
    const found = detector.detect(decoded.fragment, decoded.utf8).findings.find((finding) => finding.secret === token);
    expect(found).toMatchObject({ line: 2, column: text.split('\n')[1]!.indexOf(token) + 1 });
  });

  it('is given bytes only when the text is exactly their decoding: valid UTF-8, byte-order mark dropped', () => {
    const bom = decodeRaw({ path: 'a.txt', raw: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('token = x')]), startLine: 1 });
    expect(bom.fragment.text).toBe('token = x');
    expect(bom.utf8 && new TextDecoder().decode(bom.utf8)).toBe('token = x');
    expect(bom.utf8?.length).toBe(9);
    // An invalid sequence is replaced by U+FFFD in the text: no bytes (the string pass reads it).
    const invalid = decodeRaw({ path: 'a.txt', raw: new Uint8Array([...utf8('token = '), 0xc3, 0x28]), startLine: 1 });
    expect(invalid.fragment.text).toContain('\ufffd');
    expect(invalid.utf8).toBeUndefined();
  });
});
