// Values that documentation shows as examples, and words whose meaning depends on the language,
// through the CLI: what a docs page introduces as an example is reported one level lower (low,
// shown by --confidence low), what a runbook pastes stays at medium, and code keeps its level.
import { describe, expect, it } from 'vitest';
import { fakeAwsKeyId, randomFrom } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
// A digit in every value: a random run of letters alone now and then reads as a camelCase name (about
// 1 in 5,000 of 20 letters does), which is dropped; that is not what these tests are about.
const random = (n = 32): string => `${randomFrom(ALNUM, n - 2)}${randomFrom('0123456789', 1)}${randomFrom(ALNUM, 1)}`;

interface JsonFinding {
  readonly file: string;
  readonly line: number;
  readonly confidence: string;
}

const findings = async (dir: string): Promise<string[]> => {
  const result = await runCli(['scan', '.', '--format', 'json', '--no-baseline', '--confidence', 'low'], { cwd: dir });
  expect(result.code, result.stderr).toBeLessThan(2);
  return (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings.map((f) => `${f.file}:${f.line} ${f.confidence}`).sort();
};

describe('documentation examples', () => {
  it('a docs page: the example is low, the pasted runbook value stays medium', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'docs/runbook.md': ['# Runbook', '', 'The staging key to use during the incident:', '', '```bash', `export API_KEY="${random()}"`, '```', ''].join('\n'),
      'docs/api.md': ['# API', '', 'For example, a generated key looks like this:', '', '```bash', `export API_KEY="${random()}"`, '```', '',
        'Output::', '', '    {', `        "SecretAccessKey": "${random(40)}"`, '    }', ''].join('\n'),
    });
    expect(await findings(dir)).toEqual(['docs/api.md:12 low', 'docs/api.md:6 low', 'docs/runbook.md:6 medium']);
  });

  it('in a published project (a license file at the root) every generic value in its docs is low, unless the config says its docs are internal', async () => {
    const dir = tempDir();
    const runbook = ['# Runbook', '', 'The staging key to use during the incident:', '', '```bash', `export API_KEY="${random()}"`, '```', ''].join('\n');
    writeFiles(dir, { 'docs/runbook.md': runbook, 'src/app.js': `const apiKey = "${random()}";\n`, 'LICENSE-MIT': 'MIT License\n' });
    expect(await findings(dir)).toEqual(['docs/runbook.md:6 low', 'src/app.js:1 high']);
    writeFiles(dir, { '.leakgate.toml': 'docs = "internal"\n' });
    expect(await findings(dir)).toEqual(['docs/runbook.md:6 medium', 'src/app.js:1 high']);
    writeFiles(dir, { '.leakgate.toml': 'title = "x"\ndocs = "public"\n' });
    const bad = await runCli(['scan', '.', '--no-baseline'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/\.leakgate\.toml.*docs/);
  });

  it('a tree that builds a documentation site is published, license or not: its pages are written for outside readers', async () => {
    const page = ['# Tokens', '', '```http', 'POST /oauth2/v1/token HTTP/1.1', '', `refresh_token=${random(43)}`, '```', ''].join('\n');
    const vuepress = tempDir();
    writeFiles(vuepress, { 'packages/@acme/site/docs/guides/tokens.md': page, 'packages/@acme/site/.vuepress/config.js': 'module.exports = {};\n' });
    expect(await findings(vuepress)).toEqual(['packages/@acme/site/docs/guides/tokens.md:6 low']);
    const mkdocs = tempDir();
    writeFiles(mkdocs, { 'docs/tokens.md': page, 'mkdocs.yml': 'site_name: Acme\n' });
    expect(await findings(mkdocs)).toEqual(['docs/tokens.md:6 low']);
    // without a site generator nor a license, the page may be a team's own runbook
    const plain = tempDir();
    writeFiles(plain, { 'docs/tokens.md': page, 'docs/config.js': 'module.exports = {};\n' });
    expect(await findings(plain)).toEqual(['docs/tokens.md:6 medium']);
  });

  it('in a published project a Markdown page among its examples or templates is documentation too', async () => {
    const dir = tempDir();
    const page = (value: string): string => ['# Publishing', '', '```shell', `$ HEX_API_KEY=${value} mix hex.publish --yes`, '```', ''].join('\n');
    writeFiles(dir, { 'lib/web/templates/docs/publish.html.md': page(random()), 'examples/app/.env': `API_KEY=${random()}\n` });
    expect(await findings(dir)).toEqual(['examples/app/.env:1 medium', 'lib/web/templates/docs/publish.html.md:4 medium']);
    writeFiles(dir, { 'LICENSE': 'MIT License\n' });
    // the example's own .env is meant to be run and keeps its level
    expect(await findings(dir)).toEqual(['examples/app/.env:1 medium', 'lib/web/templates/docs/publish.html.md:4 low']);
  });

  it('in a published project a human-chosen password in shipped configuration is a default (low); a committed .env and random values keep their level', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'docker-compose.yml': ['services:', '  db:', '    environment:', '      - MYSQL_PASSWORD=Parkside2023!', `      - APP_SECRET=${random()}`, ''].join('\n'),
      '.env': 'DB_PASSWORD=Parkside2023!\n',
    });
    expect(await findings(dir)).toEqual(['.env:1 medium', 'docker-compose.yml:4 medium', 'docker-compose.yml:5 high']);
    writeFiles(dir, { 'LICENSE': 'MIT License\n' });
    expect(await findings(dir)).toEqual(['.env:1 medium', 'docker-compose.yml:4 low', 'docker-compose.yml:5 high']);
  });

  it('in a published project a comment in code or configuration is documentation; in a private one, or uncommented, it keeps its level', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      '.env.defaults': `# API_KEY=${random()}\nAPI_KEY=${random()}\n`,
      'src/setup.sh': `#export API_TOKEN="${random()}"\n`,
      'src/keys.h': `#define API_KEY "${random()}"\n`,
    });
    expect(await findings(dir)).toEqual(['.env.defaults:1 high', '.env.defaults:2 high', 'src/keys.h:1 high', 'src/setup.sh:1 high']);
    writeFiles(dir, { 'COPYING': 'GNU GENERAL PUBLIC LICENSE\n' });
    expect(await findings(dir)).toEqual(['.env.defaults:1 low', '.env.defaults:2 high', 'src/keys.h:1 high', 'src/setup.sh:1 low']);
  });

  it('a doc comment in code is documentation; a plain comment or code line is not', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'src/client.js': ['/**', ' * @example', ' * ```js', ` * const apiKey = "${random()}"`, ' * ```', ' */', `const apiKey = "${random()}";`, ''].join('\n'),
      'src/setup.ps1': ['<#', '.EXAMPLE', `    PS C:\\> $password = "${random(20)}"`, '#>', `$password = "${random(20)}"`, ''].join('\n'),
    });
    expect(await findings(dir)).toEqual(['src/client.js:4 low', 'src/client.js:7 high', 'src/setup.ps1:3 low', 'src/setup.ps1:5 high']);
  });

  it('pwd in shell code is the working directory, and pass in an ffmpeg filtergraph an option value', async () => {
    const dir = tempDir();
    const value = random(20);
    writeFiles(dir, {
      'themes/agnoster.zsh-theme': `local pwd="${value}"\n`,
      'scripts/render.sh': `ffmpeg -i in.mp4 -i logo.png -filter_complex overlay=eof_action=pass:x=W-w-10:y=10 out.mp4\nMYSQL_PWD="${value}"\n`,
      'app/settings.py': `pwd = "${value}"\n`,
    });
    expect(await findings(dir)).toEqual(['app/settings.py:1 high', 'scripts/render.sh:2 high']);
  });

  it('an AWS access key id alone names a key: medium in code, low in docs (its secret is found apart, at high)', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'src/upload.js': `const keyId = "${fakeAwsKeyId()}";\n`, 'docs/upload.md': `Use \`${fakeAwsKeyId()}\` as the key id.\n` });
    expect(await findings(dir)).toEqual(['docs/upload.md:1 low', 'src/upload.js:1 medium']);
  });
});
