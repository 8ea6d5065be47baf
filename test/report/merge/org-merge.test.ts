// The merge step for real: reports produced by scanning several temp repositories with fake
// secrets (the same token in two of them), one scan that fails, merged in every format.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeAwsKeyId, fakeGithubToken, fakePassword } from '../../helpers/fake-secrets.js';
import { makeRepo } from '../../helpers/git-repo.js';
import { runCli } from '../../helpers/run-cli.js';
import { sarifErrors } from '../../helpers/sarif-schema.js';
import { tempDir } from '../../helpers/temp-dir.js';

const KEY = 'org-key-for-tests-0123456789abcdef';
const shared = fakeGithubToken();
const other = fakeAwsKeyId();
const secrets = [shared, other];
const reports = tempDir('leakgate-reports-');
const FORMATS = ['text', 'json', 'sarif', 'csv', 'markdown', 'html'] as const;
const outputs: Record<string, string> = {};
const codes: Record<string, number> = {};

/** Plain hashes a guesser could test against: none may appear in a merged output. */
const plainHashes = (secret: string): string[] =>
  ['sha256', 'sha1', 'md5'].map((algorithm) => createHash(algorithm).update(secret).digest('hex'));

beforeAll(async () => {
  const a = makeRepo();
  a.commit('add the token', { 'config/app.env': `GITHUB_TOKEN=${shared}\n` });
  const b = makeRepo();
  b.commit('add the token', { 'deploy.sh': `export GH_TOKEN=${shared}\n` });
  b.commit('remove it', { 'deploy.sh': 'export GH_TOKEN="$(vault read gh)"\n' });
  const c = makeRepo();
  c.commit('aws', { 'aws.cfg': `aws_access_key_id = ${other}\n` });
  const env = { LEAKGATE_ORG_KEY: KEY };
  for (const [repo, name] of [[a, 'acme/api'], [b, 'acme/deploy'], [c, 'acme/infra']] as const) {
    const out = join(reports, `${name.replace('/', '-')}.json`);
    const result = await runCli(['history', '--repo', name, '-f', 'json', '-o', out], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
  }
  // A scan that fails (not a repository) still leaves a report, holding its error.
  const broken = await runCli(['history', '--repo', 'acme/broken', '-f', 'json', '-o', join(reports, 'acme-broken.json')], { cwd: tempDir(), env });
  expect(broken.code).toBe(2);
  for (const format of FORMATS) {
    const out = join(tempDir(), `merged.${format}`);
    const result = await runCli(['report', 'merge', reports, '-f', format, '-o', out], { cwd: reports });
    codes[format] = result.code;
    outputs[format] = readFileSync(out, 'utf8');
  }
}, 60_000);

describe('report merge on real scans', () => {
  it('exits 1 (findings) in every format', () => {
    for (const format of FORMATS) expect(codes[format], format).toBe(1);
  });

  it('stamps each finding with its repository and groups the shared token across repositories', () => {
    const merged = JSON.parse(outputs['json'] as string);
    expect(merged.merge).toEqual({ reports: 4, repositories: 4, findings: 3, failed: 1 });
    expect(merged.findings.map((f: { repository: string }) => f.repository)).toEqual(['acme/api', 'acme/deploy', 'acme/infra']);
    expect(merged.correlations).toHaveLength(1);
    const [group] = merged.correlations;
    expect(group.repositories).toBe(2);
    expect(group.atHead).toBe(1);
    expect(group.places.map((p: { repository: string; presentInHead: boolean }) => [p.repository, p.presentInHead])).toEqual([['acme/api', true], ['acme/deploy', false]]);
    expect(merged.failed).toEqual([expect.objectContaining({ repository: 'acme/broken', mode: 'history', code: 'git' })]);
  });

  it('lists the failed repository in every format', () => {
    for (const format of FORMATS) expect(outputs[format], format).toContain('acme/broken');
    const sarif = JSON.parse(outputs['sarif'] as string);
    const run = sarif.runs.find((r: { properties: { repository: string } }) => r.properties.repository === 'acme/broken');
    expect(run.invocations[0].executionSuccessful).toBe(false);
  });

  it('shows the correlation group in text, Markdown and SARIF', () => {
    for (const format of ['text', 'markdown', 'sarif']) expect(outputs[format], format).toMatch(/the same secret in 2 places in 2 repositories, still at HEAD in 1/);
  });

  it('writes valid SARIF 2.1.0 with one run per repository, each its own category', () => {
    const sarif = JSON.parse(outputs['sarif'] as string);
    expect(sarifErrors(sarif)).toEqual([]);
    expect(sarif.runs.map((r: { automationDetails: { id: string } }) => r.automationDetails.id)).toEqual(['leakgate/acme/api/', 'leakgate/acme/broken/', 'leakgate/acme/deploy/', 'leakgate/acme/infra/']);
  });

  it('holds no secret and no plain hash of one in any format', () => {
    const fingerprints = readFileSync(join(reports, 'acme-api.json'), 'utf8').match(/"fingerprint": "([0-9a-f]+)"/g) ?? [];
    expect(fingerprints.length).toBeGreaterThan(0);
    for (const format of FORMATS) {
      const text = outputs[format] as string;
      for (const secret of secrets) {
        expect(text, format).not.toContain(secret);
        expect(text, format).not.toContain(secret.slice(4, 20));
        for (const hash of plainHashes(secret)) expect(text, format).not.toContain(hash);
      }
      for (const line of fingerprints) expect(text, format).not.toContain(line.slice(16, -1));
    }
  });
});

describe('correlation keys', () => {
  it('writes no correlation value without a key', async () => {
    const repo = makeRepo();
    repo.commit('token', { 'a.env': `TOKEN=${fakeGithubToken()}\n` });
    const result = await runCli(['history', '-f', 'json'], { cwd: repo.dir, env: {} });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('correlation');
  });

  it('groups the same password in two .env files of one scan', async () => {
    const dir = tempDir();
    const password = fakePassword();
    writeFileSync(join(dir, '.env.development'), `DB_PASSWORD=${password}\n`);
    writeFileSync(join(dir, '.env.production'), `DB_PASSWORD=${password}\n`);
    const result = await runCli(['scan', '--no-color'], { cwd: dir, env: { LEAKGATE_ORG_KEY: KEY } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/the same secret in 2 places/);
    expect(result.stdout).toContain('.env.development:1');
    expect(result.stdout).not.toContain(password);
  });

  it('takes the key from --correlation-key-file, and refuses a short one (exit 2)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), `token=${fakeGithubToken()}\n`);
    writeFileSync(join(dir, 'key'), `${KEY}\n`);
    writeFileSync(join(dir, 'short'), 'abc\n');
    const fromFile = await runCli(['scan', 'a.txt', '-f', 'json', '--correlation-key-file', 'key'], { cwd: dir });
    const fromEnv = await runCli(['scan', 'a.txt', '-f', 'json'], { cwd: dir, env: { LEAKGATE_ORG_KEY: KEY } });
    expect(JSON.parse(fromFile.stdout).findings[0].correlation).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(fromFile.stdout).findings[0].correlation).toBe(JSON.parse(fromEnv.stdout).findings[0].correlation);
    const short = await runCli(['scan', 'a.txt', '--correlation-key-file', 'short'], { cwd: dir });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/short: the correlation key is 3 bytes, at least 16 are needed/);
  });
});
