// Keys written in prose and logs (rules/generic-prose.toml): read through the CLI on a real
// repository, with values drawn at run time; the key reader proseKeyAround on both sides.
import { describe, expect, it } from 'vitest';
import { proseKeyAround } from '../../../src/detect/generic/assess-finding.js';
import { randomFrom } from '../../helpers/fake-secrets.js';
import { makeRepo } from '../../helpers/git-repo.js';
import { runCli } from '../../helpers/run-cli.js';

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
/** A generated-looking token: 28 characters, upper, lower and digits. */
const fakeToken = (): string => `${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}${randomFrom('23456789', 4)}${randomFrom(ALNUM, 20)}`;

const findingsIn = async (files: Record<string, string>): Promise<{ file: string; line: number; secret: string; ruleId: string }[]> => {
  const repo = makeRepo();
  repo.write(files);
  repo.git('add', '-A');
  const result = await runCli(['staged', '-f', 'json', '--no-redact', '--no-baseline', '--confidence', 'low'], { cwd: repo.dir });
  expect(result.code, result.stderr).not.toBe(2);
  return JSON.parse(result.stdout).findings;
};

describe('proseKeyAround', () => {
  it('reads up to three words before the secret word', () => {
    const line = "[DEBUG] acme insights query key = 'x'";
    expect(proseKeyAround(line, line.indexOf('key'))).toBe('acme insights query key');
    expect(proseKeyAround('[DEBUG] Using Key=x', 14)).toBe('Using Key');
  });

  it('stops at what is not a word: brackets, quotes, operators', () => {
    const line = 'x = "a"; secret token = 1';
    expect(proseKeyAround(line, line.indexOf('token'))).toBe('secret token');
    expect(proseKeyAround('token = 1', 0)).toBe('token');
  });
});

describe('generic-prose-assignment', () => {
  it('finds a token given in prose, in a log line and after a dash, each on its line', async () => {
    const [a, b, c] = [fakeToken(), fakeToken(), fakeToken()];
    const findings = await findingsIn({
      'notes/handover.txt': `Handover\nacme token - '${a}'\n`,
      'logs/app.log': `[INFO] Sending request to the acme API\n[DEBUG] Using Key=${b}\n`,
      'docs/setup.txt': `acme insights query key = '${c}'\n`,
    });
    const got = findings.map((f) => [f.file, f.line, f.secret]).sort();
    expect(got).toEqual([['docs/setup.txt', 1, c], ['logs/app.log', 2, b], ['notes/handover.txt', 2, a]]);
  });

  it('stays quiet on keys that name no secret, placeholders, ids and mangled copies', async () => {
    const token = fakeToken();
    const findings = await findingsIn({
      'notes/a.txt': [
        `the key = '${token}'`,
        `acme public key: '${token}'`,
        "acme token = 'your-acme-token-goes-here'",
        "acme token = 'bb5c3f2e-8a4d-4c1e-9f7a-2d6b8e0c4a1f'",
        `acme token - '${token.slice(0, 9)}?${token.slice(9)}'`,
        `acme token - see ${token.slice(0, 6)}`,
      ].join('\n'),
    });
    expect(findings).toEqual([]);
  });
});

describe('a label inside a string is not an assignment', () => {
  it('"Password:" in minified code or notes is a label; "password": "…" is a key and its value', async () => {
    const value = fakeToken();
    const found = await findingsIn({
      'notes.txt': 'usernameLabel:"Username or email:",passwordLabel:"Password:",rememberMeLabel:"Remember me:"\n',
      'config.json': `{"password": "${value}"}\n`,
    });
    expect(found.map((f) => `${f.file} ${f.secret}`)).toEqual([`config.json ${value}`]);
  });
});
