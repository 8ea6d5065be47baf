// Issue 17, items 12-17: no secret in any output unless --no-redact, whatever the flag's spelling,
// whichever field it hides in (a long match, a commit subject, an author, a path), and no plain
// hash of it either; and nothing from a repository drives the terminal it is printed on.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../src/action/run-action.js';
import { main } from '../../src/cli/main.js';
import { fakeGithubToken, fakePassword } from '../helpers/fake-secrets.js';
import { gitIn, makeRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const FORMATS = ['text', 'json', 'sarif', 'junit', 'csv', 'github'] as const;

/** Every 12-character piece of a secret: none may appear in an output. */
const pieces = (secret: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i + 12 <= secret.length; i += 6) out.push(secret.slice(i, i + 12));
  return out;
};
const leaks = (text: string, secret: string): string[] => pieces(secret).filter((piece) => text.includes(piece));

/** An RSA key made now (never committed), and its body lines. */
const rsaKey = (): string =>
  generateKeyPairSync('rsa', { modulusLength: 1024, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } }).privateKey;

describe('--redact in every spelling keeps masking (item 12)', () => {
  const dir = tempDir();
  const token = fakeGithubToken();
  writeFiles(dir, { 'app.env': `GH=${token}\n` });

  for (const flag of [['--redact=100'], ['--redact=1'], ['--redact=yes'], ['--redact=true'], ['--redact', 'true'], ['--redact'], ['--redact=50']]) {
    it(`${flag.join(' ')}: no format prints the whole secret`, async () => {
      for (const format of FORMATS) {
        const result = await runCli(['scan', '-f', format, ...flag], { cwd: dir });
        expect(result.code).toBe(1);
        expect(result.stdout + result.stderr).not.toContain(token);
      }
    });
  }

  it('--redact=N masks N% of each secret (gitleaks), the default masks all but a 4-character prefix', async () => {
    const secretOf = async (...flag: string[]): Promise<string> =>
      (JSON.parse((await runCli(['scan', '-f', 'json', ...flag], { cwd: dir })).stdout) as { findings: Array<{ secret: string }> }).findings[0]?.secret ?? '';
    expect(await secretOf()).toBe(`${token.slice(0, 4)}*****`);
    expect(await secretOf('--redact=100')).toBe(`${token.slice(0, 4)}*****`);
    expect(await secretOf('--redact=50')).toBe(`${token.slice(0, token.length / 2)}*****`);
    expect(await secretOf('--redact=1')).toBe(`${token.slice(0, token.length - 1)}*****`);
    expect(await secretOf('--no-redact')).toBe(token);
  });

  it('a value that does not say how much to mask is refused (exit 2), never read as "off"', async () => {
    for (const flag of [['--redact=0'], ['--redact=false'], ['--redact', 'false'], ['--redact=no'], ['--redact=150'], ['--redact=abc']]) {
      const result = await runCli(['scan', '-f', 'json', ...flag], { cwd: dir });
      expect(result.code, flag.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^leakgate: --redact=\S*: give the percent of each secret to mask, 1 to 100/);
    }
  });

  it('through the Action\'s args too', async () => {
    const repo = makeRepo();
    repo.commit('base', { 'README.md': '# app\n' });
    const secret = fakeGithubToken();
    repo.commit('add', { 'deploy.yml': `token: ${secret}\n` });
    const runner = tempDir('leakgate-runner-');
    const files = { summary: join(runner, 'summary.md'), output: join(runner, 'output'), sarif: join(runner, 'out.sarif') };
    writeFileSync(files.summary, '');
    writeFileSync(files.output, '');
    let out = '';
    const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (out += t) }, stdin: Readable.from([]), cwd: repo.dir, env: {} };
    for (const args of ['--redact=100', '--redact=1', '--redact=yes']) {
      const code = await runAction(
        { GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_WORKSPACE: repo.dir, GITHUB_STEP_SUMMARY: files.summary, GITHUB_OUTPUT: files.output, INPUT_SARIF: files.sarif, INPUT_ARGS: args },
        io,
      );
      expect(code).toBe(1);
      expect(out + readFileSync(files.summary, 'utf8') + readFileSync(files.sarif, 'utf8')).not.toContain(secret);
    }
  });
});

describe('a long match is masked before it is cut (item 13)', () => {
  it('the JSON match of a private key holds no piece of its body', async () => {
    const dir = tempDir();
    const key = rsaKey();
    writeFiles(dir, { 'deploy/id_rsa': `# deploy key\n${key}` });
    const result = await runCli(['scan', '-f', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    const body = key.split('\n').slice(1, -2).join('');
    expect(leaks(result.stdout.replace(/\\n/g, ''), body)).toEqual([]);
    const finding = (JSON.parse(result.stdout) as { findings: Array<{ match: string }> }).findings[0];
    expect(finding?.match).toContain('*****');
  });
});

describe('a found secret is masked in every field we print (item 14)', () => {
  // The token is committed in a file whose name holds it, with a subject and an author that hold it.
  const repo = makeRepo();
  const token = fakeGithubToken();
  const name = `keys/${token}.env`;
  writeFiles(repo.dir, { [name]: `GH=${token}\n` });
  repo.git('add', '-A');
  gitIn(repo.dir, ['commit', '-q', '-m', `add ${token} for deploys`, '--author', `ops ${token} <${token}@example.invalid>`]);

  for (const format of FORMATS) {
    it(`history -f ${format}`, async () => {
      const result = await runCli(['history', '-f', format], { cwd: repo.dir });
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).not.toContain(token);
      expect(result.stdout).toContain('ghp_*****');
    });
  }

  it('--verbose suppression lines and the Action\'s summary and annotations', async () => {
    const verbose = await runCli(['history', '--verbose', '--no-baseline'], { cwd: repo.dir });
    expect(verbose.stdout + verbose.stderr).not.toContain(token);
    const runner = tempDir('leakgate-runner-');
    const summary = join(runner, 'summary.md');
    writeFileSync(summary, '');
    let out = '';
    const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (out += t) }, stdin: Readable.from([]), cwd: repo.dir, env: {} };
    const code = await runAction({ GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_WORKSPACE: repo.dir, GITHUB_STEP_SUMMARY: summary, INPUT_SARIF: join(runner, 'out.sarif') }, io);
    expect(code).toBe(1);
    expect(out + readFileSync(summary, 'utf8') + readFileSync(join(runner, 'out.sarif'), 'utf8')).not.toContain(token);
  });
});

describe('fingerprints hold no plain hash of the secret (item 15)', () => {
  const dir = tempDir();
  const password = fakePassword();
  writeFiles(dir, { 'config/db.yml': `database:\n  password: "${password}"\n` });

  const fingerprints = async (format: 'json' | 'sarif' | 'csv'): Promise<string[]> => {
    const out = (await runCli(['scan', '-f', format], { cwd: dir })).stdout;
    if (format === 'csv') {
      const [header = '', ...rows] = out.trim().split('\r\n');
      const column = header.split(',').indexOf('fingerprint');
      return rows.map((row) => row.split(',')[column] ?? '');
    }
    const doc = JSON.parse(out);
    return format === 'json'
      ? doc.findings.map((f: { fingerprint: string }) => f.fingerprint)
      : doc.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['leakgateFingerprint/v1']);
  };

  it('guessing the secret does not reproduce the printed fingerprint', async () => {
    const json = await fingerprints('json');
    expect(json).toHaveLength(1);
    const ruleId = (JSON.parse((await runCli(['scan', '-f', 'json'], { cwd: dir })).stdout).findings[0] as { ruleId: string }).ruleId;
    // The attacker's guess: rule, file and the right password, as the old fingerprint was built.
    const guess = createHash('sha256').update(`${ruleId}\0config/db.yml\0${password}`).digest('hex').slice(0, 32);
    for (const format of ['json', 'sarif', 'csv'] as const) {
      const printed = await fingerprints(format);
      expect(printed, format).toEqual(json);
      expect(printed).not.toContain(guess);
    }
  });

  it('stays the same across runs of the same tree, and when lines move (with a baseline: keyed by its salt)', async () => {
    const first = await fingerprints('sarif');
    expect(await fingerprints('sarif')).toEqual(first);
    await runCli(['baseline'], { cwd: dir });
    // The finding is now known; a second secret beside it is new and printed.
    writeFiles(dir, { 'config/db.yml': `database:\n  user: app\n  password: "${password}"\n`, 'config/other.yml': `api:\n  password: "${fakePassword()}"\n` });
    const keyed = await fingerprints('json');
    expect(keyed).toHaveLength(1);
    expect(await fingerprints('json')).toEqual(keyed);
    const shown = await runCli(['scan', '-f', 'json', '--no-baseline'], { cwd: dir });
    expect(shown.stdout).not.toContain(createHash('sha256').update(password).digest('hex').slice(0, 32));
  });
});

describe('audit masks PEM bodies and encoded keys (item 16) and escapes control characters (item 17)', () => {
  const ttyIo = (cwd: string, answers: string) => {
    let stdout = '';
    const stdin = Object.assign(Readable.from([Buffer.from(answers)]), { isTTY: true });
    return { io: { stdout: { write: (t: string) => (stdout += t), isTTY: true }, stderr: { write: () => true }, stdin, cwd, env: {} }, output: () => stdout };
  };

  it('no line of a private key, no base64 run that decodes to a token', async () => {
    const dir = tempDir();
    const key = rsaKey();
    const token = fakeGithubToken();
    const encoded = Buffer.from(`token=${token}`).toString('base64');
    writeFiles(dir, { 'deploy/key.pem': `# deploy\n${key}`, 'k8s/secret.yml': `kind: Secret\ndata:\n  auth: ${encoded}\n` });
    await runCli(['baseline'], { cwd: dir });
    const audit = ttyIo(dir, 's\ns\ns\ns\n');
    expect(await main(['audit', '--no-color'], audit.io)).toBe(0);
    const shown = audit.output();
    expect(shown).toContain('k8s/secret.yml');
    expect(shown).toContain('deploy/key.pem');
    for (const line of key.split('\n').slice(1, -2)) expect(shown).not.toContain(line.slice(0, 20));
    expect(leaks(shown, encoded)).toEqual([]);
    expect(shown).not.toContain(token);
  });

  it('a file line with ESC, CR or backspace is shown escaped', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.env': `# \u001b[2K\u001b[1Ahidden\rover\bx\nGH=${fakeGithubToken()}\n` });
    await runCli(['baseline'], { cwd: dir });
    const audit = ttyIo(dir, 'q\n');
    await main(['audit'], audit.io);
    expect(audit.output()).toContain('\\x1b[2K\\x1b[1Ahidden\\x0dover\\x08x');
    expect(audit.output()).not.toMatch(/[\u001b\r\b]/);
  });
});

describe('control characters from a repository are escaped in the terminal (item 17)', () => {
  it('author, subject and path in the text report; a path in an error message and in the Action\'s log', async () => {
    const repo = makeRepo();
    const evil = 'ops\u001b[2K\u001b[1A\r\b\u202e';
    writeFiles(repo.dir, { [`cfg/a\u001b[31mb.env`]: `GH=${fakeGithubToken()}\n` });
    repo.git('add', '-A');
    gitIn(repo.dir, ['commit', '-q', '-m', `deploy ${evil}`, '--author', `${evil} <ops@example.invalid>`]);
    const result = await runCli(['history', '--no-color'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/[\u001b\r\b\u202e]/);
    expect(result.stdout).toContain('ops\\x1b[2K\\x1b[1A\\x0d\\x08\\u202e');
    expect(result.stdout).toContain('cfg/a\\x1b[31mb.env');
    let log = '';
    const io = { stdout: { write: (t: string) => (log += t) }, stderr: { write: (t: string) => (log += t) }, stdin: Readable.from([]), cwd: repo.dir, env: {} };
    expect(await runAction({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: join(repo.dir, 'ev\u001b[2Jent.json'), GITHUB_WORKSPACE: repo.dir }, io)).toBe(2);
    expect(log).toContain('::error title=leakgate::cannot read the event payload');
    expect(log).not.toContain('\u001b');
    const missing = await runCli(['scan', 'no\u001b[2Jsuch'], { cwd: repo.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no\\x1b[2Jsuch');
    expect(missing.stderr).not.toContain('\u001b');
  });
});
