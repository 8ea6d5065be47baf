import { describe, expect, it } from 'vitest';
import { fakeGithubToken, randomFrom } from '../helpers/fake-secrets.js';
import { makeRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const ALNUM = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

// A team's gitleaks.toml, in gitleaks' own syntax: RE2 regexes, [rules.allowlist], [allowlist].
const GITLEAKS_TOML = `
title = "team rules"

[extend]
useDefault = true
disabledRules = ["github-pat"]

[[rules]]
id = "acme-api-key"
description = "ACME internal API key"
regex = '''(?i)(?P<name>acme[_-]?key)\\s*[:=]\\s*["']?(?P<secret>acme_[[:alnum:]]{32})\\b'''
secretGroup = 2
keywords = ["acme_"]
entropy = 3.0
tags = ["internal"]
  [rules.allowlist]
  regexes = ['''acme_0{32}''']
  stopwords = ["sample"]

[[rules]]
id = "acme-session"
description = "ACME session cookie at end of file"
regex = '''acmesess=([0-9a-f]{24})\\z'''
secretGroup = 1
keywords = ["acmesess="]

[allowlist]
description = "team allowlist"
paths = ['''(^|/)fixtures/''', '''\\.lock$''']
regexes = ['''ALLOWME''']
stopwords = ["donotreport"]
`;

const scan = async (dir: string, ...args: string[]) => {
  const result = await runCli(['scan', '-f', 'json', '--no-redact', ...args], { cwd: dir });
  return { ...result, findings: result.code === 2 ? [] : (JSON.parse(result.stdout).findings as Array<{ ruleId: string; file: string; secret: string }>) };
};

describe('a gitleaks-style config given with --config', () => {
  it('runs custom rules with RE2 syntax translated, rule and global allowlists, stopwords and disabledRules', async () => {
    const dir = tempDir();
    const key = `acme_${randomFrom(ALNUM, 32)}`;
    const session = randomFrom('0123456789abcdef', 24);
    writeFiles(dir, {
      'gitleaks.toml': GITLEAKS_TOML,
      'src/app.js': `const ACME_KEY = "${key}";\nconst gh = "${fakeGithubToken()}";\n`,
      'src/zeros.js': `acme_key = "acme_${'0'.repeat(32)}"\n`,
      'src/stop.js': `acme-key: acme_${randomFrom(ALNUM, 10)}sample${randomFrom(ALNUM, 16)}\n`,
      'src/allowed.js': `acme_key=acme_${randomFrom(ALNUM, 10)}ALLOWME${randomFrom(ALNUM, 15)}\n`,
      'fixtures/keys.js': `ACME_KEY = "acme_${randomFrom(ALNUM, 32)}"\n`,
      'yarn.lock': `acme_key: acme_${randomFrom(ALNUM, 32)}\n`,
      'cookie.txt': `acmesess=${session}`,
      'cookie-mid.txt': `acmesess=${randomFrom('0123456789abcdef', 24)}\nmore\n`,
    });
    const result = await scan(dir, '--config', 'gitleaks.toml');
    expect(result.stderr).not.toContain('error');
    expect(result.findings.map((f) => [f.ruleId, f.file, f.secret])).toEqual([
      ['acme-session', 'cookie.txt', session],
      ['acme-api-key', 'src/app.js', key],
    ]);
    const verbose = await runCli(['scan', '--config', 'gitleaks.toml', '--verbose', '-f', 'json'], { cwd: dir });
    expect(verbose.stderr).toContain('by allowlist: rule acme-api-key allowlist');
    expect(verbose.stderr).toContain('global allowlist "team allowlist"');
  });

  it('refuses a regex that cannot be translated, naming the file and rule', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'gitleaks.toml': `[[rules]]\nid = "lazy-rule"\nregex = '''(?U)key=(.+)'''\nkeywords = ["key"]\n`, 'a.txt': 'x' });
    const result = await runCli(['scan', '--config', 'gitleaks.toml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/gitleaks\.toml: rule "lazy-rule": regex cannot be used: .*ungreedy/);
    writeFiles(dir, { 'gitleaks.toml': `[[rules]]\nid = "bad-rule"\nregex = '''key=([a-z]+'''\nkeywords = ["key"]\n` });
    expect((await runCli(['scan', '--config', 'gitleaks.toml'], { cwd: dir })).stderr).toMatch(/rule "bad-rule": regex does not compile/);
  });

  it('rejects unknown keys and wrong types with the file and place', async () => {
    const dir = tempDir();
    writeFiles(dir, { '.leakgate.toml': `[[allowlists]]\npathz = ["x"]\n`, 'a.txt': 'x' });
    const unknown = await runCli(['scan'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/\.leakgate\.toml: allowlist #1: unknown key "pathz"/);
    writeFiles(dir, { '.leakgate.toml': `[extend]\ndisabledRules = "github-pat"\n` });
    expect((await runCli(['scan'], { cwd: dir })).stderr).toMatch(/\[extend\]: "disabledRules" must be a list of strings/);
  });

  it('a config without [extend] but with its own rules replaces the built-in rules, as in gitleaks', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      '.leakgate.toml': `[[rules]]\nid = "only-rule"\nregex = '''only_([a-z]{12})'''\nsecretGroup = 1\nkeywords = ["only_"]\n`,
      'a.txt': `x = only_${randomFrom('abcdefghijklmnopqrstuvwxyz', 12)}\ny = ${fakeGithubToken()}\n`,
    });
    const result = await scan(dir);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['only-rule']);
    const list = await runCli(['rules', 'list', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(list.stdout).map((r: { id: string }) => r.id)).toEqual(['only-rule']);
  });

  it('global allowlist commits drop findings from those commits in history', async () => {
    const repo = makeRepo();
    const sha = repo.commit('fixture', { 'k.env': `K=${fakeGithubToken()}\n` });
    repo.commit('other', { 'j.env': `J=${fakeGithubToken()}\n` });
    repo.write({ '.leakgate.toml': `[[allowlists]]\ndescription = "reviewed"\ncommits = ["${sha.slice(0, 10)}"]\n` });
    const result = await runCli(['history', '-f', 'json'], { cwd: repo.dir });
    expect(JSON.parse(result.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['j.env']);
  });
});

describe('inline suppression markers', () => {
  it('honours leakgate:allow, gitleaks:allow and detect-secrets pragmas, and counts them', async () => {
    const dir = tempDir();
    const t = () => fakeGithubToken();
    writeFiles(dir, {
      'a.js': [
        `const a = "${t()}"; // leakgate:allow`,
        `const b = "${t()}"; // gitleaks:allow`,
        `const c = "${t()}"  # pragma: allowlist secret`,
        `// pragma: allowlist nextline secret`,
        `const d = "${t()}";`,
        `const e = "${t()}";`,
      ].join('\n'),
    });
    const result = await scan(dir);
    expect(result.findings.map((f) => f.file)).toEqual(['a.js']);
    expect((result.findings[0] as unknown as { line: number }).line).toBe(6);
    const text = await runCli(['scan'], { cwd: dir });
    expect(text.stdout).toContain('4 by inline comment');
  });
});
