// The confidence on every finding and the floor that hides what falls below it, through the CLI,
// and the shapes real code bases hold that generic detection must read as not secrets.
import { describe, expect, it } from 'vitest';
import { fakeGithubToken, randomFrom } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const random = (n = 32): string => randomFrom(ALNUM, n);

interface JsonFinding {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly confidence: string;
}

const scanJson = async (dir: string, extra: string[] = []): Promise<{ findings: JsonFinding[]; suppressed: Record<string, number> }> => {
  const result = await runCli(['scan', '.', '--format', 'json', '--no-baseline', ...extra], { cwd: dir });
  expect(result.code, result.stderr).toBeLessThan(2);
  return JSON.parse(result.stdout) as { findings: JsonFinding[]; suppressed: Record<string, number> };
};

describe('confidence', () => {
  it('every finding carries one, the default floor is medium, and --confidence low shows the rest', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'src/app.js': `const apiKey = "${random()}";\n`,
      '.env': `DB_PASSWORD=hunter42x\n`,
      'src/seed.js': `const password = "hunter42x";\n`,
    });
    const byDefault = await scanJson(dir);
    expect(byDefault.findings.map((f) => `${f.file} ${f.confidence}`).sort()).toEqual(['.env medium', 'src/app.js high']);
    expect(byDefault.suppressed['confidence']).toBeGreaterThan(0);
    const all = await scanJson(dir, ['--confidence', 'low']);
    // The .env file is one finding, by its content: the file-name finding gives way to it.
    expect(all.findings.map((f) => `${f.file} ${f.confidence}`).sort()).toEqual(['.env medium', 'src/app.js high', 'src/seed.js low']);
    const high = await scanJson(dir, ['--confidence', 'high']);
    expect(high.findings.map((f) => f.file)).toEqual(['src/app.js']);
  });

  it('the config file can set the floor, and the flag wins over it', async () => {
    const dir = tempDir();
    writeFiles(dir, { '.leakgate.toml': 'confidence = "low"\n', 'src/seed.js': `const password = "hunter42x";\n` });
    expect((await scanJson(dir)).findings.map((f) => f.confidence)).toEqual(['low']);
    expect((await scanJson(dir, ['--confidence', 'medium'])).findings).toEqual([]);
    writeFiles(dir, { '.leakgate.toml': 'confidence = "sure"\n' });
    const bad = await runCli(['scan', '.'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.leakgate\.toml.*confidence/);
  });

  it('is shown in text, SARIF (rank and properties) and CSV', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'src/app.js': `const apiKey = "${random()}";\n` });
    expect((await runCli(['scan', '.', '--no-color'], { cwd: dir })).stdout).toMatch(/high confidence/);
    const sarif = JSON.parse((await runCli(['scan', '.', '-f', 'sarif'], { cwd: dir })).stdout);
    expect(sarif.runs[0].results[0].rank).toBe(90);
    expect(sarif.runs[0].results[0].properties.confidence).toBe('high');
    const csv = (await runCli(['scan', '.', '-f', 'csv'], { cwd: dir })).stdout.split('\r\n');
    expect(csv[0]).toMatch(/^ruleId,severity,confidence,/);
    expect(csv[1]).toMatch(/,high,/);
  });

  it('--explain (and -v) says why each finding fired and what would silence it, and prints no secret', async () => {
    const dir = tempDir();
    const secret = random();
    writeFiles(dir, { 'src/app.js': `const apiKey = "${secret}";\n` });
    const plain = await runCli(['scan', '.', '--no-color'], { cwd: dir });
    expect(plain.stdout).not.toMatch(/why:/);
    for (const flag of ['--explain', '--verbose']) {
      const explained = await runCli(['scan', '.', '--no-color', flag], { cwd: dir });
      expect(explained.stdout).toMatch(/why: rule generic-secret-assignment \(keyword [^)]*key[^)]*\); a literal read as random-looking, in code; entropy [\d.]+; high confidence/);
      expect(explained.stdout).toMatch(/to silence: remove it .*leakgate:allow.*leakgate baseline/);
      expect(explained.stdout + explained.stderr).not.toContain(secret);
    }
  });

  it('a private key in a test fixture is reported as low, and a key file is one finding, by its content', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const pem = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const dir = tempDir();
    writeFiles(dir, { 'test/fixtures/client.key': pem, 'deploy/server.key': pem });
    expect((await scanJson(dir)).findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['deploy/server.key private-key-pkcs8']);
    const all = await scanJson(dir, ['--confidence', 'low']);
    expect(all.findings.map((f) => `${f.file} ${f.confidence}`).sort()).toEqual(['deploy/server.key high', 'test/fixtures/client.key low']);
  });

  it('a provider token in a test is one level down, still reported', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'test/api.test.js': `const token = "${fakeGithubToken()}";\n` });
    expect((await scanJson(dir)).findings.map((f) => `${f.ruleId} ${f.confidence}`)).toEqual(['github-pat medium']);
  });
});

describe('what real code bases hold that is not a secret', () => {
  it('is not reported (at low confidence, only the committed .env file by its name)', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      // a secret word inside a longer key
      'tox.ini': 'py3.9-langchain-notiktoken-v0.1.20: typing_extensions==4.16.0\n',
      // code, not a literal
      'pkg/secret.go': 'func f() {\n\tx := Spec{Secret: &v1.ObjectReferenceSpec{Name: n}}\n\ttoken := parser.tokens[len(parser.tokens)-1]\n}\n',
      'scripts/setup.ps1': '$password = Get-SecretParam -Name "db"\n',
      'app/Http/Requests/Register.php': "<?php return ['password' => 'Confirmed|min:12'];\n",
      // paths, labels, ids
      'src/assets.json': '{ "assetToken": "Purple62/v4/4f/ab/pr_source.png", "passwordLabel": "Password:" }\n',
      'src/routes.js': 'const link = { password: "/en/account/reset-password#change-password" };\n',
      // encrypted or hashed
      'secrets.enc.yaml': 'db_password: ENC[AES256_GCM,data:Tr8f0mQ=,iv:abcd,tag:efgh,type:str]\n',
      'docs/htpasswd.md': '```\nadmin:$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/\n```\n',
      // placeholders and dummies
      'README.md': 'Set `DB_PASSWORD=<your-password>` and `API_KEY=sk-...`.\n',
      'test/fixtures/.env': 'FOO=BAR\n',
      'docker-compose.yml': 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n',
      'config/settings.py': 'API_KEY = "your-api-key-here"\nSECRET_KEY = os.environ["SECRET_KEY"]\n',
    });
    expect((await scanJson(dir)).findings).toEqual([]);
    const all = await scanJson(dir, ['--confidence', 'low']);
    expect(all.findings.map((f) => `${f.file} ${f.ruleId} ${f.confidence}`)).toEqual(['test/fixtures/.env sensitive-file-dotenv low']);
  });
});
