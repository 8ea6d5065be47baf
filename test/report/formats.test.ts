import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { sarifErrors } from '../helpers/sarif-schema.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const FORMATS = ['text', 'json', 'sarif', 'junit', 'csv', 'github'] as const;

describe('report formats', () => {
  const dir = tempDir();
  const token = fakeGithubToken();
  writeFiles(dir, { 'src/a,b "q".js': `const t = "${token}";\n`, 'ok.txt': 'nothing\n' });

  it.each(FORMATS)('%s never contains the secret unless --no-redact', async (format) => {
    const redacted = await runCli(['scan', '-f', format], { cwd: dir });
    expect(redacted.code).toBe(1);
    expect(redacted.stdout + redacted.stderr).not.toContain(token);
    expect(redacted.stdout).toContain('ghp_*****');
    const verbose = await runCli(['scan', '-f', format, '--verbose'], { cwd: dir });
    expect(verbose.stdout + verbose.stderr).not.toContain(token);
    const revealed = await runCli(['scan', '-f', format, '--no-redact'], { cwd: dir });
    expect(revealed.stdout).toContain(token);
  });

  it('SARIF is valid against the SARIF 2.1.0 schema, with rules, regions and fingerprints', async () => {
    const sarif = JSON.parse((await runCli(['scan', '-f', 'sarif'], { cwd: dir })).stdout);
    expect(sarifErrors(sarif)).toEqual([]);
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['github-pat']);
    expect(run.results[0]).toMatchObject({
      ruleId: 'github-pat',
      ruleIndex: 0,
      level: 'error',
      partialFingerprints: { 'leakgateFingerprint/v1': expect.stringMatching(/^[0-9a-f]{32}$/) },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a,b%20%22q%22.js' }, region: { startLine: 1, startColumn: 12 } } }],
    });
    expect(sarifErrors({ version: '2.1.0', runs: [{ results: [] }] })).not.toEqual([]);
    const empty = JSON.parse((await runCli(['scan', 'ok.txt', '-f', 'sarif'], { cwd: dir })).stdout);
    expect(sarifErrors(empty)).toEqual([]);
  });

  it('CSV quotes fields with commas and quotes; JUnit is one failed case per finding; GitHub annotations escape properties', async () => {
    const csv = (await runCli(['scan', '-f', 'csv'], { cwd: dir })).stdout.split('\r\n');
    expect(csv[0]).toBe('ruleId,severity,confidence,file,line,column,secret,fingerprint,validated,commit,author,email,date');
    expect(csv[1]).toMatch(/^github-pat,critical,high,"src\/a,b ""q"".js",1,12,ghp_\*{5},[0-9a-f]{32},true,,,,$/);
    const junit = (await runCli(['scan', '-f', 'junit'], { cwd: dir })).stdout;
    expect(junit).toContain('<testsuites name="leakgate" tests="1" failures="1">');
    expect(junit).toContain('classname="src/a,b &quot;q&quot;.js"');
    const github = (await runCli(['scan', '-f', 'github'], { cwd: dir })).stdout;
    expect(github).toBe(
      '::error file=src/a%2Cb "q".js,line=1,endLine=1,col=12,title=github-pat%3A GitHub personal access token (classic) (high confidence)::GitHub personal access token (classic): ghp_*****. Remove it, rotate it, or add it to the baseline.\n',
    );
  });
});
