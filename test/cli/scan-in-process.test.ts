// `scan` detects in this thread when its whole input is small (cli/in-process.ts), in workers
// otherwise: both ways report the same findings, suppressions and skipped files.
import { describe, expect, it } from 'vitest';
import { IN_PROCESS_BYTES } from '../../src/cli/in-process.js';
import { fakeAwsKeyId, fakeGithubToken, fakeStripeKey } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';

interface JsonReport {
  readonly findings: ReadonlyArray<{ readonly repository?: string; readonly ruleId: string; readonly file: string; readonly line: number; readonly column: number; readonly secret: string }>;
  readonly skipped: ReadonlyArray<{ readonly path: string; readonly reason: string }>;
}

/** Harmless code of about `bytes`. */
const filler = (bytes: number, seed: number): string => {
  const line = `export const value${seed} = compute(options.items[${seed}], "segment-${seed}"); // plain code\n`;
  return line.repeat(Math.ceil(bytes / line.length));
};

const planted = (): Record<string, string | Buffer> => ({
  'src/config.js': `// settings\nconst token = "${fakeGithubToken()}";\n`,
  'deploy/.env': `AWS_ACCESS_KEY_ID=${fakeAwsKeyId()}\n`,
  'billing.py': `# leakgate:allow\nSTRIPE = "${fakeStripeKey()}"  # leakgate:allow\n`,
  'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]),
  'deploy/id_rsa': '',
});

const scan = async (dir: string): Promise<JsonReport> => {
  const result = await runCli(['scan', '.', '--format', 'json', '--no-redact', '--no-progress'], { cwd: dir });
  expect(result.code).toBe(1);
  return JSON.parse(result.stdout) as JsonReport;
};

const plantedOnly = (report: JsonReport): unknown => ({
  // The repository is named after the temporary folder: left out.
  findings: report.findings.filter((f) => !f.file.startsWith('filler/')).map(({ repository: _, ...rest }) => rest),
  skipped: report.skipped,
});

describe('scan: in-process for a small input, workers for a large one', () => {
  it('reports the same either way', async () => {
    const files = planted();
    const small = tempDir();
    writeFiles(small, files);
    const large = tempDir();
    const fillers: Record<string, string> = {};
    for (let i = 0, size = 0; size <= IN_PROCESS_BYTES + (1 << 20); i++, size += 256 << 10) fillers[`filler/part-${i}.js`] = filler(256 << 10, i);
    writeFiles(large, { ...files, ...fillers });
    const inProcess = await scan(small);
    const inWorkers = await scan(large);
    expect(inProcess.findings.map((f) => f.ruleId).sort()).toEqual(['aws-access-key-id', 'github-pat', 'sensitive-file-ssh-private-key'].sort());
    expect(plantedOnly(inWorkers)).toEqual(plantedOnly(inProcess));
  }, 60_000);
});
