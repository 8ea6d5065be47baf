import { describe, expect, it } from 'vitest';
import { nestedQuantifier } from '../../src/rules/backtracking.js';
import { runCli } from '../helpers/run-cli.js';
import { makeRepo } from '../helpers/git-repo.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const EVIL_RULE = `
[[rules]]
id = "evil-backtracking"
description = "a rule that backtracks catastrophically"
regex = '''token=(a+)+$'''
keywords = ["token="]
examples = ['''token=aaaa''']
negatives = ['''nothing''']
`;

describe('adversarial rules', () => {
  it('the static check flags nested unbounded repetition and passes bounded patterns', () => {
    expect(nestedQuantifier('(a+)+$')).toBe('(a+)+');
    expect(nestedQuantifier('x(?:\\w*\\s)*y')).toBe('(?:\\w*\\s)*');
    expect(nestedQuantifier('((ab)+c){2,}')).toBe('((ab)+c){2,}');
    expect(nestedQuantifier('\\b(ghp_[0-9A-Za-z]{36})\\b')).toBeUndefined();
    expect(nestedQuantifier('(?:[a-z]{2,8}\\.){1,4}com')).toBeUndefined();
    expect(nestedQuantifier('[(+)]+')).toBeUndefined();
  });

  it('rules check refuses a rule that can backtrack catastrophically', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'evil.toml': EVIL_RULE });
    const result = await runCli(['rules', 'check', 'evil.toml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('rule "evil-backtracking": regex may backtrack catastrophically: (a+)+');
  });

  it('a scan cannot be hung by such a rule: the watchdog stops it, names the rule and file, exit 2', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      '.leakgate.toml': `[extend]\nuseDefault = true\n${EVIL_RULE}`,
      'src/ok.js': 'const a = 1;\n',
      'src/trap.txt': `token=${'a'.repeat(64)}!\n`,
    });
    const started = Date.now();
    const result = await runCli(['scan', '--rule-timeout', '2'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/rule "evil-backtracking" ran for over 2 s on src\/trap\.txt and was stopped/);
    expect(result.stdout).toBe('');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("staged with rules of the config's own runs them under the watchdog too (built-in rules alone run in-process)", async () => {
    const repo = makeRepo();
    repo.write({ '.leakgate.toml': `[extend]\nuseDefault = true\n${EVIL_RULE}` });
    repo.commit('config');
    repo.write({ 'src/trap.txt': `token=${'a'.repeat(64)}!\n` });
    repo.git('add', '-A');
    const result = await runCli(['staged', '--rule-timeout', '2'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/rule "evil-backtracking" ran for over 2 s on src\/trap\.txt and was stopped/);
  });
});
