// JSON reports as `leakgate --format json` writes them, built in code for merge tests and the bench.
export interface FakeFinding {
  readonly ruleId: string;
  readonly severity: string;
  readonly file: string;
  readonly line: number;
  readonly secret: string;
  readonly commit?: string;
  readonly date?: string;
  readonly presentInHead?: boolean;
  readonly correlation?: string;
}

export const jsonReport = (repository: string, findings: readonly FakeFinding[], error?: { code: string; message: string }): Record<string, unknown> => ({
  version: 1,
  tool: { name: 'leakgate', version: '0.1.0' },
  scan: { mode: 'history', target: '--all', repository, rules: 1, files: 1, commits: 1, bytes: 1, durationMs: 1 },
  ...(error ? { error } : {}),
  findings: findings.map((f) => ({
    repository,
    ruleId: f.ruleId,
    description: `${f.ruleId} description`,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: 1,
    endLine: f.line,
    endColumn: 2,
    secret: f.secret,
    match: `key = ${f.secret}`,
    entropy: 4,
    validated: null,
    fingerprint: '0'.repeat(32),
    ...(f.commit ? { commit: f.commit, author: 'Ada', email: 'ada@example.invalid', date: f.date ?? '2024-01-01T00:00:00+00:00', message: 'add' } : {}),
    ...(f.presentInHead !== undefined ? { presentInHead: f.presentInHead } : {}),
    ...(f.correlation ? { correlation: f.correlation } : {}),
  })),
  skipped: [],
  suppressed: { allowlist: 0, inline: 0, baseline: 0 },
  notes: [],
});
