// A team moving from gitleaks keeps its flags, its .gitleaksignore and its JSON report as a baseline.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken, fakeStripeKey } from '../helpers/fake-secrets.js';
import { makeRepo, type Repo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';

/** A repository whose second commit adds a GitHub token at config.js:2 and a Stripe key at pay.js:1. */
const leakyRepo = (): { repo: Repo; token: string; key: string; sha: string } => {
  const repo = makeRepo();
  repo.commit('init', { 'README.md': '# app\n' });
  const token = fakeGithubToken();
  const key = fakeStripeKey();
  const sha = repo.commit('leak', { 'config.js': `// config\nexport const token = "${token}";\n`, 'pay.js': `const key = "${key}";\n` });
  return { repo, token, key, sha };
};

const rulesOf = (stdout: string): string[] => (JSON.parse(stdout) as { findings: { ruleId: string; file: string }[] }).findings.map((f) => `${f.file}:${f.ruleId}`).sort();

describe('gitleaks flags', () => {
  it('--exit-code N is the code for findings; a clean scan still exits 0 and errors 2; --exit-code 2 is refused', async () => {
    const { repo } = leakyRepo();
    expect((await runCli(['scan', '.', '--exit-code', '7'], { cwd: repo.dir })).code).toBe(7);
    expect((await runCli(['scan', 'README.md', '--exit-code=7'], { cwd: repo.dir })).code).toBe(0);
    expect((await runCli(['history', '--exit-code', '0'], { cwd: repo.dir })).code).toBe(0);
    expect((await runCli(['scan', '.', '--exit-code', '7', '--config', 'missing.toml'], { cwd: repo.dir })).code).toBe(2);
    const two = await runCli(['scan', '.', '--exit-code', '2'], { cwd: repo.dir });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('2 is leakgate\'s code for an error');
  });

  it('accepts --no-banner as a no-op, -v as --verbose, and --report-path/--report-format', async () => {
    const { repo } = leakyRepo();
    writeFileSync(join(repo.dir, 'allowed.js'), `const t = "${fakeGithubToken()}"; // leakgate:allow\n`);
    const result = await runCli(['scan', '.', '--no-banner', '-v', '--report-format', 'json', '--report-path', 'out.json'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('suppressed github-pat at allowed.js:1 by inline');
  });

  it('--max-target-megabytes N skips larger files; 0 means no limit, as in gitleaks', async () => {
    const { repo } = leakyRepo();
    writeFileSync(join(repo.dir, 'big.js'), `const t = "${fakeGithubToken()}";\n${'x'.repeat(80)}\n`.repeat(15_000));
    const limited = await runCli(['scan', 'big.js', '--max-target-megabytes', '1', '-f', 'json'], { cwd: repo.dir });
    expect(limited.code).toBe(0);
    expect((await runCli(['scan', 'big.js', '--max-target-megabytes', '0', '-f', 'json'], { cwd: repo.dir })).code).toBe(1);
  });

  it('--log-opts passes a range and --since to history, and refuses what it cannot honour', async () => {
    const { repo } = leakyRepo();
    repo.commit('clean', { 'README.md': '# app 2\n' });
    expect((await runCli(['history', '--log-opts', 'HEAD~1..HEAD'], { cwd: repo.dir })).code).toBe(0);
    expect((await runCli(['history', '--log-opts=--all'], { cwd: repo.dir })).code).toBe(1);
    expect((await runCli(['history', '--log-opts', '--since=2100-01-01'], { cwd: repo.dir })).code).toBe(0);
    const refused = await runCli(['history', '--log-opts', '--author=ada'], { cwd: repo.dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('"--author=ada" is not supported');
  });
});

describe('gitleaks ignore and baseline', () => {
  it('honours .gitleaksignore fingerprints file:rule:line and commit:file:rule:line', async () => {
    const { repo, sha } = leakyRepo();
    const before = await runCli(['history', '-f', 'json'], { cwd: repo.dir });
    expect(rulesOf(before.stdout)).toEqual(['config.js:github-pat', 'pay.js:stripe-live-secret-key'].sort());
    writeFileSync(join(repo.dir, '.gitleaksignore'), `# accepted\n${sha}:config.js:github-pat:2\npay.js:stripe-live-secret-key:1\n`);
    const after = await runCli(['history', '-f', 'json', '-v'], { cwd: repo.dir });
    expect(rulesOf(after.stdout)).toEqual([]);
    expect(after.code).toBe(0);
    expect(after.stderr).toContain('by allowlist: .gitleaksignore');
    // Another commit's fingerprint does not hide this one.
    writeFileSync(join(repo.dir, '.gitleaksignore'), `${'0'.repeat(40)}:config.js:github-pat:2\n`);
    expect(rulesOf((await runCli(['history', '-f', 'json'], { cwd: repo.dir })).stdout)).toContain('config.js:github-pat');
    writeFileSync(join(repo.dir, '.gitleaksignore'), 'not a fingerprint\n');
    const bad = await runCli(['scan', '.'], { cwd: repo.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('.gitleaksignore:1');
  });

  it('--baseline-path reads a gitleaks JSON report: by secret when it holds one, else by file, rule and line', async () => {
    const { repo, token } = leakyRepo();
    const report = [
      { RuleID: 'github-pat', File: 'config.js', StartLine: 40, Secret: token, Commit: '' },
      { RuleID: 'stripe-live-secret-key', File: 'pay.js', StartLine: 1, Secret: 'REDACTED', Commit: '' },
    ];
    writeFileSync(join(repo.dir, 'gitleaks-report.json'), JSON.stringify(report));
    const known = await runCli(['scan', 'config.js', 'pay.js', '--baseline-path', 'gitleaks-report.json'], { cwd: repo.dir });
    expect(known.code).toBe(0);
    expect((await runCli(['scan', 'config.js', 'pay.js', '-b', 'gitleaks-report.json'], { cwd: repo.dir })).code).toBe(0);
    writeFileSync(join(repo.dir, 'gitleaks-report.json'), JSON.stringify(report.slice(1)));
    expect(rulesOf((await runCli(['scan', 'config.js', 'pay.js', '-f', 'json', '--baseline-path', 'gitleaks-report.json'], { cwd: repo.dir })).stdout)).toEqual(['config.js:github-pat']);
    writeFileSync(join(repo.dir, 'gitleaks-report.json'), '{"findings": []}');
    const bad = await runCli(['scan', '.', '--baseline-path', 'gitleaks-report.json'], { cwd: repo.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not a gitleaks JSON report');
  });
});
