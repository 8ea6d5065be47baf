// A tool's saved logins hold what the tool logs in with: a weak password that spells `password`,
// `admin` or a password word with digits is reported there (medium), while text that asks to be
// filled in stays quiet. Project configuration a deployment fills in, code and docs keep reading
// such words as stand-ins. Through the CLI, at the default floor and at low.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { randomFrom } from '../../helpers/fake-secrets.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempDir, writeFiles } from '../../helpers/temp-dir.js';
import { base64, jetbrainsEncode } from './fake-credentials.js';

interface JsonFinding {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly secret: string;
  readonly confidence: string;
}

const scan = async (files: Record<string, string>, ...args: string[]): Promise<JsonFinding[]> => {
  const dir = tempDir('leakgate-saved-');
  writeFiles(dir, files);
  const result = await runCli(['scan', '.', '--format', 'json', '--no-progress', '--no-redact', ...args], { cwd: dir });
  expect(result.code, result.stderr).toBeLessThan(2);
  return (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
};

const digits = (): string => randomFrom('123456789', 3);

describe('saved logins', () => {
  it('reports weak passwords that spell a password word where a tool keeps its logins', async () => {
    const word = `Password${digits()}!`;
    const files = {
      'home/u/.pgpass': `# hostname:port:database:username:password\nlocalhost:5432:orders:ops:password\n`,
      'srv/.pgpass': `db.acme.test:5432:shop:app:${word.replace('!', '\\:')}\n`,
      'home/u/.esmtprc': `hostname smtp.acme.test:587\nusername "ops@acme.test"\npassword "admin"\n`,
      '.dbeaver-data-sources.xml': `<data-sources><data-source id="pg-1" provider="postgresql"><connection host="db.acme.test" user="app" password="${word}"/></data-source></data-sources>\n`,
      'home/u/.git-credentials': `https://ops@acme.test:${word}@git.acme.test\n`,
      'home/u/.npmrc': `_auth = ${base64('deploy:admin')}\n`,
      '.idea/WebServers.xml': `<project version="4"><component name="WebServers"><option name="servers"><webServer id="1" name="prod" url="https://acme.test"><fileTransfer host="acme.test" port="21" password="${jetbrainsEncode(word)}" username="ops"/></webServer></option></component></project>\n`,
      'home/u/.bashrc': `export MAIL_PASSWORD='Pass!${digits()}45'\n`,
      // a UUID exported under a secret's name is the credential (many APIs issue UUID keys)
      'home/u/.zshrc': `export SENDGRID_TOKEN=${randomUUID()}\n`,
    };
    const found = await scan(files);
    const byFile = (file: string): JsonFinding[] => found.filter((f) => f.file === file);
    expect(byFile('home/u/.pgpass')).toMatchObject([{ ruleId: 'credential-file-pgpass', secret: 'password', line: 2, confidence: 'medium' }]);
    expect(byFile('srv/.pgpass')).toMatchObject([{ ruleId: 'credential-file-pgpass', secret: word.replace('!', ':') }]);
    expect(byFile('home/u/.esmtprc')).toMatchObject([{ ruleId: 'credential-file-mail-client', secret: 'admin', confidence: 'medium' }]);
    expect(byFile('.dbeaver-data-sources.xml')).toMatchObject([{ ruleId: 'credential-file-dbeaver-data-sources', secret: word }]);
    expect(byFile('home/u/.git-credentials')).toMatchObject([{ ruleId: 'credential-file-git-credentials', secret: word }]);
    expect(byFile('home/u/.npmrc')).toMatchObject([{ ruleId: 'credential-file-npmrc', secret: 'admin' }]);
    expect(byFile('.idea/WebServers.xml')).toMatchObject([{ ruleId: 'credential-file-jetbrains', secret: word }]);
    expect(byFile('home/u/.bashrc')).toMatchObject([{ ruleId: 'credential-file-shell-rc', confidence: 'medium' }]);
    expect(byFile('home/u/.zshrc')).toMatchObject([{ ruleId: 'credential-file-shell-rc', confidence: 'high' }]);
  });

  it('stays quiet on what asks to be filled in, and on a password that is its own user name', async () => {
    const found = await scan({
      'home/u/.pgpass': `localhost:5432:orders:ops:<your-password>\nlocalhost:5432:shop:shop:shop\nlocalhost:5432:*:ops:changeme\n`,
      'home/u/.esmtprc': `hostname smtp.acme.test:587\nusername "ops"\npassword "your_password_here"\n`,
      'home/u/.git-credentials': `https://ops:\${GIT_TOKEN}@git.acme.test\nhttps://ops:xxxxxxxx@git.acme.test\n`,
    }, '--confidence', 'low');
    expect(found).toEqual([]);
  });

  it('keeps reading password words as stand-ins in project configuration, code and docs', async () => {
    const found = await scan({
      'config/database.yml': `development:\n  adapter: postgresql\n  username: app\n  password: password\n`,
      'src/db.py': `connect(host="localhost", password="password")\n`,
      'docs/setup.md': '```\nexport DB_PASSWORD=password\n```\n',
    }, '--confidence', 'low');
    expect(found).toEqual([]);
  });

  it('reads a password word dressed with digits and a symbol as weak: medium in a committed .env, low in code', async () => {
    const weak = `RedisPass${digits()}!`;
    const atDefault = await scan({ '.env': `REDIS_HOST=localhost\nREDIS_PASSWORD=${weak}\n`, 'src/cache.py': `REDIS_PASSWORD = "${weak}"\n` });
    expect(atDefault.filter((f) => f.secret === weak).map((f) => [f.file, f.confidence])).toEqual([['.env', 'medium']]);
    const atLow = await scan({ 'src/cache.py': `REDIS_PASSWORD = "${weak}"\n` }, '--confidence', 'low');
    expect(atLow).toMatchObject([{ file: 'src/cache.py', secret: weak, confidence: 'low' }]);
  });

  it('reads a WordPress salt holding `#{` or `${` as the random value it is, not as interpolation', async () => {
    // WordPress's alphabet but `*` and `%`: a salt holding `***` or `%(x)s` reads as a mask or a printf
    // hole (about 1 draw in 1,500 of this shape); `<` first, `...`, `&x=` and `#{` no longer drop one.
    const salt = `${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@^&()-_[]<>~+=,.;:/?|', 30)}#{D[-t>${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 12)}\${q+${randomFrom('abcdefghijkmnopqrstuvwxyz', 12)}`;
    const found = await scan({ 'public_html/wp-config.php': `<?php\ndefine('SECURE_AUTH_SALT', '${salt}');\n` });
    expect(found.map((f) => f.secret)).toEqual([salt]);
  });
});
