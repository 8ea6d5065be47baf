// The Kubernetes example: every manifest validated against the Kubernetes API's OpenAPI schemas
// (kubernetes-models, offline), the Indexed Job's shape checked against its ConfigMap, and both
// Jobs' scripts run here for real, one completion index after another, against local bare
// repositories: what the pods would do, minus the scheduler.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ConfigMap, PersistentVolumeClaim, Secret } from 'kubernetes-models/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeAwsKeyId, fakeGithubToken } from '../helpers/fake-secrets.js';
import { gitServer, leakgateOnPath } from '../helpers/org-fixture.js';
import { sarifErrors } from '../helpers/sarif-schema.js';
import { tempDir } from '../helpers/temp-dir.js';

const DIR = resolve(import.meta.dirname, '../../examples/kubernetes-org-audit');
// Manifests are untyped YAML that the tests walk freely; the schemas above are what check them.
type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; spec?: any; data?: Record<string, string> };
const MODELS: Record<string, new (data: any) => { validate: () => void }> = { 'v1/ConfigMap': ConfigMap, 'v1/PersistentVolumeClaim': PersistentVolumeClaim, 'v1/Secret': Secret, 'batch/v1/Job': Job };

const manifests = (): Array<{ file: string; doc: Manifest }> =>
  readdirSync(DIR)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => parseAllDocuments(readFileSync(join(DIR, file), 'utf8')).map((doc) => ({ file, doc: doc.toJS() as Manifest })));
const find = (kind: string, name: string): Manifest => {
  const found = manifests().find(({ doc }) => doc.kind === kind && doc.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found.doc;
};

describe('examples/kubernetes-org-audit', () => {
  it('validates every manifest against the API schemas, and the check catches a wrong type', () => {
    const all = manifests();
    expect(all.map(({ doc }) => `${doc.kind}/${doc.metadata.name}`).sort()).toEqual(['ConfigMap/leakgate-repositories', 'Job/leakgate-audit', 'Job/leakgate-merge', 'PersistentVolumeClaim/leakgate-reports', 'Secret/leakgate-audit']);
    for (const { file, doc } of all) {
      const Model = MODELS[`${doc.apiVersion}/${doc.kind}`];
      expect(Model, `${file}: ${doc.apiVersion} ${doc.kind}`).toBeDefined();
      expect(() => new (Model as NonNullable<typeof Model>)(doc).validate(), file).not.toThrow();
    }
    const job = find('Job', 'leakgate-audit');
    expect(() => new Job({ ...job, spec: { ...job.spec, completionMode: 'ByIndex' } } as never).validate()).toThrow();
  });

  it('runs one completion per repository of the ConfigMap, as a non-root user, reports on the shared volume', () => {
    const job = find('Job', 'leakgate-audit');
    const repositories = (find('ConfigMap', 'leakgate-repositories').data?.['repositories.txt'] ?? '').split('\n').filter(Boolean);
    expect(job.spec.completionMode).toBe('Indexed');
    expect(job.spec.completions).toBe(repositories.length);
    expect(job.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
    const volumes = job.spec.template.spec.volumes.map((v: { persistentVolumeClaim?: { claimName: string } }) => v.persistentVolumeClaim?.claimName).filter(Boolean);
    expect(volumes).toEqual(['leakgate-reports']);
    expect(find('Job', 'leakgate-merge').spec.template.spec.volumes).toEqual(job.spec.template.spec.volumes);
  });

  describe('the pods\' scripts, run for real', () => {
    const secrets = [fakeGithubToken(), fakeAwsKeyId()];
    const volume = tempDir('leakgate-volume-');
    const results: Array<ReturnType<typeof spawnSync>> = [];
    beforeAll(() => {
      const base = gitServer({
        'acme/api': [{ 'app.env': `GITHUB_TOKEN=${secrets[0]}\n` }],
        'acme/web': [{ 'ci.sh': `export GH_TOKEN=${secrets[0]}\naws_access_key_id = ${secrets[1]}\n` }],
      });
      // The ConfigMap mounted at /config, here a folder: acme/infra has no repository (clone fails).
      const config = tempDir('leakgate-config-');
      writeFileSync(join(config, 'repositories.txt'), find('ConfigMap', 'leakgate-repositories').data?.['repositories.txt'] ?? '');
      const path = `${leakgateOnPath()}:${process.env['PATH'] ?? ''}`;
      const run = (jobName: string, index: number) => {
        const container = find('Job', jobName).spec.template.spec.containers[0];
        const env = Object.fromEntries(container.env.filter((e: { value?: string }) => e.value !== undefined).map((e: { name: string; value: string }) => [e.name, e.value.replace(/^\/reports/, volume)]));
        const script = (container.args[0] as string).replaceAll('/config/', `${config}/`);
        mkdirSync(join(volume, 'tmp'), { recursive: true });
        return spawnSync('/bin/sh', ['-c', script], {
          encoding: 'utf8',
          env: { ...env, PATH: path, HOME: join(volume, 'tmp'), TMPDIR: join(volume, 'tmp'), GIT_BASE_URL: `file://${base}`, JOB_COMPLETION_INDEX: String(index), LEAKGATE_ORG_KEY: 'org-key-for-tests-0123456789abcdef' },
        });
      };
      for (let index = 0; index < 3; index++) results.push(run('leakgate-audit', index));
      results.push(run('leakgate-merge', 0));
    }, 120_000);

    it('writes a report per repository (the one that cannot be cloned holds its error), then merges them', () => {
      for (const result of results) expect(result.status, String(result.stderr)).toBe(0);
      expect(readdirSync(join(volume, 'reports')).sort()).toEqual(['acme_api.json', 'acme_infra.json', 'acme_web.json']);
      expect(readdirSync(join(volume, 'merged')).sort()).toEqual(['org-audit.csv', 'org-audit.html', 'org-audit.json', 'org-audit.md', 'org-audit.sarif']);
      const merged = JSON.parse(readFileSync(join(volume, 'merged', 'org-audit.json'), 'utf8'));
      expect(merged.merge).toEqual({ reports: 3, repositories: 3, findings: 3, failed: 1 });
      expect(merged.failed[0]).toMatchObject({ repository: 'acme/infra', code: 'clone' });
      expect(merged.correlations[0]).toMatchObject({ repositories: 2, atHead: 2 });
      expect(sarifErrors(JSON.parse(readFileSync(join(volume, 'merged', 'org-audit.sarif'), 'utf8')))).toEqual([]);
      for (const file of readdirSync(join(volume, 'merged'))) {
        const text = readFileSync(join(volume, 'merged', file), 'utf8');
        for (const secret of secrets) expect(text, file).not.toContain(secret.slice(4));
      }
    });
  });
});
