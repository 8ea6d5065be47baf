import { describe, expect, it } from 'vitest';
import { fakePassword } from '../helpers/fake-secrets.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir, writeFiles } from '../helpers/temp-dir.js';
import { base64Plain } from '../../src/detect/decoders.js';

const b64 = (text: string): string => Buffer.from(text).toString('base64');

describe('a generic value in base64 is judged by its decoded text', () => {
  it('a Kubernetes Secret holding base64 of placeholder words is quiet; one holding a real-looking password is reported', async () => {
    const dir = tempDir();
    const strong = fakePassword();
    writeFiles(dir, {
      'k8s/secret.yaml': [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: db',
        'data:',
        `  password: ${b64('password')}`,
        `  admin_password: ${b64('storageos')}`,
        `  db_password: ${b64(strong)}`,
        '',
      ].join('\n'),
    });
    const result = await runCli(['scan', '-f', 'json', '--no-redact'], { cwd: dir });
    const report = JSON.parse(result.stdout) as { findings: Array<{ line: number; secret: string; ruleId: string }> };
    // The raw base64 on line 8 and, through the decode pass, its decoded text; lines 6 and 7 not at all.
    expect(report.findings.map((f) => f.line).sort()).toEqual(report.findings.map(() => 8));
    expect(report.findings.map((f) => f.secret)).toContain(b64(strong));
    expect(result.code).toBe(1);
  });

  it('only whole base64 of printable text is decoded, padded or not (RFC 4648 section 3.2)', () => {
    expect(base64Plain(b64('password'))).toBe('password');
    expect(base64Plain(b64('admin:admin\n'))).toBe('admin:admin');
    expect(base64Plain(b64('password').replace(/=+$/, ''))).toBe('password');
    // a length one past a multiple of four is no base64 at all
    expect(base64Plain(`${b64('password').replace(/=+$/, '')}AA`)).toBeUndefined();
    expect(base64Plain(Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255]).toString('base64'))).toBeUndefined();
    expect(base64Plain('Tr0ub4dor&3xQ!')).toBeUndefined();
  });
});
