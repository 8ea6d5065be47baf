// DBeaver's credentials-config.json is AES-encrypted under a key DBeaver ships: every source reads
// it as DBeaver does and the password inside is found (scan, staged, both history routes), while a
// file with no saved password stays quiet. The file is built at run time (random IV, fake password).
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { dbeaverCredentials, fakePassword } from '../detect/credential-files/fake-credentials.js';
import { readKnownBinary } from '../../src/sources/known-binary.js';

const PATH = 'home/u/.local/share/DBeaverData/workspace6/General/.dbeaver/credentials-config.json';

interface Found {
  readonly file: string;
  readonly secret: string;
}

const findings = async (args: readonly string[], cwd: string): Promise<Found[]> => {
  const result = await runCli([...args, '--format', 'json', '--no-redact', '--no-baseline', '--no-progress'], { cwd });
  expect([0, 1], result.stderr).toContain(result.code);
  return (JSON.parse(result.stdout) as { findings: Found[] }).findings;
};

describe('DBeaver credentials-config.json, decrypted offline', () => {
  it('reads the stored JSON, one field a line, and nothing from other bytes or paths', () => {
    const password = fakePassword();
    const text = readKnownBinary(PATH, dbeaverCredentials('app', password));
    expect(text).toContain(`"password": "${password}"`);
    expect(readKnownBinary(PATH, Buffer.from('not encrypted at all\n'))).toBeUndefined();
    expect(readKnownBinary('notes/credentials-config.json', dbeaverCredentials('app', password))).toBeUndefined();
  });

  it('finds the saved password in scan, staged and history on both routes; an empty one is quiet', async () => {
    const password = fakePassword();
    const repo = makeRepo();
    repo.commit('empty store', { 'test/fixtures/.dbeaver/credentials-config.json': dbeaverCredentials('', ''), 'README.md': 'tools\n' });
    repo.write({ [PATH]: dbeaverCredentials('app', password) });
    repo.git('add', '-A');
    const staged = await findings(['staged'], repo.dir);
    expect(staged.map((f) => [f.file, f.secret])).toContainEqual([PATH, password]);
    repo.git('commit', '-q', '-m', 'workspace');
    for (const args of [['scan', '.'], ['history', '--route', 'diff'], ['history', '--route', 'blobs']]) {
      const found = await findings(args, repo.dir);
      expect(found.filter((f) => f.secret === password).map((f) => f.file), args.join(' ')).toContain(PATH);
      expect(found.filter((f) => f.file.startsWith('test/')), args.join(' ')).toEqual([]);
    }
  });
});
