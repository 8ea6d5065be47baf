// A large file is scanned in pieces by several workers: the pieces together must report exactly
// what the whole file reports, each finding once, on its own line.
import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { createDetector } from '../../src/detect/detector.js';
import type { Finding } from '../../src/detect/types.js';
import { keepOwned, splitRaw, SPLIT } from '../../src/scan/split-fragment.js';
import { decodeFragment, type RawFragment } from '../../src/sources/source-item.js';
import { fakeAwsKeyId, fakeGithubToken, fakePassword, fakeStripeKey } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const config = loadConfig(tempDir(), undefined);
const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false });
const pathOnly = new Set(config.rules.filter((rule) => rule.pathOnly).map((rule) => rule.id));
const shape = (findings: readonly Finding[]): string[] =>
  findings.map((f) => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.secret}`).sort();

const whole = (fragment: RawFragment): string[] => shape(detector.detect(decodeFragment(fragment)).findings);
const inPieces = (pieces: readonly RawFragment[]): string[] =>
  shape(
    pieces.flatMap((piece) => {
      const found = detector.detect(decodeFragment(piece));
      return piece.owns ? keepOwned(found, piece.owns, (id) => pathOnly.has(id)).findings : found.findings;
    }),
  );

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('splitting a large file into pieces', () => {
  it('the pieces report exactly what the whole text reports (small pieces, code-like lines, secrets anywhere)', () => {
    const secret = fc.constantFrom(
      () => `password = "${fakePassword()}"`,
      () => `const token = '${fakeGithubToken()}';`,
      () => `aws_access_key_id = ${fakeAwsKeyId()}`,
      () => `stripe: ${fakeStripeKey()}`,
      () => `export API_KEY=${fakePassword()}`,
      () => `blob = "${Buffer.from(`password=${fakePassword()}`).toString('base64')}"`,
    );
    const filler = fc.stringMatching(/^[ -~]{0,120}$/).map((s) => `  ${s} // ${s.length}`);
    const line = fc.oneof({ weight: 1, arbitrary: secret.map((make) => make()) }, { weight: 6, arbitrary: filler });
    let splitSamples = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 100, maxLength: 400 }), fc.boolean(), (lines, trailingNewline) => {
        const text = lines.join('\n') + (trailingNewline ? '\n' : '');
        const fragment: RawFragment = { path: 'src/config.js', raw: bytes(text), startLine: 1 };
        // Context of 4 KiB: more than a line window's reach (1 KiB each side, 2 lines after).
        const pieces = [...splitRaw(fragment, { piece: 1024, context: 4096 })];
        if (pieces.length > 1) splitSamples++;
        expect(inPieces(pieces)).toEqual(whole(fragment));
        // The pieces own consecutive lines, from the first line on, and only the first one is first.
        pieces.forEach((piece, i) => {
          if (!piece.owns) return;
          expect(piece.owns.first).toBe(i === 0);
          expect(piece.owns.fromLine).toBe(i === 0 ? 1 : pieces[i - 1]?.owns?.toLine);
          expect(piece.startLine).toBeLessThanOrEqual(piece.owns.fromLine);
        });
      }),
      { numRuns: 200 },
    );
    // Not vacuous: enough samples were long enough to be cut (about 120 of 200 are; 99 was seen once
    // in CI, so the bound is a quarter, far below what fast-check's small-first sizes give).
    expect(splitSamples).toBeGreaterThan(50);
  });

  it('each piece of a Buffer (a changed file read by the diff route) owns its bytes: handing one over leaves the next readable', () => {
    const raw = Buffer.from(Array.from({ length: 4000 }, (_, i) => `line ${i} of a large changed file`).join('\n'));
    const seen: string[] = [];
    for (const piece of splitRaw({ path: 'big.js', raw, startLine: 1 }, { piece: 8192, context: 4096 })) {
      seen.push(Buffer.from(piece.raw).toString('utf8', 0, 12));
      structuredClone(piece.raw, { transfer: [piece.raw.buffer as ArrayBuffer] });
    }
    expect(seen.length).toBeGreaterThan(3);
    expect(raw.toString('utf8', 0, 6)).toBe('line 0');
  });

  it('a rule on the file name reports once, from the first piece', () => {
    const text = Array.from({ length: 4000 }, (_, i) => `line ${i} of an environment file`).join('\n');
    const fragment: RawFragment = { path: 'deploy/.env.production', raw: bytes(text), startLine: 1 };
    const pieces = [...splitRaw(fragment, { piece: 8192, context: 4096 })];
    expect(pieces.length).toBeGreaterThan(5);
    expect(inPieces(pieces)).toEqual(whole(fragment));
    expect(whole(fragment).some((finding) => finding.startsWith('sensitive-file-dotenv'))).toBe(true);
  });

  it('cuts only UTF-8 text: UTF-16 and binary files stay whole; a NUL deep in a UTF-8 file does not make a piece binary', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `line ${i}: nothing to see`);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\n'), 'utf16le')]);
    expect([...splitRaw({ path: 'a.txt', raw: new Uint8Array(utf16), startLine: 1 }, { piece: 8192, context: 4096 })]).toHaveLength(1);
    const binary = bytes(`\u0000${lines.join('\n')}`);
    expect([...splitRaw({ path: 'a.bin', raw: binary, startLine: 1 }, { piece: 8192, context: 4096 })]).toHaveLength(1);
    // NUL bytes after the first 8,000 (a text file, as git sees it), some at the start of a piece.
    const withNul = [...lines];
    for (let i = 400; i < withNul.length; i += 350) withNul[i] = `\u0000${withNul[i] ?? ''}`;
    withNul[1500] = `password = "${fakePassword()}"`;
    const fragment: RawFragment = { path: 'dump.txt', raw: bytes(withNul.join('\n')), startLine: 1 };
    const pieces = [...splitRaw(fragment, { piece: 8192, context: 4096 })];
    expect(pieces.length).toBeGreaterThan(5);
    expect(whole(fragment)).toHaveLength(1);
    expect(inPieces(pieces)).toEqual(whole(fragment));
  });

  it('leaves a file whole when its lines are too long to cut at (minified code) or it is small', () => {
    const minified = bytes('x'.repeat(3 << 20));
    expect([...splitRaw({ path: 'a.min.js', raw: minified, startLine: 1 }, { piece: 1 << 20, context: 4096 })]).toHaveLength(1);
    expect([...splitRaw({ path: 'a.js', raw: bytes('a\n'.repeat(1000)), startLine: 1 })]).toHaveLength(1);
  });

  it('leakgate scan finds each secret of a 12 MB file once, on its line, a private key across a cut included', async () => {
    const dir = tempDir();
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const lines: string[] = [];
    const expected: Array<{ line: number; rule: string }> = [];
    let size = 0;
    const push = (text: string): void => {
      lines.push(text);
      size += text.length + 1;
    };
    const plant = (text: string, rule: string): void => {
      expected.push({ line: lines.length + 1, rule });
      push(text);
    };
    plant(`GITHUB_TOKEN=${fakeGithubToken()}`, 'github-pat');
    let n = 0;
    for (const cut of [1, 2]) {
      // Ordinary lines up to just before the cut near cut × 4 MiB, then secrets around it.
      while (size < cut * SPLIT.piece - 300) push(`  const value${n++} = compute(options.items[${n}], "segment-${n}");`);
      plant(`aws_access_key_id = ${fakeAwsKeyId()}`, 'aws-access-key-id');
      const pemLines = privateKey.trim().split('\n');
      plant(pemLines[0] as string, 'private-key-pkcs8');
      for (const pemLine of pemLines.slice(1)) push(pemLine);
      plant(`stripe_key: ${fakeStripeKey()}`, 'stripe-live-secret-key');
    }
    while (size < 12 << 20) push(`  const value${n++} = compute(options.items[${n}], "segment-${n}");`);
    plant(`password = "${fakePassword()}"`, 'generic-password-assignment');
    writeFiles(dir, { 'big.js': `${lines.join('\n')}\n` });
    const result = await runCli(['scan', 'big.js', '--format', 'json', '--max-file-size', String(64 << 20), '--no-progress'], { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; line: number }> };
    const found = report.findings.map((finding) => ({ line: finding.line, rule: finding.ruleId }));
    for (const want of expected) expect(found.filter((got) => got.line === want.line), `${want.rule} on line ${want.line}`).toHaveLength(1);
    expect(found.map((got) => got.line).sort((a, b) => a - b)).toEqual(expected.map((want) => want.line));
  });
});
