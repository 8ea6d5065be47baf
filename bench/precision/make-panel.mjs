#!/usr/bin/env node
// Writes bench/precision/panel.json: the precision panel of issue 16, split into a `work` half and a
// `holdout` half before anything is run or tuned. Run once, when the panel was chosen:
//
//   node bench/precision/make-panel.mjs [--mirrors /work/.mirror]
//
// The split is stratified by ecosystem: ecosystems in alphabetical order, repositories inside each
// in case-insensitive alphabetical order, and the halves alternate along that list (work, holdout,
// work, …). The alternation runs on across ecosystems, so an ecosystem with an odd count does not
// always give its extra repository to the same half. The commit is the HEAD of the fetched snapshot.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitDirOf, headOf } from './trees.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

// Chosen broadly, before any tuning; none of the repositories issue 16 lists as used before.
export const PANEL = {
  'js-ts': ['axios/axios', 'brocoders/nestjs-boilerplate', 'hagopj13/node-express-boilerplate', 'node-red/node-red',
    'nodemailer/nodemailer', 'parse-community/parse-server', 'sahat/hackathon-starter'],
  python: ['celery/celery', 'cookiecutter/cookiecutter-django', 'django/djangoproject.com', 'encode/httpx',
    'jakevdp/PythonDataScienceHandbook', 'miguelgrinberg/microblog', 'paramiko/paramiko', 'sqlalchemy/sqlalchemy'],
  go: ['caddyserver/caddy', 'go-sql-driver/mysql', 'gofiber/fiber', 'golang-migrate/migrate', 'jackc/pgx', 'minio/minio'],
  ruby: ['heartcombo/devise', 'lobsters/lobsters', 'omniauth/omniauth', 'openstreetmap/openstreetmap-website',
    'rubygems/rubygems.org', 'solidusio/solidus'],
  php: ['easydigitaldownloads/easy-digital-downloads', 'koel/koel', 'monicahq/monica', 'PHPMailer/PHPMailer',
    'symfony/demo', 'wp-graphql/wp-graphql'],
  'java-kotlin': ['android/nowinandroid', 'elunez/eladmin', 'gothinkster/spring-boot-realworld-example-app',
    'jhipster/jhipster-sample-app', 'ktorio/ktor-samples', 'macrozheng/mall', 'spring-projects/spring-security-samples'],
  dotnet: ['ardalis/CleanArchitecture', 'btcpayserver/btcpayserver', 'DapperLib/Dapper', 'IdentityServer/IdentityServer4',
    'jasontaylordev/CleanArchitecture', 'jellyfin/jellyfin'],
  rust: ['dani-garcia/vaultwarden', 'launchbadge/sqlx', 'lldap/lldap', 'SeaQL/sea-orm', 'tokio-rs/axum'],
  swift: ['Alamofire/Alamofire', 'home-assistant/iOS', 'Moya/Moya', 'vapor/vapor'],
  'shell-powershell': ['acmesh-official/acme.sh', 'ChrisTitusTech/winutil', 'dataplat/dbatools',
    'docker-mailserver/docker-mailserver', 'dokku/dokku', 'ohmyzsh/ohmyzsh'],
  helm: ['grafana/helm-charts', 'prometheus-community/helm-charts'],
  terraform: ['terraform-aws-modules/terraform-aws-eks', 'terraform-aws-modules/terraform-aws-vpc'],
  ansible: ['ansible-collections/community.mysql', 'geerlingguy/ansible-role-postgresql', 'openstack/kolla-ansible'],
  compose: ['deviantony/docker-elk', 'Haxxnet/Compose-Examples'],
  kubernetes: ['argoproj/argocd-example-apps', 'GoogleCloudPlatform/kubernetes-engine-samples',
    'kelseyhightower/kubernetes-the-hard-way'],
  docs: ['carlospolop/hacktricks', 'goldbergyoni/nodebestpractices', 'jlevy/the-art-of-command-line',
    'MicrosoftDocs/PowerShell-Docs', 'swisskyrepo/PayloadsAllTheThings', 'tldr-pages/tldr',
    'trimstray/the-book-of-secret-knowledge'],
};

const byName = (a, b) => a.toLowerCase().localeCompare(b.toLowerCase()) || a.localeCompare(b);

export function splitPanel(panel, commitOf) {
  const rows = [];
  let i = 0;
  for (const ecosystem of Object.keys(panel).sort()) {
    for (const repo of [...panel[ecosystem]].sort(byName)) {
      rows.push({ repo, commit: commitOf(repo), ecosystem, half: i % 2 === 0 ? 'work' : 'holdout' });
      i += 1;
    }
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--mirrors');
  const mirrors = at >= 0 ? argv[at + 1] : '/work/.mirror';
  const rows = splitPanel(PANEL, (repo) => headOf(gitDirOf(mirrors, repo)));
  const text = `[\n${rows.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n]\n`;
  writeFileSync(join(HERE, 'panel.json'), text);
  const count = (half) => rows.filter((r) => r.half === half).length;
  process.stdout.write(`${rows.length} repositories: ${count('work')} work, ${count('holdout')} holdout\n`);
}
