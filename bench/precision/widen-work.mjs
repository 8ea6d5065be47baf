#!/usr/bin/env node
// Widens the panel's `work` half (issue 16, second round): the holdout showed that what was tuned
// on the first 40 work repositories did not generalise (random example values in documentation,
// `pwd` as a working directory, option values such as `=pass`, test dummies). These repositories
// were chosen for the kinds of code the holdout judge named, BEFORE any of their findings were
// looked at, and none is in panel.json already. They are appended to panel.json as `work`; the
// holdout half is left exactly as it was.
//
//   node bench/precision/widen-work.mjs [--mirrors /work/.mirror]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitDirOf, headOf } from './trees.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

/** repo -> [ecosystem, why it is here] */
export const WIDENED = {
  'OWASP/CheatSheetSeries': ['docs', 'security cheat sheets: configuration and code examples with example secrets'],
  'fastapi/fastapi': ['python', 'docs site with tutorials that show example secret keys and passwords'],
  'docker-library/docs': ['docs', 'official image docs: example passwords in docker run / compose snippets'],
  'cheat/cheatsheets': ['docs', 'command cheat sheets: options and example credentials in one-liners'],
  'rstacruz/cheatsheets': ['docs', 'devhints cheat sheets for many tools and APIs'],
  'expressjs/expressjs.com': ['docs', 'a docs site with API reference pages (sessions, cookies, secrets), many languages'],
  'aws/aws-cli': ['python', 'CLI whose bundled examples show access key ids and secret keys in docs'],
  'stripe/stripe-node': ['js-ts', 'API client with test fixtures and documented test keys'],
  'romkatv/powerlevel10k': ['shell-powershell', 'zsh prompt theme: working directory (pwd) everywhere'],
  'JanDeDobbeleer/oh-my-posh': ['go', 'prompt engine: themes, docs site, pwd segments'],
  'starship/starship': ['rust', 'shell prompt: directory modules, docs in many languages'],
  'mathiasbynens/dotfiles': ['shell-powershell', 'dotfiles: shell aliases and functions'],
  'ohmybash/oh-my-bash': ['shell-powershell', 'bash framework with many prompt themes'],
  'yt-dlp/yt-dlp': ['python', 'media CLI with many options, login extractors and their tests'],
  'kkroening/ffmpeg-python': ['python', 'ffmpeg filter graphs: option=value pairs in code, docs and tests'],
  'streamlink/streamlink': ['python', 'media CLI: option-heavy, plugin logins, tests'],
  'jpadilla/pyjwt': ['python', 'JWT library: keys, tokens and secrets in tests and docs'],
  'panva/jose': ['js-ts', 'JOSE library: test vectors, keys and docs'],
  'golang-jwt/jwt': ['go', 'JWT library: test keys and example secrets'],
  'psf/requests': ['python', 'HTTP client: auth in tests and docs'],
  'guzzle/guzzle': ['php', 'HTTP client: auth options in docs and tests'],
  'lepture/authlib': ['python', 'OAuth/OIDC library: client secrets and keys in tests and docs'],
  'rack/rack': ['ruby', 'HTTP interface: sessions, secrets and auth in tests'],
  'jwt-dotnet/jwt': ['dotnet', 'JWT library: test secrets and keys'],
  'kishikawakatsumi/KeychainAccess': ['swift', 'keychain wrapper: passwords and tokens in tests and README'],
  'terraform-aws-modules/terraform-aws-rds': ['terraform', 'database module: password variables and examples'],
  'ansible/ansible-examples': ['ansible', 'ops collection: playbooks with vars and example passwords'],
  'kubernetes/examples': ['kubernetes', 'manifests collection: secrets, env values, docs'],
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--mirrors');
  const mirrors = at >= 0 ? argv[at + 1] : '/work/.mirror';
  const path = join(HERE, 'panel.json');
  const rows = JSON.parse(readFileSync(path, 'utf8'));
  const known = new Set(rows.map((r) => r.repo.toLowerCase()));
  for (const [repo, [ecosystem]] of Object.entries(WIDENED)) {
    if (known.has(repo.toLowerCase())) continue;
    rows.push({ repo, commit: headOf(gitDirOf(mirrors, repo)), ecosystem, half: 'work' });
  }
  writeFileSync(path, `[\n${rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n]\n`);
  const count = (half) => rows.filter((r) => r.half === half).length;
  process.stdout.write(`${rows.length} repositories: ${count('work')} work, ${count('holdout')} holdout\n`);
}
