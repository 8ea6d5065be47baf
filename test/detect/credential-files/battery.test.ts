// The credential-file battery (issue 18): for each format, a true file and a decoy of the same
// format, generated at run time, scanned through the CLI (`scan . --format json`) at the default
// confidence floor (medium): every true file is found, every decoy is quiet.
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { tempDir, writeFiles } from '../../helpers/temp-dir.js';
import { toolCases, type BatteryCase } from './cases-tools.js';
import { storeCases } from './cases-stores.js';

interface JsonFinding {
  readonly ruleId: string;
  readonly file: string;
  readonly secret: string;
  readonly confidence: string;
}

const CASES: readonly BatteryCase[] = [...toolCases(), ...storeCases()];

const scan = async (files: Record<string, string | Buffer>, code: number): Promise<JsonFinding[]> => {
  const dir = tempDir('leakgate-cred-');
  writeFiles(dir, files);
  const result = await runCli(['scan', '.', '--format', 'json', '--no-redact', '--no-progress'], { cwd: dir });
  const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
  expect(result.code, findings.map((f) => `${f.file} ${f.ruleId} ${f.confidence}`).join('\n') || result.stderr).toBe(code);
  return findings;
};

describe('credential-file battery', () => {
  let found: JsonFinding[] = [];
  let decoyFound: JsonFinding[] = [];

  beforeAll(async () => {
    found = await scan(Object.fromEntries(CASES.map((c) => [c.path, c.true])), 1);
    // Exit 0: scanned, and nothing found at the default floor.
    decoyFound = await scan(Object.fromEntries(CASES.map((c) => [c.decoyPath ?? c.path, c.decoy])), 0);
  });

  it('holds at least 40 formats, each at its own path', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.path)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c) => [c.format, c] as const))('finds the true %s', (_format, c) => {
    const here = found.filter((f) => f.file === c.path);
    expect(here.length, `nothing found in ${c.path}`).toBeGreaterThan(0);
    if (c.secret !== undefined) expect(here.map((f) => f.secret)).toContain(c.secret);
  });

  it.each(CASES.map((c) => [c.format, c] as const))('stays quiet on the decoy %s', (_format, c) => {
    expect(decoyFound.filter((f) => f.file === (c.decoyPath ?? c.path))).toEqual([]);
  });
});
