import { describe, expect, it } from 'vitest';
import { fakeGithubToken, fakePassword } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

describe('allowlists aimed at some rules', () => {
  it('lockfiles and bundles are out of reach of generic rules only: a provider token there is still found', async () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    const password = `password: "${fakePassword()}"\n`;
    writeFiles(dir, { 'package-lock.json': `${password}"token": "${token}"\n`, 'dist/app.min.js': password, 'src/config.yml': password });
    const findings = JSON.parse((await runCli(['scan', '-f', 'json'], { cwd: dir })).stdout).findings as Array<{ file: string; ruleId: string }>;
    expect(findings.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual(['package-lock.json github-pat', 'src/config.yml generic-password-assignment']);
  });

  it('a user allowlist with targetRules (gitleaks) applies to those rules only', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      '.leakgate.toml': `[[allowlists]]\ntargetRules = ["generic-password-assignment"]\npaths = ["fixtures/**"]\n`,
      'fixtures/a.yml': `password: "${fakePassword()}"\ntoken: ${fakeGithubToken()}\n`,
    });
    const findings = JSON.parse((await runCli(['scan', '-f', 'json'], { cwd: dir })).stdout).findings as Array<{ ruleId: string }>;
    expect(findings.map((f) => f.ruleId)).toEqual(['github-pat']);
  });
});
