// A value decoded from an encoded run (a code sample in a JSON string) stands where the run stands:
// in an API description's code samples it is documentation, shown as an example; in a real
// configuration file it keeps its level.
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

const levels = async (files: Record<string, string>): Promise<string[]> => {
  const dir = tempDir();
  writeFiles(dir, files);
  const result = await runCli(['scan', '.', '-f', 'json', '--no-baseline', '--confidence', 'low'], { cwd: dir });
  expect(result.code, result.stderr).toBe(1);
  const { findings } = JSON.parse(result.stdout) as { findings: Array<{ file: string; confidence: string; ruleId: string }> };
  return findings.map((f) => `${f.file} ${f.ruleId} ${f.confidence}`).sort();
};

/** An OpenAPI operation with Redoc's code samples: one in a JSON string (escaped quotes), one plain. */
const openApi = (inString: string, plain: string): string => JSON.stringify({
  openapi: '3.1.0',
  info: { title: 'Acme API', version: '1.0.0' },
  paths: {
    '/api/v1/repos': {
      post: {
        operationId: 'create_repo',
        responses: { '201': { description: 'Created' } },
        'x-codeSamples': [
          { lang: 'Python', label: 'Python', source: `client = Acme(token="${inString}")\nclient.repos.create("demo")` },
          { lang: 'Shell', label: 'curl', source: `curl -H 'Authorization: token ${plain}' https://api.acme.test/api/v1/repos` },
        ],
      },
    },
  },
}, null, 2);

describe('the place of a decoded value', () => {
  it("an OpenAPI description's code samples are documentation shown as examples: low, decoded or not", async () => {
    expect(await levels({ 'codegen/lib-openapi.json': openApi(fakeGithubToken(), fakeGithubToken()) })).toEqual([
      'codegen/lib-openapi.json github-pat low',
      'codegen/lib-openapi.json github-pat low',
    ]);
  });

  it('the same token in a JSON string of a real configuration file keeps its level', async () => {
    const config = JSON.stringify({ deploy: { script: `export GITHUB_TOKEN="${fakeGithubToken()}"\n./release.sh` } }, null, 2);
    expect(await levels({ 'deploy/pipeline.json': config })).toEqual(['deploy/pipeline.json github-pat high']);
  });
});
