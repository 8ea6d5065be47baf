// Credential files through the CLI: where a decoded secret is reported, that it is masked in every
// form, what is reported low, and that a hash outside a credential store stays quiet.
import { describe, expect, it } from 'vitest';
import { makeRepo } from '../../helpers/git-repo.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempDir, writeFiles } from '../../helpers/temp-dir.js';
import { base64, bcryptHash, fakePassword, jenkinsEncrypted, weakPassword } from './fake-credentials.js';

interface JsonFinding {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly secret: string;
  readonly confidence: string;
  readonly decoded?: string;
}

const scan = async (files: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; findings: JsonFinding[] }> => {
  const dir = tempDir('leakgate-cred-');
  writeFiles(dir, files);
  const result = await runCli(['scan', '.', '--format', 'json', '--no-progress', ...args], { cwd: dir });
  return { code: result.code, stdout: result.stdout, findings: (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings };
};

describe('credential files', () => {
  it('reports a decoded password at the encoded value’s place, once, masked in every form', async () => {
    const password = fakePassword();
    const encoded = base64(password);
    const text = `<FileZilla3>\n<Servers>\n<Server>\n  <User>deploy</User>\n  <Pass encoding="base64">${encoded}</Pass>\n</Server>\n</Servers>\n</FileZilla3>\n`;
    const files = { 'home/u/.config/filezilla/sitemanager.xml': text };
    const plain = await scan(files, '--no-redact');
    expect(plain.findings).toHaveLength(1);
    expect(plain.findings[0]).toMatchObject({ ruleId: 'credential-file-filezilla', secret: password, line: 5, column: 27, decoded: 'base64' });
    const masked = await scan(files);
    expect(masked.code).toBe(1);
    expect(masked.stdout).not.toContain(password);
    expect(masked.stdout).not.toContain(encoded);
  });

  it('reports values Jenkins encrypted as low: seen with --confidence low, quiet at the default floor', async () => {
    const files = { 'var/lib/jenkins/credentials.xml': `<password>${jenkinsEncrypted()}</password>\n` };
    expect((await scan(files)).findings).toEqual([]);
    const low = await scan(files, '--confidence', 'low');
    expect(low.findings.map((f) => [f.ruleId, f.confidence])).toEqual([['credential-file-jenkins', 'low']]);
  });

  it('keeps a password hash quiet in ordinary code, and reports it in an SQL dump', async () => {
    const hash = bcryptHash();
    const files = {
      'src/users.py': `ADMIN_HASH = "${hash}"\n`,
      'db/dump.sql': `INSERT INTO users (id, password) VALUES (1, '${hash}');\n`,
    };
    const { findings } = await scan(files);
    expect(findings.map((f) => [f.file, f.ruleId, f.confidence])).toEqual([['db/dump.sql', 'credential-file-sql-dump', 'medium']]);
  });

  it('lowers a credential file kept as a test fixture by one level (a weak password: medium to low)', async () => {
    const files = { 'test/fixtures/home/.netrc': `machine api.acme.test login ops password ${weakPassword()}\n` };
    expect((await scan(files)).findings).toEqual([]);
    expect((await scan(files, '--confidence', 'low')).findings.map((f) => f.ruleId)).toEqual(['credential-file-netrc']);
  });

  it('reports one finding for a password a generic rule also reads', async () => {
    const files = { 'home/u/.my.cnf': `[client]\nuser=app\npassword=${fakePassword()}\n` };
    expect((await scan(files)).findings.map((f) => f.ruleId)).toEqual(['credential-file-my-cnf']);
  });

  it('reads credential files in a commit range (added lines only), at their lines', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'README.md': '# ops\n' });
    const password = fakePassword();
    const sha = repo.commit('add a dump', { 'backup/app.sql': `-- dump\nINSERT INTO users VALUES (1, '${bcryptHash()}');\n`, 'home/u/.netrc': `machine api.acme.test\n  login ops\n  password ${password}\n` });
    const history = await runCli(['history', `${sha}~1..${sha}`, '--format', 'json', '--no-progress'], { cwd: repo.dir });
    const found = (JSON.parse(history.stdout) as { findings: JsonFinding[] }).findings;
    expect(found.map((f) => [f.file, f.line, f.ruleId]).sort()).toEqual([
      ['backup/app.sql', 2, 'credential-file-sql-dump'],
      ['home/u/.netrc', 3, 'credential-file-netrc'],
    ]);
  });
});

