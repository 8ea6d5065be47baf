// leakgate baseline --import: a detect-secrets .secrets.baseline carried over, verified by SHA-1.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { makeRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

/** A .secrets.baseline as `detect-secrets scan` writes it (version 1.x), with given results. */
const secretsBaseline = (results: Record<string, object[]>): string =>
  JSON.stringify({ version: '1.5.0', plugins_used: [{ name: 'GitHubTokenDetector' }], filters_used: [], results, generated_at: '2026-01-01T00:00:00Z' }, null, 2);

describe('leakgate baseline --import (detect-secrets)', () => {
  it('carries over the findings whose secret has the recorded SHA-1, with the audit verdict, and lists the rest', async () => {
    const repo = makeRepo();
    const token = fakeGithubToken();
    const other = fakeGithubToken();
    repo.write({ 'config.js': `// config\nconst token = "${token}";\n`, 'deploy.js': `const t = "${other}";\n` });
    writeFileSync(join(repo.dir, '.secrets.baseline'), secretsBaseline({
      'config.js': [{ type: 'GitHub Token', filename: 'config.js', hashed_secret: sha1(token), is_verified: false, line_number: 2, is_secret: false }],
      // Same file as another finding, but not its secret: nothing is carried over for it.
      'deploy.js': [{ type: 'GitHub Token', filename: 'deploy.js', hashed_secret: sha1('something else'), is_verified: false, line_number: 1 }],
      'old.py': [{ type: 'Secret Keyword', filename: 'old.py', hashed_secret: sha1('gone'), is_verified: false, line_number: 3 }],
    }));
    const imported = await runCli(['baseline', '--import', '.secrets.baseline'], { cwd: repo.dir });
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('1 imported from .secrets.baseline');
    expect(imported.stderr).toContain('2 results of .secrets.baseline not carried over');
    expect(imported.stderr).toContain('old.py:3 Secret Keyword');
    const written = readFileSync(join(repo.dir, '.leakgate-baseline.json'), 'utf8');
    expect(written).not.toContain(token);
    expect(written).not.toContain(sha1(token));
    expect(JSON.parse(written).entries).toEqual([expect.objectContaining({ ruleId: 'github-pat', file: 'config.js', status: 'false-positive', note: 'imported from detect-secrets (GitHub Token)' })]);
    // Migrated: the detect-secrets file goes (its hashed_secret values look like secrets to a scan).
    rmSync(join(repo.dir, '.secrets.baseline'));
    const scan = await runCli(['scan', '.', '-f', 'json'], { cwd: repo.dir });
    expect(scan.code).toBe(1);
    expect(JSON.parse(scan.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['deploy.js']);
  });

  it('refuses a file that is not a detect-secrets baseline (exit 2)', async () => {
    const repo = makeRepo();
    writeFileSync(join(repo.dir, '.secrets.baseline'), '{"version": "1.5.0"}');
    const result = await runCli(['baseline', '--import', '.secrets.baseline'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not a detect-secrets baseline (no "results" object)');
  });
});
