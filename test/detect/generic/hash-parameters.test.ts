import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { besideHashParameters, isDigestShape } from '../../../src/detect/generic/hash-parameters.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempDir, writeFiles } from '../../helpers/temp-dir.js';

const digest = (algorithm: string): string => createHash(algorithm).update(randomBytes(16)).digest('hex');

describe('a password beside its hash parameters is that hash', () => {
  it('reads the lines around the value for a salt, an algorithm or a cost', () => {
    const text = `$users->create([\n  'email' => 'a@acme.test',\n  'password' => 'X',\n  'passwordSalt' => 'Y',\n  'passwordVersion' => 'sha512',\n]);\n`;
    expect(besideHashParameters(text, text.indexOf("  'password'"))).toBe(true);
    const plain = `$users->create([\n  'email' => 'a@acme.test',\n  'password' => 'X',\n  'name' => 'Ada',\n]);\n`;
    expect(besideHashParameters(plain, plain.indexOf("  'password'"))).toBe(false);
    expect(isDigestShape(digest('sha512'))).toBe(true);
    expect(isDigestShape('Sunflower-Kx9mQ2Lp')).toBe(false);
  });

  it('end to end: a SHA-512 digest imported with its salt is quiet; a random password beside no parameters is found', async () => {
    const dir = tempDir();
    const password = randomBytes(18).toString('base64url');
    writeFiles(dir, {
      'src/import_users.php': `<?php\n$client->createShaUser([\n    'userId' => 'sha',\n    'password' => '${digest('sha512')}',\n    'passwordSalt' => '${randomBytes(8).toString('hex')}',\n    'passwordVersion' => 'sha512',\n]);\n`,
      'src/config.php': `<?php\nreturn [\n    'password' => '${password}',\n    'host' => 'db.acme.test',\n];\n`,
    });
    const result = await runCli(['scan', '.', '-f', 'json', '--no-baseline', '--confidence', 'low'], { cwd: dir });
    const findings = (JSON.parse(result.stdout) as { findings: Array<{ file: string }> }).findings;
    expect(findings.map((f) => f.file)).toEqual(['src/config.php']);
  });
});
