// The optional comparison: secretlint with its recommended preset, installed into a cache folder
// outside the repository and run on the same generated tree.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

export const SECRETLINT_DIR = process.env.LEAKGATE_BENCH_SECRETLINT_DIR ?? join(homedir(), '.cache', 'leakgate-bench', 'secretlint');
const BIN = join(SECRETLINT_DIR, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
const RC = join(SECRETLINT_DIR, '.secretlintrc.json');

export const ensureSecretlint = () => {
  const preset = join(SECRETLINT_DIR, 'node_modules', '@secretlint', 'secretlint-rule-preset-recommend', 'package.json');
  if (!existsSync(BIN) || !existsSync(preset)) {
    mkdirSync(SECRETLINT_DIR, { recursive: true });
    process.stderr.write(`installing secretlint into ${SECRETLINT_DIR} ...\n`);
    const npm = spawnSync('npm', ['install', '--prefix', SECRETLINT_DIR, '--no-audit', '--no-fund', '--loglevel=error', 'secretlint', '@secretlint/secretlint-rule-preset-recommend'], { stdio: ['ignore', 'inherit', 'inherit'] });
    if (npm.status !== 0) throw new Error(`npm install of secretlint failed (exit ${npm.status})`);
  }
  writeFileSync(RC, `${JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2)}\n`);
  const version = JSON.parse(readFileSync(join(SECRETLINT_DIR, 'node_modules', 'secretlint', 'package.json'), 'utf8')).version;
  const presetVersion = JSON.parse(readFileSync(preset, 'utf8')).version;
  return { version, presetVersion };
};

/** Run secretlint on `root`; its messages as findings shaped like leakgate's (file, line, secret, ruleId). */
export const runSecretlint = (root) => {
  const started = Date.now();
  // --output: a large JSON report piped through stdout gets cut short when secretlint exits.
  const outFile = join(mkdtempSync(join(tmpdir(), 'leakgate-secretlint-')), 'report.json');
  const res = spawnSync(process.execPath, [BIN, '**/*', '--format', 'json', '--secretlintrc', RC, '--no-maskSecrets', '--no-color', '--output', outFile], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (res.status !== 0 && res.status !== 1) throw new Error(`secretlint failed (exit ${res.status}): ${res.stderr}`);
  const results = JSON.parse(readFileSync(outFile, 'utf8'));
  rmSync(dirname(outFile), { recursive: true, force: true });
  const findings = [];
  for (const file of results) {
    const rel = relative(root, file.filePath).split('\\').join('/');
    for (const m of file.messages) {
      // The value secretlint reports is in `data` (KEY, TOKEN, URI, ...); some rules' `range` is
      // the match start plus the secret's length, so it is only the fallback.
      const fromData = Object.entries(m.data ?? {}).find(([k, x]) => typeof x === 'string' && k !== 'typeName')?.[1];
      const secret = fromData ?? (file.sourceContent && m.range ? file.sourceContent.slice(m.range[0], m.range[1]) : '');
      findings.push({
        ruleId: `${m.ruleId.replace('@secretlint/secretlint-rule-', 'secretlint/')}${m.messageId ? `:${m.messageId}` : ''}`,
        rawRuleId: m.ruleId,
        file: rel,
        line: m.loc?.start?.line ?? 0,
        endLine: m.loc?.end?.line ?? m.loc?.start?.line ?? 0,
        secret,
        match: secret,
      });
    }
  }
  return { findings, durationMs: Date.now() - started };
};

/** Which benchmark family a secretlint rule reports for. */
export const secretlintFamily = (finding) => {
  const id = finding.rawRuleId.replace('@secretlint/secretlint-rule-', '');
  const table = [
    [/^(aws|gcp|azure|alibaba|cloudflare|digitalocean|heroku)/, 'cloud'],
    [/^(github|gitlab|bitbucket)/, 'vcs'],
    [/^(circleci|buildkite|travis|jenkins)/, 'ci'],
    [/^(npm|docker|pypi|nuget|rubygems|artifactory)/, 'registry'],
    [/^(stripe|square|paypal|braintree)/, 'payment'],
    [/^(slack|sendgrid|twilio|mailgun|mailchimp|telegram|discord)/, 'messaging'],
    [/^(openai|anthropic|huggingface|groq|replicate|perplexity|xai|cohere)/, 'ai'],
    [/^(datadog|sentry|newrelic|grafana|dynatrace)/, 'observability'],
    [/^privatekey/, 'private-key'],
    [/^database-connection-string/, 'connection-string'],
    [/^basicauth/, 'url-credential'],
    [/^(no-dotenv|no-homedir|no-k8s-kind-secret)/, 'sensitive-file'],
    [/^jwt/, 'jwt'],
  ];
  for (const [re, family] of table) if (re.test(id)) return family;
  return 'saas/data';
};
