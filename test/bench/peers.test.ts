// The peers bench (bench/peers.mjs): extraction of other scanners' published examples, the
// placeholder test and the scoring, on tiny rule files written here; then the whole script on a
// tiny bare repository laid out as a fetched snapshot. Every example value is built at run time.
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectExamples, markExamples } from '../../bench/peers/collect-examples.mjs';
import { extractDetectSecrets } from '../../bench/peers/extract-detect-secrets.mjs';
import { extractGitleaks } from '../../bench/peers/extract-gitleaks.mjs';
import { extractRuleYaml } from '../../bench/peers/extract-rule-yaml.mjs';
import { extractTrufflehog } from '../../bench/peers/extract-trufflehog.mjs';
import { fileNameFor } from '../../bench/peers/file-name-for.mjs';
import { placeholderReason } from '../../bench/peers/placeholder-reason.mjs';
import { dedent, examplePath, hitsFromReport } from '../../bench/peers/scan-examples.mjs';
import { misses, scorePeer } from '../../bench/peers/score-peer.mjs';
import type { Example } from '../../bench/peers/types.d.mts';
import { fakeAwsSecret, fakeGithubToken, randomFrom } from '../helpers/fake-secrets.js';
import { gitIn, makeRepo } from '../helpers/git-repo.js';
import { tempDir } from '../helpers/temp-dir.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ALNUM = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const texts = (examples: readonly Example[], polarity: Example['polarity']): string[] =>
  examples.filter((e) => e.polarity === polarity).map((e) => e.text);

describe('extractRuleYaml (Nosey Parker, Kingfisher)', () => {
  it('reads examples and negatives of each rule, with the family from the id', () => {
    const token = fakeGithubToken();
    const source = [
      'rules:',
      '- name: GitHub token',
      '  id: np.github.1',
      "  pattern: '\\b(ghp_[A-Za-z0-9]{36})\\b'",
      '  examples:',
      `  - 'token = "${token}"'`,
      '  negative_examples:',
      "  - 'token = ghp_short'",
      '  non_examples:',
      "  - 'ghp_'",
    ].join('\n');
    const { examples } = extractRuleYaml(source, 'rules/github.yml');
    expect(examples.map((e) => [e.rule, e.family, e.polarity])).toEqual([
      ['np.github.1', 'github', 'positive'], ['np.github.1', 'github', 'negative'], ['np.github.1', 'github', 'negative'],
    ]);
    expect(texts(examples, 'positive')).toEqual([`token = "${token}"`]);
  });

  it("marks what the peer itself says is no secret: Nosey Parker's identifiers, Kingfisher's hidden helpers", () => {
    const source = [
      'rules:',
      '- { id: np.arn.1, categories: [api, identifier], examples: [a] }',
      '- { id: np.aws.2, categories: [api, secret], examples: [b] }',
      '- { id: kingfisher.algolia.2, visible: false, examples: [c] }',
    ].join('\n');
    expect(extractRuleYaml(source, 'r.yml').examples.map((e) => e.notSecret)).toEqual([
      'an identifier (category: identifier)', null, 'an id or host that goes with a secret (visible: false)',
    ]);
  });

  it('refuses a file that is not YAML, naming file and line', () => {
    expect(() => extractRuleYaml('rules:\n  - id: a\n   bad: [', 'rules/bad.yml')).toThrow(/^rules\/bad\.yml:\d+: not YAML/);
  });
});

describe('extractGitleaks', () => {
  const key = fakeAwsSecret().replace(/[+/]/g, 'q');
  const source = [
    'package rules',
    '',
    'func Acme() *config.Rule {',
    '\tr := config.Rule{',
    '\t\tRuleID: "acme-api-key",',
    '\t}',
    `\ttps := utils.GenerateSampleSecrets("acme", "${key}") // gitleaks:allow`,
    '\ttps = append(tps,',
    `\t\t\`url = "https://acme.invalid/hook/${key}"\`, // a comment with a "quote"`,
    `\t\t"acme_key = \\"" + "${key}" + "\\"",`,
    '\t\tutils.GenerateSampleSecret("acme", secrets.NewSecret(`[a-z]{32}`)),',
    '\t)',
    '\tfps := []string{',
    '\t\t`acme_key = "${ACME_KEY}"`,',
    '\t}',
    '\treturn utils.Validate(r, tps, fps)',
    '}',
  ].join('\n');

  it('takes the literal samples of the slices passed to utils.Validate', () => {
    const { examples, skipped } = extractGitleaks(source, 'cmd/generate/config/rules/acme.go');
    expect(texts(examples, 'positive')).toEqual([
      `acme_api_token = "${key}"`, `url = "https://acme.invalid/hook/${key}"`, `acme_key = "${key}"`,
    ]);
    expect(texts(examples, 'negative')).toEqual(['acme_key = "${ACME_KEY}"']);
    expect(examples.every((e) => e.rule === 'acme-api-key' && e.family === 'acme')).toBe(true);
    expect(skipped).toBe(1); // the secrets.NewSecret sample is random, not literal
  });

  it('keeps the file name of path-dependent rules (ValidateWithPaths over map[string]string)', () => {
    const password = randomFrom(ALNUM, 16);
    const mapped = [
      'func NugetPassword() *config.Rule {',
      '	r := config.Rule{ RuleID: "nuget-config-password" }',
      '	tps := map[string]string{',
      `		"nuget.config": \`<add key="Password" value="${password}" />\`,`,
      '	}',
      '	fps := map[string]string{',
      `		// wrong file name\n\t\t"some.xml": \`<add key="Password" value="${password}" />\`,`,
      '	}',
      '	return utils.ValidateWithPaths(r, tps, fps)',
      '}',
    ].join('\n');
    const { examples } = extractGitleaks(mapped, 'cmd/generate/config/rules/nuget.go');
    expect(examples.map((e) => [e.polarity, e.path])).toEqual([['positive', 'nuget.config'], ['negative', 'some.xml']]);
    expect(examples[0]?.text).toBe(`<add key="Password" value="${password}" />`);
    expect(examplePath(7, '', '../../etc/./nuget.config')).toBe('00007/etc/nuget.config');
  });
});

describe('extractTrufflehog', () => {
  const key = randomFrom(ALNUM, 32);
  const source = [
    'package acme',
    '',
    'var (',
    `\tvalidPattern   = "acme_key=${key}"`,
    `\tinvalidPattern = "acme_key=${key.slice(0, 10)}"`,
    ')',
    '',
    'func TestAcme_Pattern(t *testing.T) {',
    '\ttests := []struct{ name, input string; want []string }{',
    `\t\t{ name: "raw", input: \`[DEBUG] acme ${key}\`, want: []string{"${key}"} },`,
    '\t\t{ name: "const", input: validPattern, want: []string{"x"} },',
    `\t\t{ name: "sprintf", input: fmt.Sprintf("acme token = '%s'", "${key}"), want: []string{"x"} },`,
    '\t\t{ name: "invalid", input: invalidPattern, want: nil },',
    '\t\t{ name: "empty", input: `acme`, want: []string{} },',
    '\t\t{ name: "unreadable", input: makeInput(), want: nil },',
    '\t}',
    '}',
    '',
    'func TestAcme_Other(t *testing.T) {',
    '\tcases := []struct{ name, data string; shouldMatch bool }{',
    `\t\t{ name: "data", data: \`acme=${key}\`, shouldMatch: true },`,
    '\t}',
    '\tpairs := []struct{ input string; cloud bool; expectedPairs []string }{',
    `\t\t{ input: "acme pair ${key}", cloud: false, // a comment\n\t\t\texpectedPairs: []string{} },`,
    '\t}',
    '\tcfg := Config{ data: "not a case" }',
    '}',
  ].join('\n');

  it('reads inputs from literals, constants and fmt.Sprintf, the polarity from want or its variants', () => {
    const { examples, skipped } = extractTrufflehog(source, 'pkg/detectors/acme/acme_test.go');
    expect(texts(examples, 'positive')).toEqual([`[DEBUG] acme ${key}`, `acme_key=${key}`, `acme token = '${key}'`, `acme=${key}`]);
    expect(texts(examples, 'negative')).toEqual([`acme_key=${key.slice(0, 10)}`, 'acme', `acme pair ${key}`]);
    expect(examples[0]?.family).toBe('acme');
    expect(skipped).toBe(1);
  });
});

describe('extractDetectSecrets', () => {
  it('keeps (literal, True/False) cases and skips built inputs', () => {
    const token = fakeGithubToken();
    const source = [
      '@pytest.mark.parametrize(',
      "    'payload, should_flag',",
      '    [',
      `        ('${token.slice(0, 20)}' '${token.slice(20)}', True),  # implicit concatenation`,
      "        (\n            # a comment\n            'foo_bar', False,\n        ),",
      "        ('token = \"{}\"'.format(SECRET), True),",
      '    ],',
      ')',
      'def test_analyze(self, payload, should_flag): ...',
    ].join('\n');
    const { examples, skipped } = extractDetectSecrets(source, 'tests/plugins/github_token_test.py');
    expect(examples.map((e) => [e.family, e.polarity, e.text])).toEqual([
      ['github_token', 'positive', token], ['github_token', 'negative', 'foo_bar'],
    ]);
    expect(skipped).toBe(1);
  });
});

describe('placeholderReason', () => {
  it('passes realistic values', () => {
    expect(placeholderReason(`token = "${fakeGithubToken()}"`)).toBeNull();
    expect(placeholderReason(`aws_secret_access_key = ${fakeAwsSecret()}`)).toBeNull();
    expect(placeholderReason(`[INFO] host=api.example.com\n[DEBUG] key=${randomFrom(ALNUM, 32)}`)).toBeNull();
  });

  it('names why a value is a placeholder', () => {
    expect(placeholderReason(`key: AKIA${'IOSFODNN7'}EXAMPLE`)).toBe('the value says it is an example');
    expect(placeholderReason('token: YOUR_API_TOKEN_HERE')).toBe('the value says it is an example');
    expect(placeholderReason(`hook = https://hooks.slack.invalid/services/T${'x'.repeat(8)}/B1`)).toMatch(/^a run of 8 × 'x'$/);
    expect(placeholderReason(`key = ${'1234567890abcdef'.repeat(2)}`)).toMatch(/^a typed sequence/);
    expect(placeholderReason(`key = ${'Zq9kW4tR'.repeat(3)}`)).toMatch(/^a chunk typed twice/);
    expect(placeholderReason(`acme_token=${['abcd', '1234', 'efgh', '5678', 'ijkl', '9012'].join('')}`)).toMatch(/^letters and digits typed in alphabet runs/);
    expect(placeholderReason(`acme_key = ${['WXYZ', '9876', 'wxyz', '5432', 'MNOP'].join('')}`)).toMatch(/^letters and digits typed in alphabet runs/);
    expect(placeholderReason('acme key: k1L2m3N4o5P6q7R8s9T0')).toMatch(/^an interleaved count/);
    expect(placeholderReason('acme SECRET 987ZYX654WVU321TSR098QPO')).toMatch(/^an interleaved count/);
    expect(placeholderReason('api_key: <api-key>')).toMatch(/^a template marker/);
    expect(placeholderReason('postgresql://user:secret@localhost/db')).toBe("a password that names itself ('secret')");
    expect(placeholderReason('Server=h;User Id=u;Password=changeme;')).toBe("a password that names itself ('changeme')");
    expect(placeholderReason('psexec \\\\host -u admin -p mypass cmd')).toBe("a password that names itself ('mypass')");
    expect(placeholderReason(`GITHUB_TOKEN=${fakeGithubToken('ghp', false)}`)).toBe('a GitHub token whose checksum fails');
    const input = `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(`{"sub":"${randomFrom(ALNUM, 8)}"}`).toString('base64url')}`;
    const jwt = (key: string): string => `${input}.${createHmac('sha256', key).update(input).digest('base64url')}`;
    expect(placeholderReason(`token = ${jwt('a-string-secret-at-least-256-bits-long')}`)).toBe("a JWT signed with jwt.io's sample secret");
    expect(placeholderReason(`token = ${jwt(randomFrom(ALNUM, 40))}`)).toBeNull();
  });

  it('reads the word secret as a placeholder only where a password goes', () => {
    expect(placeholderReason(`kind: secret\ndata:\n  token: ${randomFrom(ALNUM, 24)}`)).toBeNull();
    expect(placeholderReason(`postgresql://user:${randomFrom(ALNUM, 12)}@localhost/db`)).toBeNull();
  });

  it('leaves the zero runs of real key material alone', () => {
    const pem = `-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIB${'A'.repeat(10)}${randomFrom(ALNUM, 40)}\n-----END RSA PRIVATE KEY-----`;
    expect(placeholderReason(pem)).toBeNull();
  });
});

describe('scoring', () => {
  const ex = (polarity: Example['polarity'], family: string, text: string): Example => ({ rule: `r.${family}`, family, polarity, text });
  const examples = markExamples([
    ex('positive', 'a', `k = ${randomFrom(ALNUM, 30)}`), // found high
    ex('positive', 'a', `k = ${randomFrom(ALNUM, 30)}`), // found low only
    ex('positive', 'b', `k = ${randomFrom(ALNUM, 30)}`), // missed
    ex('positive', 'b', `k = ${'x'.repeat(30)}`), // placeholder
    ex('negative', 'a', 'k = short'), // flagged at low
    ex('negative', 'b', 'k = other'), // quiet
  ]);
  const confidences = ['high', 'low', null, 'high', 'low', null] as const;

  it('counts recall on realistic positives and flags on negatives, per floor and family', () => {
    const { total, families } = scorePeer(examples, confidences, ['low', 'medium']);
    expect(total).toMatchObject({ positives: 4, notSecrets: 0, placeholders: 1, scored: 3, negatives: 2, found: { low: 2, medium: 1 }, flagged: { low: 1, medium: 0 } });
    expect(families.get('b')).toMatchObject({ positives: 2, placeholders: 1, scored: 1, found: { low: 0, medium: 0 } });
  });

  it('lists the positives missed at the floor, with the confidence they got', () => {
    const { missed, flagged } = misses('peer', examples, confidences, 'medium');
    expect(missed.map((m) => [m.family, m.confidence])).toEqual([['a', 'low'], ['b', null]]);
    expect(flagged).toEqual([]);
  });

  it('counts the negatives a provider rule flags apart from those only the generic rules flag', () => {
    const negatives = markExamples([ex('negative', 'a', 'k = one'), ex('negative', 'a', 'k = two'), ex('negative', 'a', 'k = three')]);
    const { total } = scorePeer(negatives, ['high', 'medium', null], ['low', 'medium'], [null, 'medium', null]);
    expect(total).toMatchObject({ negatives: 3, flagged: { low: 2, medium: 2 }, flaggedByProvider: { low: 1, medium: 1 } });
    const { flagged } = misses('peer', negatives, ['high', 'medium', null], 'medium', [['generic-secret-assignment'], ['stripe-secret-key'], []]);
    expect(flagged.map((f) => f.leakgateRules)).toEqual([['generic-secret-assignment'], ['stripe-secret-key']]);
  });

  it('leaves out a negative whose value the peer gives as a positive elsewhere', () => {
    const token = fakeGithubToken();
    const marked = markExamples([ex('positive', 'github', `t = ${token}`), ex('negative', 'gitlab', token)]);
    expect(marked[1]?.alsoPositive).toBe(true);
    expect(scorePeer(marked, ['high', 'high'], ['medium']).total).toMatchObject({ negatives: 0, alsoPositive: 1 });
  });

  it('keeps the highest confidence per example file, and names files by shape', () => {
    const paths = [examplePath(0, '{"a": 1}'), examplePath(1, 'A=1'), examplePath(2, 'plain words')];
    expect(paths).toEqual(['00000/config.json', '00001/app.env', '00002/notes']);
    const report = { findings: [
      { file: paths[0] ?? '', ruleId: 'stripe-secret-key', confidence: 'low' as const },
      { file: paths[0] ?? '', ruleId: 'generic-secret-assignment', confidence: 'medium' as const },
      { file: paths[1] ?? '', ruleId: 'generic-password-assignment', confidence: 'high' as const },
    ] };
    expect(hitsFromReport(report, paths)).toEqual([
      { confidence: 'medium', providerConfidence: 'low', rules: ['stripe-secret-key', 'generic-secret-assignment'] },
      { confidence: 'high', providerConfidence: null, rules: ['generic-password-assignment'] },
      { confidence: null, providerConfidence: null, rules: [] },
    ]);
    expect(fileNameFor('[INFO] started\n[DEBUG] key=1')).toBe('app.log');
  });

  it("writes an example without its Go source's indentation", () => {
    expect(dedent('\n\t\t\t[INFO] a\n\t\t\t  b: 1\n\n\t\t\tc\n\t\t')).toBe('[INFO] a\n  b: 1\n\nc\n');
    expect(dedent('one line')).toBe('one line\n');
  });
});

describe('bench/peers.mjs on a fetched snapshot', () => {
  const NP_RULES = 'crates/noseyparker/data/default/builtin/rules';
  const token = fakeGithubToken();
  const plain = randomFrom('ghjkmnpq', 12);

  /** A bare repository laid out as `fetch` leaves one: <mirrors>/praetorian-inc+noseyparker/repo. */
  const fakeMirrors = (): { mirrors: string; commit: string } => {
    const repo = makeRepo();
    const commit = repo.commit('rules', {
      [`${NP_RULES}/acme.yml`]: [
        'rules:',
        '- id: np.github.1',
        '  examples:',
        `  - 'GITHUB_TOKEN=${token}'`,
        `  - 'token = ghp_${'x'.repeat(36)}'`,
        `  - 'colour = ${plain}'`,
        '  negative_examples:',
        "  - 'token = \"${GITHUB_TOKEN}\"'",
        '- id: np.arn.1',
        '  categories: [identifier]',
        '  examples:',
        `  - 'arn:aws:iam::${randomFrom('0123456789', 12)}:user/ada'`,
      ].join('\n'),
    });
    const mirrors = tempDir('leakgate-mirrors-');
    gitIn(mirrors, ['clone', '-q', '--bare', repo.dir, join(mirrors, 'praetorian-inc+noseyparker', 'repo')]);
    return { mirrors, commit };
  };

  const bench = (...args: string[]) =>
    spawnSync('node', [join(ROOT, 'bench', 'peers.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('reads the examples out of the bare repository and scores them', () => {
    const { mirrors, commit } = fakeMirrors();
    const peer = collectExamples({ name: 'np', repo: 'praetorian-inc/noseyparker', folders: [NP_RULES], pattern: /\.yml$/, extract: extractRuleYaml }, mirrors);
    expect(peer).toMatchObject({ commit, files: 1, duplicates: 0 });
    expect(peer.examples.map((e) => [e.placeholder === null, e.notSecret])).toEqual([
      [true, null], [false, null], [true, null], [true, null], [true, 'an identifier (category: identifier)'],
    ]);

    const missed = join(tempDir('leakgate-peers-out-'), 'missed.jsonl');
    const run = bench('--mirrors', mirrors, '--peer', 'noseyparker', '--missed', missed);
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(0);
    // positives 4: 1 not a secret (the ARN), 1 placeholder, 2 scored: the GitHub token found, the plain word missed
    expect(run.stdout).toContain(`| noseyparker (${commit.slice(0, 10)}) | 4 | 1 | 1 | 2 | 1 | 50.0 % | 1 | 50.0 % | 1 | 0 (0.0 %) | 0 (0.0 %) | 0 (0.0 %) | 0 (0.0 %) |`);
    const lines = readFileSync(missed, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; confidence: null });
    expect(lines).toEqual([expect.objectContaining({ peer: 'noseyparker', rule: 'np.github.1', text: `colour = ${plain}`, confidence: null })]);
  });

  it('scores at one floor with --confidence', () => {
    const { mirrors } = fakeMirrors();
    const run = bench('--mirrors', mirrors, '--peer', 'noseyparker', '--confidence', 'high', '--missed', join(tempDir(), 'm.jsonl'));
    expect(run.stdout).toContain('| found @high | recall @high | negatives | flagged @high | by a provider rule @high |');
    expect(run.stdout).not.toContain('@medium');
  });

  it('stops with one line and exit 2 on a missing snapshot or a bad flag', () => {
    const missing = bench('--mirrors', tempDir(), '--peer', 'gitleaks');
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toMatch(/^bench:peers: .*gitleaks\+gitleaks\/repo: no snapshot of gitleaks\/gitleaks; fetch it/);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const bad = bench('--confidence', 'extreme');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('bench:peers: --confidence extreme: use low, medium or high');
  });
});
