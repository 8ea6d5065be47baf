import { describe, expect, it } from 'vitest';
import { fakeGithubToken, fakePassword, randomFrom } from '../helpers/fake-secrets.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

describe('allowlists aimed at some rules', () => {
  it('lockfiles and bundles are out of reach of generic rules only: a provider token there is still found', async () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    const password = `password: "${fakePassword()}"\n`;
    writeFiles(dir, { 'package-lock.json': `${password}"token": "${token}"\n`, 'dist/app.min.js': password, '.yarn/releases/yarn-4.12.0.cjs': password, 'src/config.yml': password });
    const findings = JSON.parse((await runCli(['scan', '-f', 'json'], { cwd: dir })).stdout).findings as Array<{ file: string; ruleId: string }>;
    expect(findings.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual(['package-lock.json github-pat', 'src/config.yml generic-password-assignment']);
  });

  it('stylesheets hold declarations of style: generic rules stay out, a provider token in one is still found', async () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    // minified: one line, a custom property whose name holds a secret word, then more declarations
    writeFiles(dir, {
      'public/theme.css': `:root{--color-api-key:#0078e7;--map-token:"${randomFrom(ALNUM, 24)}"}.x{background:url(/i.png?t=${token})}\n`,
      'src/config.yml': `password: "${fakePassword()}"\n`,
    });
    const findings = JSON.parse((await runCli(['scan', '-f', 'json', '--confidence', 'low'], { cwd: dir })).stdout).findings as Array<{ file: string; ruleId: string }>;
    expect(findings.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual(['public/theme.css github-pat', 'src/config.yml generic-password-assignment']);
  });

  it("published sample credentials (RFC 7628's OAUTHBEARER token, Telegram's Bot API sample token) are documentation values", async () => {
    const dir = tempDir();
    const control = randomFrom(ALNUM, 28);
    writeFiles(dir, {
      'src/notify.php': `<?php\nreturn ['telegramBotToken' => '123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11'];\n`,
      'src/auth.rs': `pub fn sample() -> Credentials { Credentials::OAuthBearer { token: "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==" } }\n`,
      'src/other.php': `<?php\nreturn ['telegramBotToken' => '${control}'];\n`,
    });
    const findings = JSON.parse((await runCli(['scan', '-f', 'json', '--no-redact', '--confidence', 'low'], { cwd: dir })).stdout).findings as Array<{ file: string; secret: string }>;
    expect(findings.map((f) => `${f.file} ${f.secret}`)).toEqual([`src/other.php ${control}`]);
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
