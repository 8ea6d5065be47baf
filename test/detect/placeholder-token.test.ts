// A provider token with a valid checksum whose random body spells a placeholder word in mixed case
// (DUmmy, ExAMPle) by chance is a token: one in ~150,000 GitHub tokens does, which made a test of
// 30,000 tokens (test/reliability/signals.test.ts) miss one now and then. Typed words stay placeholders.
import { describe, expect, it } from 'vitest';
import { fakeGithubTokenHolding } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const found = async (token: string): Promise<number> => {
  const dir = tempDir();
  writeFiles(dir, { 'app.env': `GITHUB_TOKEN=${token}\n` });
  const result = await runCli(['scan', '.', '--format', 'json', '--no-baseline', '--confidence', 'low'], { cwd: dir });
  expect(result.code, result.stderr).toBeLessThan(2);
  return (JSON.parse(result.stdout) as { findings: unknown[] }).findings.length;
};

describe('placeholder words inside a provider token', () => {
  it('a mixed-case chance spelling (DUmmy, ExAMPle) is part of a random body: reported', async () => {
    expect(await found(fakeGithubTokenHolding('DUmmy'))).toBe(1);
    expect(await found(fakeGithubTokenHolding('ExAMPle'))).toBe(1);
  });
  it('a word typed in one case (dummy, EXAMPLE) says the token is a placeholder: quiet', async () => {
    expect(await found(fakeGithubTokenHolding('dummy'))).toBe(0);
    expect(await found(fakeGithubTokenHolding('EXAMPLE'))).toBe(0);
  });
});
