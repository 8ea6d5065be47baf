// An allowlist's skipTags leaves out the rules of a tag: a team can drop a value everywhere but in the
// credential files that judge it by their format (or the reverse), through .leakgate.toml.
import { describe, expect, it } from 'vitest';
import { fakePassword } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const found = (stdout: string): string[] => (JSON.parse(stdout) as { findings: { ruleId: string; file: string }[] }).findings.map((f) => `${f.file} ${f.ruleId}`).sort();

describe('allowlist skipTags', () => {
  it('drops the value for every rule but those of a skipped tag', async () => {
    const password = fakePassword();
    const dir = tempDir();
    writeFiles(dir, {
      'home/u/.netrc': `machine git.acme.test login ops password ${password}\n`,
      'src/app.py': `DB_PASSWORD = "${password}"\n`,
    });
    const plain = await runCli(['scan', '.', '-f', 'json', '--no-progress'], { cwd: dir });
    expect(found(plain.stdout)).toEqual(['home/u/.netrc credential-file-netrc', 'src/app.py generic-password-assignment']);
    const escaped = password.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    writeFiles(dir, { '.leakgate.toml': `[[allowlists]]\ndescription = "a known value"\nregexes = ['''^${escaped}$''']\nskipTags = ["credential-file"]\n` });
    const skipped = await runCli(['scan', '.', '-f', 'json', '--no-progress'], { cwd: dir });
    expect(found(skipped.stdout)).toEqual(['home/u/.netrc credential-file-netrc']);
  });

  it('is refused when it is not a list of strings', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.txt': 'nothing\n', '.leakgate.toml': '[[allowlists]]\nregexes = ["x"]\nskipTags = "credential-file"\n' });
    const result = await runCli(['scan', '.', '--no-progress'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('skipTags');
  });
});
