// Large files are scanned by default (--max-file-size 256 MiB; it was 10 MB, and a 30 MB bundle or
// a SQL dump holding a key was passed over with a note). They are read in pieces from disk
// (sources/large-file.ts); the secrets in them are found once, on their own line and column.
// No wall-clock assertion: the timeouts are hang guards only (200 MB: ~2–4 s here, unloaded).
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeAwsKeyId, fakeGithubToken } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

const MB = 1024 * 1024;

interface JsonReport {
  readonly findings: ReadonlyArray<{ readonly ruleId: string; readonly file: string; readonly line: number; readonly column: number; readonly secret: string }>;
  readonly skipped: ReadonlyArray<{ readonly path: string }>;
}

/** Writes `block` repeated until the file holds `bytes`, then `tail`; returns the number of lines before the tail. */
const writeBig = (path: string, block: string, bytes: number, tail: string): number => {
  const fd = openSync(path, 'w');
  const chunk = Buffer.from(block);
  let size = 0;
  let lines = 0;
  const perBlock = block.split('\n').length - 1;
  try {
    for (; size < bytes; size += chunk.length, lines += perBlock) writeSync(fd, chunk);
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
  return lines;
};

const scan = async (dir: string, file: string): Promise<JsonReport> => {
  const result = await runCli(['scan', file, '--format', 'json', '--no-redact', '--no-progress'], { cwd: dir });
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.code).toBe(1);
  return JSON.parse(result.stdout) as JsonReport;
};

describe('large files, default options', () => {
  it('a 200 MB SQL dump with a key on its last line: found there, once', async () => {
    const dir = tempDir();
    const rows = Array.from({ length: 1000 }, (_, i) => `INSERT INTO users (id, name, email) VALUES (${i}, 'user ${i}', 'user${i}@example.invalid');\n`).join('');
    const key = fakeAwsKeyId();
    const before = writeBig(join(dir, 'dump.sql'), rows, 200 * MB, `-- restore with aws_access_key_id = ${key}\n`);
    const report = await scan(dir, 'dump.sql');
    expect(report.skipped).toEqual([]);
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.secret])).toEqual([['aws-access-key-id', 'dump.sql', before + 1, key]]);
  }, 180_000);

  it('a 30 MB minified bundle (lines of ~600 KB): a token mid-line and one at the end, each on its line and column', async () => {
    const dir = tempDir();
    const line = `!function(e){var t={};${'e.exports=function(n){return n*2},'.repeat(17_000)}}();\n`;
    const first = fakeGithubToken();
    const last = fakeGithubToken();
    // The first token on line 26 of ~51 (~15 MB in), the second on a last line of its own.
    const path = join(dir, 'app.min.js');
    const lines = writeBig(path, line, 30 * MB, `var tk2="${last}";\n`);
    const prefix = 'var cfg={a:1,b:2,c:3,d:4,e:5,f:6},tk="';
    const fd = openSync(path, 'r+');
    writeSync(fd, `${prefix}${first}";${line.slice(prefix.length + first.length + 2)}`, 25 * line.length);
    closeSync(fd);
    const report = await scan(dir, 'app.min.js');
    expect(report.findings.map((f) => [f.secret, f.line, f.column])).toEqual([
      [first, 26, prefix.length + 1],
      [last, lines + 1, 'var tk2="'.length + 1],
    ]);
  }, 120_000);
});
