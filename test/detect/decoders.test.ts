import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/detector.js';
import { findEncoded, looksLikeText } from '../../src/detect/decoders.js';
import { loadConfig } from '../../src/config/load-config.js';
import { fakeGithubToken, fakePassword } from '../helpers/fake-secrets.js';
import { tempDir } from '../helpers/temp-dir.js';

const config = loadConfig(tempDir(), undefined);
const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false });
const detect = (text: string, path = 'config.txt') => detector.detect({ path, text, startLine: 1 }).findings;

describe('decoding', () => {
  const token = fakeGithubToken();

  it.each([
    ['base64', Buffer.from(`token=${token}`).toString('base64')],
    ['base64url', Buffer.from(`{"k":"${token}"}??>>`).toString('base64url')],
    ['hex', Buffer.from(`token=${token}`).toString('hex')],
    ['percent', encodeURIComponent(`{"token": "${token}"}`)],
    ['unicode-escape', [...`token=${token}`].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')],
  ])('finds a token hidden by %s, at the place of the encoded text', (how, encoded) => {
    const findings = detect(`first line\nvalue: "${encoded}"\n`);
    const decoded = findings.find((f) => f.secret === token);
    expect(decoded).toMatchObject({ ruleId: 'github-pat', line: 2, column: 9, decoded: how === 'base64url' ? 'base64' : how });
  });

  it('decodes two levels deep (base64 of hex), and no deeper', () => {
    const hex = Buffer.from(`token=${token}`).toString('hex');
    const twice = Buffer.from(hex).toString('base64');
    expect(detect(`v = ${twice}\n`).find((f) => f.secret === token)?.decoded).toBe('base64>hex');
    const thrice = Buffer.from(Buffer.from(twice).toString('hex')).toString('base64');
    expect(detect(`v = ${thrice}\n`).find((f) => f.secret === token)).toBeUndefined();
  });

  it('decodes the data of a Kubernetes Secret with its key names, so generic rules see "password: …"', () => {
    const password = fakePassword();
    const manifest = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: db',
      'data:',
      `  DB_PASSWORD: ${Buffer.from(password).toString('base64')}`,
      `  GITHUB_TOKEN: ${Buffer.from(token).toString('base64')}`,
    ].join('\n');
    const findings = detect(manifest, 'k8s/secret.yaml');
    expect(findings.find((f) => f.secret === token)).toMatchObject({ line: 7, decoded: 'kubernetes-secret' });
    expect(findings.find((f) => f.secret === password)).toMatchObject({ line: 6, decoded: 'kubernetes-secret' });
    // The token's base64 is also a base64 run of its own: read both ways, it is still one finding.
    expect(findings.filter((f) => f.secret === token)).toHaveLength(1);
  });

  it('decodes a Kubernetes Secret value written as a YAML block scalar (key: | or key: >- and the base64 below)', () => {
    const password = fakePassword();
    const manifest = (indicator: string): string => [
      'apiVersion: v1',
      'kind: Secret',
      'data:',
      `  DB_PASSWORD: ${indicator}`,
      `    ${Buffer.from(password).toString('base64')}`,
      'metadata:',
      '  name: db',
    ].join('\n');
    for (const indicator of ['|', '>', '>-']) {
      expect(detect(manifest(indicator), 'k8s/secret.yaml').find((f) => f.secret === password)).toMatchObject({ line: 4, decoded: 'kubernetes-secret' });
    }
    // A ConfigMap's block scalar is not decoded.
    expect(detect(manifest('|').replace('kind: Secret', 'kind: ConfigMap'), 'k8s/cm.yaml').find((f) => f.secret === password)).toBeUndefined();
  });

  it('reads code inside a JSON string (a notebook cell, JSON in a JSON value) with its quotes unescaped', () => {
    const password = fakePassword();
    const notebook = JSON.stringify({ cells: [{ cell_type: 'code', source: ['import psycopg2\n', `DB_PASSWORD = "${password}"\n`] }] }, null, 1);
    const line = notebook.split('\n').findIndex((l) => l.includes('DB_PASSWORD')) + 1;
    expect(detect(notebook, 'analysis.ipynb').find((f) => f.secret === password)).toMatchObject({ ruleId: 'generic-password-assignment', line, decoded: 'json-string' });
    const nested = JSON.stringify({ env: JSON.stringify({ password }) });
    expect(detect(nested, 'task.json').find((f) => f.secret === password)?.decoded).toBe('json-string');
    // Markup in a string literal has escaped quotes too, but no secret-like name: not decoded.
    expect(findEncoded('const html = "<div class=\\"card\\" id=\\"main\\">";')).toEqual([]);
  });

  it('an inline allow marker on the encoded line suppresses the decoded finding', () => {
    const encoded = Buffer.from(`token=${token}`).toString('base64');
    expect(detect(`v = "${encoded}" # leakgate:allow\n`)).toEqual([]);
  });

  it('leaves binary and non-text payloads alone', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, ...Array.from({ length: 60 }, (_, i) => (i * 37) % 256)]).toString('base64');
    expect(findEncoded(`img = "${png}"`)).toEqual([]);
    expect(looksLikeText('hello world, plain')).toBe(true);
    expect(looksLikeText('\u0000\u0001\u0002abcdefgh')).toBe(false);
  });
});
