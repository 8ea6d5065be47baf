// The precision panel's instrument (bench/precision.mjs): sampling, verdict matching and weighted
// precision as pure functions, then the whole script on two real repositories fetched the way the
// panel's snapshots are (a bare repository under <mirrors>/owner+name/repo, one blob missing).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexVerdicts, parseVerdicts, sampleFindings, verdictFor, type PanelFinding, type Verdict } from '../../bench/precision/sample.mjs';
import { precisionOf, scoreHalf } from '../../bench/precision/score.mjs';
import { fakeGithubToken, fakePassword } from '../helpers/fake-secrets.js';
import { gitIn, makeRepo } from '../helpers/git-repo.js';
import { tempDir } from '../helpers/temp-dir.js';

const ROOT = join(import.meta.dirname, '..', '..');
const familyOf = (ruleId: string): string => (ruleId.startsWith('generic-') ? 'generic' : ruleId.split('-')[0] ?? 'other');
const finding = (file: string, line: number, ruleId = 'generic-password-assignment'): PanelFinding => ({ ruleId, file, line });
const verdict = (file: string, line: number, rule: string, v: Verdict['verdict']): Verdict =>
  ({ repo: 'acme/app', file, line, rule, verdict: v });

describe('sampleFindings', () => {
  const many = Array.from({ length: 100 }, (_, i) => finding(`src/f${i}.py`, i + 1));

  it('keeps at most 40, the same ones on every run', () => {
    const a = sampleFindings('acme/app', many);
    expect(a).toHaveLength(40);
    expect(sampleFindings('acme/app', [...many].reverse())).toEqual(a);
    expect(sampleFindings('other/repo', many)).not.toEqual(a);
  });

  it('keeps a sampled finding in the sample when other findings go away', () => {
    const before = sampleFindings('acme/app', many);
    const fewer = many.filter((_, i) => i % 3 !== 0);
    const after = sampleFindings('acme/app', fewer);
    for (const f of before.filter((x) => fewer.includes(x))) expect(after).toContain(f);
  });
});

describe('verdictFor', () => {
  const index = indexVerdicts([
    verdict('a.py', 3, 'generic-password-assignment', 'FP'),
    verdict('a.py', 3, 'generic-password-assignment', 'TF'), // a later line wins
    verdict('b.py', 7, 'aws-access-key', 'TL'),
  ], familyOf);

  it('matches the exact place and rule, the last verdict winning', () => {
    expect(verdictFor(index, 'acme/app', finding('a.py', 3), familyOf)?.verdict).toBe('TF');
  });

  it('falls back to a rule of the same family, then to the place', () => {
    expect(verdictFor(index, 'acme/app', finding('a.py', 3, 'generic-secret-assignment'), familyOf)?.verdict).toBe('TF');
    expect(verdictFor(index, 'acme/app', finding('b.py', 7, 'generic-secret-assignment'), familyOf)?.verdict).toBe('TL');
    expect(verdictFor(index, 'acme/app', finding('b.py', 8), familyOf)).toBeNull();
    expect(verdictFor(index, 'other/repo', finding('a.py', 3), familyOf)).toBeNull();
  });

  it('refuses a verdict line without a verdict, naming file and line', () => {
    expect(() => parseVerdicts('{"repo":"a/b","file":"x","line":1,"rule":"r","verdict":"TL"}\n{"repo":"a/b"}\n', 'v.jsonl'))
      .toThrow('v.jsonl:2:');
  });
});

describe('scoreHalf', () => {
  it('weights each judged sample finding by findings / sample size and leaves U out', () => {
    const big = { repo: 'acme/app', files: 10, findings: Array.from({ length: 80 }, (_, i) => finding('a.py', i + 1)) };
    const small = { repo: 'acme/lib', files: 10, findings: [finding('b.py', 1)] };
    const sample = sampleFindings('acme/app', big.findings);
    const verdicts: Verdict[] = sample.map((f, i) => ({ ...verdict(f.file, f.line, f.ruleId, i < 10 ? 'TL' : i < 20 ? 'U' : 'FP') }));
    verdicts.push({ repo: 'acme/lib', file: 'b.py', line: 1, rule: 'generic-password-assignment', verdict: 'TL' });
    const score = scoreHalf([big, small], indexVerdicts(verdicts, familyOf), familyOf);
    // acme/app: 10 TL and 20 FP judged, each standing for 2 findings; acme/lib: 1 TL standing for 1.
    expect(score.all).toMatchObject({ findings: 81, sampled: 41, unjudged: 0, TL: 21, FP: 40, U: 20 });
    expect(precisionOf(score.generic)).toBeCloseTo(21 / 61, 6);
  });
});

/** A bare repository under <mirrors>/owner+name/repo, filled by a push (so its objects are loose). */
function mirrorOf(mirrors: string, name: string, files: Record<string, string>): string {
  const work = makeRepo();
  const commit = work.commit('initial', files);
  const bare = join(mirrors, name.replace('/', '+'), 'repo');
  mkdirSync(bare, { recursive: true });
  gitIn(bare, ['init', '-q', '--bare', bare]);
  work.git('push', '-q', bare, 'main');
  gitIn(bare, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
  return commit;
}

const runBench = (args: string[]) =>
  spawnSync('node', [join(ROOT, 'bench', 'precision.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('bench/precision.mjs on real repositories', () => {
  it('extracts, scans, keeps no values, scores verdicts and lists the unjudged with context', () => {
    const dir = tempDir('leakgate-panel-');
    const mirrors = join(dir, 'mirrors');
    const password = fakePassword();
    const token = fakeGithubToken();
    const app = mirrorOf(mirrors, 'acme/app', {
      'settings.py': `DEBUG = False\nDB_PASSWORD = "${password}"\n`,
      'assets/huge.txt': 'stands for a blob of 4 MiB and more that the snapshot lacks\n',
    });
    const lib = mirrorOf(mirrors, 'acme/lib', { 'deploy/ci.js': `const t = "${token}";\n` });
    // Drop the blob the way snapshots lack big ones: remove its loose object from the mirror.
    const blob = gitIn(join(mirrors, 'acme+app', 'repo'), ['rev-parse', `${app}:assets/huge.txt`]).trim();
    rmSync(join(mirrors, 'acme+app', 'repo', 'objects', blob.slice(0, 2), blob.slice(2)));
    const panel = join(dir, 'panel.json');
    writeFileSync(panel, JSON.stringify([
      { repo: 'acme/app', commit: app, ecosystem: 'python', half: 'work' },
      { repo: 'acme/lib', commit: lib, ecosystem: 'js-ts', half: 'holdout' },
    ]));
    const verdicts = join(dir, 'verdicts');
    mkdirSync(verdicts);
    writeFileSync(join(verdicts, 'verdicts-work.jsonl'),
      `${JSON.stringify({ repo: 'acme/app', commit: app, file: 'settings.py', line: 2, rule: 'generic-password-assignment', verdict: 'TL', category: 'config' })}\n`);
    const cache = join(dir, 'cache');
    const unjudged = join(dir, 'unjudged.jsonl');
    const common = ['--panel', panel, '--mirrors', mirrors, '--trees', join(dir, 'trees'), '--cache', cache, '--verdicts', verdicts];

    const run = runBench([...common, '--label', 'before', '--unjudged', unjudged]);
    expect(run.stderr).toContain('acme/app: 1 file(s) not in the snapshot, left out');
    expect(run.status).toBe(0);
    expect(existsSync(join(dir, 'trees', 'acme+app', 'settings.py'))).toBe(true);
    expect(existsSync(join(dir, 'trees', 'acme+app', 'assets', 'huge.txt'))).toBe(false);
    expect(run.stdout).toMatch(/work half, run "before": 1 repositories, \d+ files scanned, 1 findings/);
    expect(run.stdout).toMatch(/ {2}generic +1 +1 +0 +1 +0 +0 +0 +100\.0%/);
    expect(run.stdout).toMatch(/holdout half, run "before": 1 repositories, 1 files scanned, 1 findings/);

    const saved = readdirSync(join(cache, 'before')).map((f) => readFileSync(join(cache, 'before', f), 'utf8')).join('\n');
    expect(saved).toContain('"ruleId": "github-pat"');
    expect(saved).not.toContain(password);
    expect(saved).not.toContain(token);
    expect(saved).not.toMatch(/"(secret|match)"/);

    const listed = readFileSync(unjudged, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(listed).toEqual([expect.objectContaining({ repo: 'acme/lib', half: 'holdout', file: 'deploy/ci.js', line: 1, ruleId: 'github-pat' })]);
    expect(JSON.stringify(listed[0]?.['context'])).toContain(token);

    const compare = runBench([...common, '--compare', 'before', 'before', '--half', 'work']);
    expect(compare.status).toBe(0);
    expect(compare.stdout).toMatch(/ {2}generic +1 +1 +100\.0% +100\.0% +0\/0/);
  });
});
