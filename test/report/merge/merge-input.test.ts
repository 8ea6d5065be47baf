// report merge on inputs it must not trust: unredacted reports, broken JSON, JSON lines on stdin,
// a repository that never reported, and any order of inputs giving the same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken, randomFrom } from '../../helpers/fake-secrets.js';
import { jsonReport, type FakeFinding } from '../../helpers/json-reports.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

const write = (dir: string, name: string, value: unknown, pretty = true): string => {
  const path = join(dir, name);
  writeFileSync(path, `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
  return path;
};

describe('report merge inputs', () => {
  it('masks secrets of a report made with --no-redact, in the match and commit message too', async () => {
    const dir = tempDir();
    const token = fakeGithubToken();
    const report = jsonReport('acme/raw', [{ ruleId: 'github-pat', severity: 'high', file: 'a.txt', line: 1, secret: token, commit: 'a'.repeat(40) }]);
    ((report['findings'] as Array<Record<string, unknown>>)[0] as Record<string, unknown>)['message'] = `oops ${token}`;
    write(dir, 'raw.json', report);
    for (const format of ['json', 'csv', 'sarif', 'markdown', 'text', 'html']) {
      const result = await runCli(['report', 'merge', 'raw.json', '-f', format], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stdout, format).not.toContain(token.slice(4));
      expect(result.stdout.replace(/\\/g, ''), format).toContain('ghp_*****');
    }
  });

  it('names the file and line of broken JSON (exit 2), without quoting it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cut.json'), '{\n  "version": 1,\n  "scan": {"repository": "x"},\n  "findings": [ {"secret": "hunter2hunter2" oops} ]\n}\n');
    const result = await runCli(['report', 'merge', 'cut.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^leakgate: cut\.json:4: invalid JSON\n$/);
    writeFileSync(join(dir, 'half.json'), '{\n  "version": 1,\n  "findings": [\n');
    const half = await runCli(['report', 'merge', 'half.json'], { cwd: dir });
    expect(half.stderr).toMatch(/half\.json:1: the report is cut short/);
    write(dir, 'bad.json', { ...jsonReport('acme/x', [{ ruleId: 'r', severity: 'urgent', file: 'a', line: 1, secret: 'x*****' }]) });
    const bad = await runCli(['report', 'merge', 'bad.json'], { cwd: dir });
    expect(bad.stderr).toMatch(/bad\.json:1: findings\[0\]: severity "urgent" is not one of/);
  });

  it('reads JSON lines on stdin, and lists a repository without a report as failed (--expect)', async () => {
    const dir = tempDir();
    const lines = ['acme/a', 'acme/b'].map((name) => JSON.stringify(jsonReport(name, []))).join('\n');
    writeFileSync(join(dir, 'repos.txt'), '# the org\nacme/a\nacme/b\nacme/c\n');
    const result = await runCli(['report', 'merge', '-', '--expect', 'repos.txt', '-f', 'json'], { cwd: dir, stdin: `${lines}\n` });
    expect(result.code).toBe(2);
    const merged = JSON.parse(result.stdout);
    expect(merged.merge).toEqual({ reports: 2, repositories: 3, findings: 0, failed: 1 });
    expect(merged.failed).toEqual([{ repository: 'acme/c', mode: 'none', code: 'missing', message: 'no report was found for this repository' }]);
    const clean = await runCli(['report', 'merge', '-'], { cwd: dir, stdin: `${lines}\n` });
    expect(clean.code).toBe(0);
  });

  it('gives the same bytes for any order of its inputs (files and JSON lines)', async () => {
    const hex = fc.stringMatching(/^[0-9a-f]{4}$/);
    const finding = fc.record({
      ruleId: fc.constantFrom('github-pat', 'aws-access-key-id', 'generic-password'),
      severity: fc.constantFrom('critical', 'high', 'medium', 'low'),
      file: fc.constantFrom('a.env', 'src/app.ts', 'deploy/x.yaml'),
      line: fc.integer({ min: 1, max: 5 }),
      secret: fc.constantFrom('ghp_*****', '*****', 'AKIA*****'),
      commit: fc.constantFrom('a'.repeat(40), 'b'.repeat(40)),
      presentInHead: fc.boolean(),
      correlation: fc.option(fc.constantFrom('1'.repeat(64), '2'.repeat(64)), { nil: undefined }),
    }) as fc.Arbitrary<FakeFinding>;
    const report = fc.record({ repo: fc.constantFrom('acme/a', 'acme/b', 'acme/c', 'zeta/z'), findings: fc.array(finding, { maxLength: 5 }), failed: fc.boolean(), tag: hex });
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.array(report, { minLength: 1, maxLength: 6 }).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))), async ([list, shuffled]) => {
        const docs = (order: typeof list) => order.map((r) => jsonReport(r.repo, r.findings, r.failed ? { code: 'git', message: `failed ${r.tag}` } : undefined));
        const outputs: string[] = [];
        for (const [n, order] of [list, shuffled].entries()) {
          const tag = randomFrom('abcdef', 6);
          const stdin = docs(order).map((doc) => JSON.stringify(doc)).join('\n');
          for (const format of ['json', 'sarif', 'csv', 'markdown']) {
            const result = await runCli(['report', 'merge', '-', '-f', format], { cwd: dir, stdin });
            expect(result.stderr).not.toMatch(/leakgate: (?!.*(finding|no secrets))/);
            outputs[n * 10 + ['json', 'sarif', 'csv', 'markdown'].indexOf(format)] = result.stdout;
          }
          // The same reports as files whose names follow the shuffled order.
          const files = docs(order).map((doc, i) => write(tempDir(), `${String(i).padStart(2, '0')}-${tag}.json`, doc));
          outputs[n * 10 + 5] = (await runCli(['report', 'merge', ...files, '-f', 'json'], { cwd: dir })).stdout;
        }
        expect(outputs[0]).not.toBe('');
        for (const k of [0, 1, 2, 3, 5]) expect(outputs[10 + k]).toBe(outputs[k]);
        expect(outputs[5]).toBe(outputs[0]);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('writes --output whole, and refuses a folder holding no report', async () => {
    const dir = tempDir();
    write(dir, 'a.json', jsonReport('acme/a', []));
    const result = await runCli(['report', 'merge', 'a.json', '-f', 'sarif', '-o', 'out.sarif'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs).toHaveLength(1);
    const empty = await runCli(['report', 'merge', tempDir()], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/no reports \(\*\.json, \*\.jsonl\) in/);
  });
});
