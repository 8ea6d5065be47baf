// The GitHub Actions example: the workflow validated with @action-validator/cli (a WebAssembly
// build of action-validator: it runs offline from the npm package), and its own shell steps run
// here for real: the list step's batching, the audit step against local bare repositories with
// fake secrets (one missing), and the merge step on the reports, laid out as download-artifact does.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { gitServer, leakgateOnPath } from '../helpers/org-fixture.js';
import { sarifErrors } from '../helpers/sarif-schema.js';
import { tempDir } from '../helpers/temp-dir.js';

const WORKFLOW = resolve(import.meta.dirname, '../../examples/github-org-audit/.github/workflows/leakgate-org-audit.yml');
const VALIDATOR = createRequire(import.meta.url).resolve('@action-validator/cli/cli.mjs');

interface Step { readonly name?: string; readonly id?: string; readonly run?: string }
const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as { jobs: Record<string, { steps: Step[]; strategy?: Record<string, unknown> }> };
const stepRun = (job: string, id: string): string => {
  const step = workflow.jobs[job]?.steps.find((s) => s.id === id || s.name?.startsWith(id));
  if (!step?.run) throw new Error(`no run step ${id} in job ${job}`);
  return step.run;
};

const bash = (script: string, cwd: string, env: Record<string, string>) =>
  spawnSync('bash', ['-c', script], { cwd, env: { PATH: process.env['PATH'] ?? '', HOME: cwd, ...env }, encoding: 'utf8' });

describe('examples/github-org-audit', () => {
  it('is a valid workflow for action-validator, which rejects a broken copy', () => {
    expect(execFileSync(process.execPath, [VALIDATOR, WORKFLOW], { encoding: 'utf8' })).toBe('');
    const broken = join(tempDir(), 'broken.yml');
    writeFileSync(broken, readFileSync(WORKFLOW, 'utf8').replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest'));
    expect(spawnSync(process.execPath, [VALIDATOR, broken]).status).toBe(1);
  });

  it('fans out without failing fast, in bounded parallel, reusable and runnable by hand', () => {
    const raw = parse(readFileSync(WORKFLOW, 'utf8')) as { on: Record<string, unknown> };
    expect(Object.keys(raw.on).sort()).toEqual(['workflow_call', 'workflow_dispatch']);
    expect(workflow.jobs['audit']?.strategy).toMatchObject({ 'fail-fast': false, 'max-parallel': '${{ inputs.max-parallel }}' });
  });

  it('splits the list into at most 256 batches (the matrix limit)', () => {
    const dir = tempDir();
    const repositories = Array.from({ length: 600 }, (_, i) => `acme/r${i}`).join(',');
    const result = bash(stepRun('list', 'list'), dir, { REPOSITORIES: repositories, ORG: 'acme', GH_TOKEN: 'unused', GITHUB_OUTPUT: join(dir, 'out') });
    expect(result.status, result.stderr).toBe(0);
    const batches = JSON.parse(readFileSync(join(dir, 'out'), 'utf8').replace(/^batches=/, '')) as string[];
    expect(batches.length).toBeLessThanOrEqual(256);
    expect(batches.flatMap((b) => b.split(' ')).sort()).toEqual(repositories.split(',').sort());
    expect(readFileSync(join(dir, 'repositories.txt'), 'utf8').split('\n').filter(Boolean)).toHaveLength(600);
  });

  describe('its audit and merge steps, run for real', () => {
    const token = fakeGithubToken();
    const work = tempDir();
    let merge: ReturnType<typeof bash>;
    beforeAll(() => {
      const base = gitServer({
        'acme/api': [{ '.env': `GITHUB_TOKEN=${token}\n` }],
        'acme/web': [{ 'deploy.sh': `export GH_TOKEN=${token}\n` }, { 'deploy.sh': 'export GH_TOKEN="$TOKEN"\n' }],
        'acme/docs': [{ 'README.md': '# docs\n' }],
      });
      const path = `${leakgateOnPath()}:${process.env['PATH'] ?? ''}`;
      const reports = join(work, 'runner-temp', 'reports');
      const env = { PATH: path, TOKEN: 'not-a-real-token', LEAKGATE_ORG_KEY: 'org-key-for-tests-0123456789abcdef', GIT_BASE_URL: `file://${base}`, REPORTS: reports };
      const audit1 = bash(stepRun('audit', 'full-history audit'), work, { ...env, BATCH: 'acme/api acme/web' });
      const audit2 = bash(stepRun('audit', 'full-history audit'), work, { ...env, BATCH: 'acme/docs acme/gone' });
      expect(audit1.status, audit1.stderr).toBe(0);
      expect(audit2.status, audit2.stderr).toBe(0);
      // download-artifact with a pattern puts each artifact in a folder of its name.
      const job = join(work, 'merge-job');
      mkdirSync(join(job, 'reports', 'leakgate-report-0'), { recursive: true });
      mkdirSync(join(job, 'expected'), { recursive: true });
      cpSync(reports, join(job, 'reports', 'leakgate-report-0'), { recursive: true });
      writeFileSync(join(job, 'expected', 'repositories.txt'), 'acme/api\nacme/docs\nacme/gone\nacme/never-ran\nacme/web\n');
      merge = bash(stepRun('merge', 'merge'), job, { PATH: path, GITHUB_STEP_SUMMARY: join(job, 'summary.md'), GITHUB_OUTPUT: join(job, 'output') });
    }, 120_000);

    it('writes one SARIF (a run per repository), a CSV, an HTML page and a job summary', () => {
      expect(merge.status, merge.stderr).toBe(0);
      const job = join(work, 'merge-job');
      expect(readFileSync(join(job, 'output'), 'utf8')).toBe('code=1\n');
      const sarif = JSON.parse(readFileSync(join(job, 'leakgate-org-audit.sarif'), 'utf8'));
      expect(sarifErrors(sarif)).toEqual([]);
      expect(sarif.runs.map((run: { properties: { repository: string } }) => run.properties.repository)).toEqual(['acme/api', 'acme/docs', 'acme/gone', 'acme/never-ran', 'acme/web']);
      const summary = readFileSync(join(job, 'summary.md'), 'utf8');
      expect(summary).toMatch(/\*\*acme\/gone\*\*: history failed \(clone\): git clone failed/);
      expect(summary).toMatch(/\*\*acme\/never-ran\*\*: none failed \(missing\)/);
      expect(summary).toMatch(/the same secret in 2 places in 2 repositories, still at HEAD in 1/);
      expect(readFileSync(join(job, 'leakgate-org-audit.csv'), 'utf8').split('\r\n')[0]).toMatch(/^repository,ruleId,severity/);
      for (const file of ['leakgate-org-audit.sarif', 'leakgate-org-audit.csv', 'leakgate-org-audit.html', 'summary.md']) {
        expect(readFileSync(join(job, file), 'utf8'), file).not.toContain(token.slice(4));
      }
    });
  });
});
