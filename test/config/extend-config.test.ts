// [extend] path (another TOML file, relative to the config), useDefault, and rule ids that must exist.
import { describe, expect, it } from 'vitest';
import { fakeGithubToken, randomFrom } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const ACME_RULE = `[[rules]]
id = "acme-api-key"
description = "ACME internal API key"
regex = '''\\b(acme_[0-9a-zA-Z]{32})\\b'''
secretGroup = 1
keywords = ["acme_"]
`;

const ruleIds = (stdout: string): string[] => [...new Set((JSON.parse(stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId))].sort();

const project = (files: Record<string, string>): string => {
  const dir = tempDir();
  const acme = `acme_${randomFrom('0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 32)}`;
  writeFiles(dir, { 'src/a.js': `const k = "${acme}";\nconst t = "${fakeGithubToken()}";\n`, ...files });
  return dir;
};

describe('[extend]', () => {
  it('path = another TOML file, relative to the config that names it; its rules join the defaults', async () => {
    const dir = project({ 'conf/team.toml': '[extend]\nuseDefault = true\npath = "shared/base.toml"\n', 'conf/shared/base.toml': ACME_RULE });
    const result = await runCli(['scan', 'src', '-f', 'json', '--config', 'conf/team.toml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(ruleIds(result.stdout)).toEqual(['acme-api-key', 'github-pat']);
  });

  it('without useDefault, an extended file with its own rules replaces the defaults (gitleaks), and disabledRules may name its rules', async () => {
    const dir = project({ '.leakgate.toml': '[extend]\npath = "base.toml"\n', 'base.toml': ACME_RULE });
    expect(ruleIds((await runCli(['scan', 'src', '-f', 'json'], { cwd: dir })).stdout)).toEqual(['acme-api-key']);
    writeFiles(dir, { '.leakgate.toml': '[extend]\nuseDefault = true\npath = "base.toml"\ndisabledRules = ["acme-api-key"]\n' });
    expect(ruleIds((await runCli(['scan', 'src', '-f', 'json'], { cwd: dir })).stdout)).toEqual(['github-pat']);
  });

  it('refuses a missing file, a cycle (deeper than gitleaks\' two levels) and a url', async () => {
    const missing = await runCli(['scan', 'src'], { cwd: project({ '.leakgate.toml': '[extend]\npath = "nope.toml"\n' }) });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('.leakgate.toml: [extend] path: no such file');
    const cycle = await runCli(['scan', 'src'], { cwd: project({ '.leakgate.toml': '[extend]\npath = ".leakgate.toml"\n' }) });
    expect(cycle.code).toBe(2);
    expect(cycle.stderr).toContain('at most 2 levels');
    const url = await runCli(['scan', 'src'], { cwd: project({ '.leakgate.toml': '[extend]\nurl = "https://example.invalid/x.toml"\n' }) });
    expect(url.code).toBe(2);
    expect(url.stderr).toContain('url is not supported');
  });
});

describe('rule ids in a config', () => {
  it('refuses an unknown id in disabledRules with the close names (the README\'s own old example)', async () => {
    const result = await runCli(['scan', 'src'], { cwd: project({ '.leakgate.toml': '[extend]\nuseDefault = true\ndisabledRules = ["generic-password"]\n' }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.leakgate.toml: [extend] disabledRules: no rule has the id "generic-password": did you mean');
    expect(result.stderr).toContain('"generic-password-assignment"');
  });

  it('refuses an unknown id in an allowlist\'s targetRules', async () => {
    const result = await runCli(['scan', 'src'], { cwd: project({ '.leakgate.toml': '[[allowlists]]\ntargetRules = ["github-pta"]\npaths = ["x/**"]\n' }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('allowlist #1 targetRules: no rule has the id "github-pta": did you mean "github-pat"');
  });
});
