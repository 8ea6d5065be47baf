// A short password that is also a folder's name must not turn every path under that folder into
// stars (the report would name no file), while the secret itself stays masked everywhere else.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

interface JsonFinding {
  readonly file: string;
  readonly secret: string;
  readonly match: string;
}

describe('masking a secret that is also a path segment', () => {
  it('keeps the folder in the path, masks the secret in the secret and the match', async () => {
    const dir = tempDir();
    const word = ['sa', 'le', 'or', 'ix'].join('');
    writeFiles(dir, { [`${word}/.env`]: `DATABASE_URL=postgres://app:${word}@db.internal:5432/app\n` });
    const result = await runCli(['scan', '.', '--format', 'json', '--no-baseline'], { cwd: dir });
    expect(result.code, result.stderr).toBe(1);
    const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.file).toBe(`${word}/.env`);
      expect(finding.secret).not.toContain(word);
      expect(finding.match).not.toContain(`:${word}@`);
    }
  });
});
