// The labelled history: a few months of work on "orbit" by a five-person team in five time zones,
// with fake secrets planted in the ways secrets really get into (and move around in) git history.
// Every planted secret is labelled with the commit that truly introduces it.
import { fillerBlock, initialFiles, newFile, styleOf } from './project.mjs';
import { AUTHORS, Repo } from './repo.mjs';
import * as S from './secrets.mjs';

const PEOPLE = Object.keys(AUTHORS);

const MESSAGES = [
  (n, v) => `Add ${v} for ${n}s`, (n, v) => `Fix ${n} ${v} retry`, (n) => `Refactor ${n} module`, (n, v) => `${v[0].toUpperCase()}${v.slice(1)} ${n}s in batches`,
  (n) => `Tidy ${n} logging`, (n) => `Document ${n} flow`, (n, v) => `Handle empty ${n} on ${v}`, (n) => `Bump ${n} limits`,
];
const NOUNS = ['order', 'invoice', 'customer', 'shipment', 'refund', 'cart', 'ledger', 'report', 'payout', 'tenant'];
const VERBS = ['sync', 'validate', 'render', 'compute', 'flush', 'archive', 'index'];

/** Lines that plant `family`'s secret in the style of `path`; `values` are what must be found. */
const secretLines = (r, family, path) => {
  const style = styleOf(path) ?? 'sh';
  switch (family) {
    case 'github': {
      const s = S.githubPat(r);
      const line = { ts: `const GITHUB_TOKEN = "${s}";`, py: `GITHUB_TOKEN = "${s}"`, go: `const githubToken = "${s}"`, yaml: `github_token: ${s}`,
        ini: `github_token = ${s}`, sh: `export GITHUB_TOKEN=${s}`, md: `    curl -H "Authorization: token ${s}" https://api.github.com/user` }[style];
      return { lines: [line], values: [{ secret: s, family, offset: 0 }] };
    }
    case 'stripe': {
      const s = S.stripeLive(r);
      const line = { ts: `const stripeKey = '${s}';`, py: `stripe.api_key = "${s}"`, go: `var stripeKey = "${s}"`, yaml: `stripe_secret_key: ${s}`,
        ini: `stripe_secret_key = ${s}`, sh: `export STRIPE_SECRET_KEY=${s}`, md: `    STRIPE_SECRET_KEY=${s} make dev` }[style];
      return { lines: [line], values: [{ secret: s, family, offset: 0 }] };
    }
    case 'slack': {
      const s = S.slackBot(r);
      const line = { ts: `export const SLACK_BOT_TOKEN = "${s}";`, py: `SLACK_BOT_TOKEN = "${s}"`, go: `const slackToken = "${s}"`, yaml: `slack_bot_token: "${s}"`,
        ini: `slack_bot_token = ${s}`, sh: `export SLACK_BOT_TOKEN=${s}`, md: `    SLACK_BOT_TOKEN=${s} ./bin/notify` }[style];
      return { lines: [line], values: [{ secret: s, family, offset: 0 }] };
    }
    case 'postgres': {
      const u = S.dbUser(r);
      const pw = S.dbPassword(r);
      const url = `postgres://${u}:${pw}@db.internal.acme.io:5432/orbit`;
      const line = { ts: `const DATABASE_URL = "${url}";`, py: `engine = create_engine("postgresql://${u}:${pw}@db.internal.acme.io/orbit")`, go: `const dsn = "${url}?sslmode=require"`,
        yaml: `database_url: ${url}`, ini: `database_url = ${url}`, sh: `export DATABASE_URL="${url}"`, md: `    psql "${url}"` }[style];
      return { lines: [line], values: [{ secret: pw, family, offset: 0 }] };
    }
    case 'password': {
      const pw = S.password(r);
      const line = { ts: `const adminPassword = "${pw}";`, py: `SMTP_PASSWORD = "${pw}"`, go: `const dbPassword = "${pw}"`, yaml: `smtp_password: "${pw}"`,
        ini: `password = ${pw}`, sh: `export DB_PASSWORD='${pw}'`, md: `    DB_PASSWORD='${pw}' make migrate` }[style];
      return { lines: [line], values: [{ secret: pw, family, offset: 0 }] };
    }
    case 'aws': {
      const { id, secret } = S.awsKeyPair(r);
      const pair = {
        ts: [`const AWS_ACCESS_KEY_ID = "${id}";`, `const AWS_SECRET_ACCESS_KEY = "${secret}";`],
        py: [`aws_access_key_id = "${id}"`, `aws_secret_access_key = "${secret}"`],
        go: [`const awsAccessKeyID = "${id}"`, `const awsSecretAccessKey = "${secret}"`],
        yaml: [`aws_access_key_id: ${id}`, `aws_secret_access_key: ${secret}`],
        ini: [`aws_access_key_id = ${id}`, `aws_secret_access_key = ${secret}`],
        sh: [`export AWS_ACCESS_KEY_ID=${id}`, `export AWS_SECRET_ACCESS_KEY=${secret}`],
        md: [`    aws_access_key_id = ${id}`, `    aws_secret_access_key = ${secret}`],
      }[style];
      return { lines: pair, values: [{ secret: id, family: 'aws-key-id', offset: 0 }, { secret, family: 'aws-secret', offset: 1 }] };
    }
    default:
      throw new Error(family);
  }
};

/** Placeholder and reference lines that must not be reported. `value` is what an FP would show. */
const decoyLine = (r, path) => {
  const bad = S.githubPat(r, false);
  const style = styleOf(path) ?? 'sh';
  const options = {
    ts: [[`const token = process.env.GITHUB_TOKEN ?? '';`, 'process.env.GITHUB_TOKEN'], [`const stripeKey = process.env.STRIPE_SECRET_KEY;`, 'process.env.STRIPE_SECRET_KEY'],
      [`// e.g. GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, 'ghp_xxxx'], [`const GH_FIXTURE = "${bad}"; // checksum fails on purpose`, bad],
      [`const MALFORMED_TOKEN = "${bad}"; // checksum fails: validator test`, bad]],
    py: [[`SLACK_TOKEN = os.environ["SLACK_TOKEN"]`, 'os.environ'], [`password = os.getenv("DB_PASSWORD")`, 'os.getenv'], [`INVALID_PAT = "${bad}"  # checksum-invalid fixture`, bad]],
    go: [[`token := os.Getenv("GITHUB_TOKEN")`, 'os.Getenv'], [`const brokenPAT = "${bad}" // fails the checksum`, bad]],
    yaml: [['github_token: ${GITHUB_TOKEN}', '${GITHUB_TOKEN}'], ['slack_bot_token: xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx', 'xoxb-xxxx'],
      ['database_url: postgres://orbit:${DB_PASSWORD}@db:5432/orbit', '${DB_PASSWORD}'], ['stripe_secret_key: sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'sk_live_xxxx'],
      [`github_token: ${bad}  # checksum-broken, for the parser test`, bad]],
    ini: [['password = ${SMTP_PASSWORD}', '${SMTP_PASSWORD}'], ['aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}', '${AWS_SECRET_ACCESS_KEY}']],
    sh: [['export GITHUB_TOKEN="${GITHUB_TOKEN:?}"', '${GITHUB_TOKEN:?}'], ['export PGPASSWORD="$DB_PASSWORD"', '$DB_PASSWORD'], ['export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE']],
    md: [['Set `STRIPE_SECRET_KEY=sk_live_...` in your shell.', 'sk_live_...'], ['    GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ghp_xxxx']],
  }[style];
  const [line, value] = r.pick(options);
  return { line, value };
};

export const buildHistory = (dir, r) => {
  const repo = new Repo(dir, r, Date.UTC(2024, 0, 8, 8, 30) / 1000);
  const labels = [];
  const decoys = [];
  /** Paths the main-line filler must leave alone (scenarios in flight). */
  const reserved = new Set();
  const usedNewPaths = new Set();

  const label = (scenario, values, file, commit, firstLine, extra = {}) => {
    for (const v of values) {
      labels.push({ id: `L${labels.length + 1}`, scenario, family: v.family, file, secret: v.secret, commit, line: firstLine + (v.offset ?? 0), expectOccurrences: 1, ...extra });
    }
  };
  const decoy = (scenario, value, file, commit) => decoys.push({ scenario, value, file, commit });

  // ------------------------------------------------------------------ filler
  const editable = (own) => {
    if (own) return own.filter((p) => repo.exists(p));
    return repo.tracked().filter((p) => styleOf(p) && !reserved.has(p) && !p.startsWith('deploy/'));
  };
  const fillerCommit = ({ who, own, decoyRate = 0.12 } = {}) => {
    const author = who ?? r.pick(PEOPLE);
    const edits = r.int(1, 3);
    const pending = [];
    for (let e = 0; e < edits; e++) {
      let path;
      if (!own && r.chance(0.08)) {
        const file = newFile(r);
        if (!usedNewPaths.has(file.path) && !repo.exists(file.path)) {
          usedNewPaths.add(file.path);
          repo.write(file.path, file.lines);
          continue;
        }
      }
      const pool = editable(own);
      if (pool.length === 0) break;
      path = r.pick(pool);
      const block = fillerBlock(r, path);
      if (r.chance(decoyRate)) {
        const d = decoyLine(r, path);
        block.push(d.line);
        pending.push({ value: d.value, file: path });
      }
      const lines = repo.lines(path);
      let at;
      if (r.chance(0.3)) {
        const blanks = lines.map((line, i) => (line === '' ? i + 2 : -1)).filter((i) => i > 0);
        if (blanks.length > 0) at = r.pick(blanks);
      }
      repo.insert(path, block, at);
    }
    const msg = r.pick(MESSAGES)(r.pick(NOUNS), r.pick(VERBS));
    const sha = repo.commit(msg, author);
    for (const p of pending) decoy('filler decoy', p.value, p.file, sha);
    return sha;
  };
  const filler = (count, options) => {
    for (let i = 0; i < count; i++) fillerCommit(options);
  };

  /** A secret planted in a random main-line file (some removed again later). */
  const pendingRemovals = [];
  const randomPlant = () => {
    const family = r.pick(['github', 'stripe', 'slack', 'postgres', 'password', 'aws']);
    const path = r.pick(editable());
    const { lines, values } = secretLines(r, family, path);
    const at = repo.insert(path, ['', ...lines]) + 1;
    const who = r.pick(PEOPLE);
    const sha = repo.commit(`Wire ${family} credentials into ${path.split('/').pop()}`, who);
    const removed = r.chance(0.3);
    label(removed ? 'random plant, later removed' : 'random plant', values, path, sha, at);
    if (removed) {
      reserved.add(path);
      pendingRemovals.push({ path, lines, due: r.int(2, 6) });
    }
  };
  const tickRemovals = () => {
    for (const item of [...pendingRemovals]) {
      if (--item.due > 0) continue;
      for (const line of item.lines) repo.removeLine(item.path, line);
      repo.commit(`Read credentials from the environment in ${item.path.split('/').pop()}`, r.pick(PEOPLE));
      reserved.delete(item.path);
      pendingRemovals.splice(pendingRemovals.indexOf(item), 1);
    }
  };
  const mainWork = (count, plantEvery = 0) => {
    for (let i = 0; i < count; i++) {
      if (plantEvery && r.chance(1 / plantEvery)) randomPlant();
      else fillerCommit();
      tickRemovals();
    }
  };

  // ------------------------------------------------------------------ the root commit (with two secrets)
  const files = initialFiles();
  const rootPw = S.password(r);
  files['scripts/backup.sh'].splice(2, 0, `export PGPASSWORD='${rootPw}'`);
  const rootUser = S.dbUser(r);
  const rootDbPw = S.dbPassword(r);
  files['api/tasks.py'].push('', `RESULT_BACKEND = "postgresql://${rootUser}:${rootDbPw}@warehouse.internal.acme.io:5432/etl"`);
  for (const [path, lines] of Object.entries(files)) repo.write(path, lines);
  const root = repo.commit('Initial import of orbit', 'alice', 'root commit');
  label('secret in the root commit', [{ secret: rootPw, family: 'password' }], 'scripts/backup.sh', root, 3);
  label('secret in the root commit', [{ secret: rootDbPw, family: 'postgres' }], 'api/tasks.py', root, files['api/tasks.py'].length);
  for (const [value, file] of [['${DB_PASSWORD}', '.env.example'], ['sk_live_xxxx', '.env.example'], ['xoxb-your-bot-token', '.env.example'], ['${GITHUB_TOKEN}', '.env.example'],
    ['AKIAIOSFODNN7EXAMPLE', '.env.example'], ['${AWS_SECRET_ACCESS_KEY}', '.env.example'], ['changeme', '.env.example'], ['process.env.USERS_API_KEY', 'src/routes/users.ts'],
    ['${POSTGRES_PASSWORD}', 'docker-compose.yml'], ['${{ secrets.GITHUB_TOKEN }}', '.github/workflows/ci.yml']]) {
    decoy('placeholder in the initial tree', value, file, root);
  }

  mainWork(10, 6);

  // ------------------------------------------------------------------ .env committed by mistake (stays)
  repo.write('.env', ['# local settings', `DATABASE_URL=postgres://orbit_dev:${S.dbPassword(r)}@localhost:5432/orbit`, `STRIPE_SECRET_KEY=${S.stripeLive(r)}`, 'SLACK_BOT_TOKEN=xoxb-your-bot-token', 'GITHUB_TOKEN=${GITHUB_TOKEN}']);
  const envLines = repo.lines('.env');
  const envPg = /:([^:@]+)@/.exec(envLines[1])[1];
  const envStripe = envLines[2].split('=')[1];
  const envSha = repo.commit('Add local dev settings', 'dev');
  label('.env committed by mistake (still in HEAD)', [{ secret: envPg, family: 'postgres' }], '.env', envSha, 2);
  label('.env committed by mistake (still in HEAD)', [{ secret: envStripe, family: 'stripe' }], '.env', envSha, 3);
  decoy('placeholder in .env', 'xoxb-your-bot-token', '.env', envSha);
  reserved.add('.env');

  mainWork(8, 6);

  // ------------------------------------------------------------------ added, then removed a few commits later
  const slack = S.slackBot(r);
  const slackLine = repo.replaceLine('api/settings.py', 'SLACK_TOKEN = os.getenv', `    SLACK_TOKEN = "${slack}"`);
  const slackSha = repo.commit('Hardcode Slack token for the demo', 'carla');
  label('added, then removed', [{ secret: slack, family: 'slack' }], 'api/settings.py', slackSha, slackLine);
  reserved.add('api/settings.py');
  mainWork(4);
  repo.replaceLine('api/settings.py', slack, '    SLACK_TOKEN = os.getenv("SLACK_TOKEN")');
  repo.commit('Read the Slack token from the environment again', 'alice');
  reserved.delete('api/settings.py');

  // ------------------------------------------------------------------ a key file, deleted later
  const rsa = S.rsaPkcs1(2048);
  repo.write('deploy/id_rsa', rsa.private.trimEnd().split('\n'));
  const sshPub = S.sshPublicLine(r);
  repo.write('deploy/id_rsa.pub', [sshPub]);
  const keySha = repo.commit('Add deploy key for the staging box', 'bob');
  label('key file, deleted later', [{ secret: rsa.private.trim(), family: 'private-key' }], 'deploy/id_rsa', keySha, 1);
  decoy('public key next to the private one', sshPub, 'deploy/id_rsa.pub', keySha);
  mainWork(5, 8);
  repo.rm('deploy/id_rsa');
  repo.insert('.gitignore', ['deploy/id_rsa']);
  repo.commit('Remove deploy key from the repository', 'erik');

  // ------------------------------------------------------------------ secrets in files renamed later
  const aws = S.awsKeyPair(r);
  const awsAt = repo.insert('scripts/deploy.sh', [`export AWS_ACCESS_KEY_ID=${aws.id}`, `export AWS_SECRET_ACCESS_KEY=${aws.secret}`], 4);
  const awsSha = repo.commit('Deploy script: use the CI user keys', 'alice');
  label('file renamed later (pure rename)', [{ secret: aws.id, family: 'aws-key-id' }, { secret: aws.secret, family: 'aws-secret', offset: 1 }], 'scripts/deploy.sh', awsSha, awsAt);

  const ghSync = S.githubPat(r);
  const ghAt = repo.insert('cmd/sync/github.go', [`const fallbackToken = "${ghSync}"`], 9);
  const ghSha = repo.commit('sync: fall back to the bot token', 'bob');
  label('file renamed later (rename with an edit)', [{ secret: ghSync, family: 'github' }], 'cmd/sync/github.go', ghSha, ghAt);
  reserved.add('cmd/sync/github.go');

  const notesUser = S.dbUser(r);
  const notesPw = S.dbPassword(r);
  const notesAt = repo.insert('docs/Deploy Notes.md', ['', 'Connect to the replica:', '', `    psql "postgres://${notesUser}:${notesPw}@replica.internal.acme.io:5432/orbit"`]) + 3;
  const notesSha = repo.commit('Deploy notes: replica access', 'dev');
  label('file with spaces in its name, renamed later', [{ secret: notesPw, family: 'postgres' }], 'docs/Deploy Notes.md', notesSha, notesAt);
  reserved.add('docs/Deploy Notes.md');

  mainWork(6, 6);
  repo.mv('scripts/deploy.sh', 'tools/deploy.sh');
  repo.commit('Move deploy script to tools/', 'dev', 'rename');
  mainWork(3);
  repo.mv('cmd/sync/github.go', 'internal/ghsync/client.go');
  repo.replaceLine('internal/ghsync/client.go', 'package main', 'package ghsync');
  repo.commit('Move GitHub sync into internal/ghsync', 'carla', 'rename');
  reserved.delete('cmd/sync/github.go');
  mainWork(2);
  repo.mv('docs/Deploy Notes.md', 'docs/runbooks/Deploy Notes.md');
  repo.commit('Move deploy notes under runbooks', 'erik', 'rename');
  reserved.delete('docs/Deploy Notes.md');

  // ------------------------------------------------------------------ feature branches
  // payments: merged with a merge commit
  repo.checkout('feature/payments', { create: true });
  const payKey = S.stripeLive(r);
  repo.write('src/payments/stripe.ts', ["import Stripe from 'stripe';", '', `const stripe = new Stripe('${payKey}', { apiVersion: '2024-04-10' });`, '', 'export const charge = (amount: number, source: string) =>', "  stripe.charges.create({ amount, currency: 'eur', source });"]);
  const paySha = repo.commit('payments: Stripe client', 'dev');
  label('feature branch, merged (--no-ff)', [{ secret: payKey, family: 'stripe' }], 'src/payments/stripe.ts', paySha, 3);
  filler(3, { who: 'dev', own: ['src/payments/stripe.ts'] });
  repo.checkout('main');
  mainWork(4);

  // notifications: a second branch open at the same time, merged later
  repo.checkout('feature/notifications', { create: true });
  const notifyToken = S.slackBot(r);
  repo.write('api/notify.py', ['from slack_sdk import WebClient', '', `client = WebClient(token="${notifyToken}")`, '', '', 'def notify(channel, text):', '    client.chat_postMessage(channel=channel, text=text)']);
  const notifySha = repo.commit('Slack notifications for failed payouts', 'carla');
  label('feature branch, merged (--no-ff)', [{ secret: notifyToken, family: 'slack' }], 'api/notify.py', notifySha, 3);
  filler(2, { who: 'carla', own: ['api/notify.py'] });
  repo.checkout('main');
  mainWork(3);
  repo.merge('feature/payments', "Merge branch 'feature/payments'", 'alice');
  mainWork(2);
  repo.merge('feature/notifications', "Merge branch 'feature/notifications'", 'erik');

  // release-bot: never merged
  repo.checkout('feature/release-bot', { create: true });
  const botToken = S.githubPat(r);
  repo.write('.github/workflows/release.yml', ['name: release', 'on:', '  push:', '    tags: ["v*"]', 'jobs:', '  release:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: ./tools/release.sh', '        env:', `          GH_TOKEN: ${botToken}`]);
  const botSha = repo.commit('WIP release workflow', 'bob');
  label('feature branch, never merged', [{ secret: botToken, family: 'github' }], '.github/workflows/release.yml', botSha, 12);
  filler(2, { who: 'bob', own: ['.github/workflows/release.yml'] });
  repo.checkout('main');
  mainWork(3);

  // search: fast-forward merged
  repo.checkout('feature/search', { create: true });
  const searchPw = S.password(r);
  repo.write('config/search.yml', ['elasticsearch:', '  hosts: ["https://search.internal.acme.io:9200"]', '  username: orbit', `  password: ${searchPw}`]);
  const searchSha = repo.commit('Search cluster settings', 'erik');
  label('feature branch, fast-forward merged', [{ secret: searchPw, family: 'password' }], 'config/search.yml', searchSha, 4);
  repo.checkout('main');
  repo.merge('feature/search', '', 'erik', { ff: true });
  mainWork(3, 5);

  // ledger-export spike: the branch is deleted, only a tag keeps it
  repo.checkout('spike/ledger-export', { create: true });
  const spikeAws = S.awsKeyPair(r);
  repo.write('tools/ledger_export.py', ['import boto3', '', 's3 = boto3.client(', '    "s3",', `    aws_access_key_id="${spikeAws.id}",`, `    aws_secret_access_key="${spikeAws.secret}",`, ')']);
  const spikeSha = repo.commit('Spike: export the ledger to S3', 'dev');
  label('branch deleted, reachable from a tag only', [{ secret: spikeAws.id, family: 'aws-key-id' }, { secret: spikeAws.secret, family: 'aws-secret', offset: 1 }], 'tools/ledger_export.py', spikeSha, 5);
  repo.git(['tag', 'archive/ledger-export']);
  repo.checkout('main');
  repo.git(['branch', '-D', 'spike/ledger-export']);
  mainWork(4);

  // ------------------------------------------------------------------ a secret typed into a conflict resolution
  reserved.add('config/database.yml');
  repo.checkout('feature/db-pool', { create: true });
  repo.replaceLine('config/database.yml', 'url: postgres://orbit@db-primary', '  url: postgres://orbit@db-primary:5432/orbit?pool_timeout=30');
  repo.replaceLine('config/database.yml', 'pool: 10', '  pool: 20');
  repo.commit('Bigger connection pool', 'erik');
  repo.checkout('main');
  repo.replaceLine('config/database.yml', 'url: postgres://orbit@db-primary', '  url: postgres://orbit@db-primary:5432/orbit?sslmode=require');
  repo.commit('Require TLS to the database', 'bob');
  mainWork(2);
  const mergeDb = repo.merge('feature/db-pool', "Merge branch 'feature/db-pool'", 'carla');
  if (!mergeDb.conflict) throw new Error('expected a conflict in config/database.yml');
  const resolvedPw = S.dbPassword(r);
  repo.write('config/database.yml', ['production:', `  url: postgres://orbit:${resolvedPw}@db-primary:5432/orbit?sslmode=require&pool_timeout=30`, '  pool: 20', 'development:', '  url: postgres://localhost:5432/orbit_dev']);
  const resolvedSha = repo.commitMerge("Merge branch 'feature/db-pool'", 'carla');
  label('secret added only in a merge conflict resolution', [{ secret: resolvedPw, family: 'postgres' }], 'config/database.yml', resolvedSha, 2);
  reserved.delete('config/database.yml');

  // ------------------------------------------------------------------ conflict resolution that rewrites a branch's secret line
  reserved.add('docker-compose.yml');
  repo.checkout('feature/local-db', { create: true });
  const composePw = S.password(r);
  const composeAt = repo.replaceLine('docker-compose.yml', 'POSTGRES_PASSWORD:', `      POSTGRES_PASSWORD: ${composePw}`);
  const composeSha = repo.commit('Local database with a fixed password', 'dev');
  label('branch secret kept in a conflict resolution that rewrites its line', [{ secret: composePw, family: 'password' }], 'docker-compose.yml', composeSha, composeAt, { expectOccurrences: 2 });
  repo.checkout('main');
  repo.replaceLine('docker-compose.yml', 'POSTGRES_PASSWORD:', '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}');
  repo.commit('compose: fail fast without a database password', 'alice');
  mainWork(2);
  const mergeCompose = repo.merge('feature/local-db', "Merge branch 'feature/local-db'", 'dev');
  if (!mergeCompose.conflict) throw new Error('expected a conflict in docker-compose.yml');
  const compose = initialFiles()['docker-compose.yml'].map((line) => (line.includes('POSTGRES_PASSWORD:') ? `      POSTGRES_PASSWORD: "${composePw}"` : line));
  repo.write('docker-compose.yml', compose);
  repo.commitMerge("Merge branch 'feature/local-db'", 'dev');
  reserved.delete('docker-compose.yml');

  // ------------------------------------------------------------------ release branch hotfix, cherry-picked to main
  repo.checkout('release/1.4', { create: true });
  filler(1, { who: 'alice', own: ['docs/architecture.md'] });
  const alertToken = S.slackBot(r);
  repo.write('config/alerting.yaml', ['alerts:', '  channel: "#orbit-oncall"', `  slack_bot_token: ${alertToken}`, '  min_severity: error']);
  const hotfixSha = repo.commit('Hotfix: page on-call in Slack when payouts fail', 'bob');
  label('cherry-picked to another branch', [{ secret: alertToken, family: 'slack' }], 'config/alerting.yaml', hotfixSha, 3, { expectOccurrences: 2, cherryPick: true });
  repo.git(['tag', 'v1.4.1']);
  repo.checkout('main');
  mainWork(5, 6);
  repo.cherryPick(hotfixSha, 'erik');

  // ------------------------------------------------------------------ the same secret copied into a second file
  repo.write('config/.env.staging', [...repo.lines('.env'), 'APP_ENV=staging']);
  const copySha = repo.commit('Staging env file (copied from local)', 'erik');
  label('same secret copied to a second file', [{ secret: envPg, family: 'postgres' }], 'config/.env.staging', copySha, 2);
  label('same secret copied to a second file', [{ secret: envStripe, family: 'stripe' }], 'config/.env.staging', copySha, 3);
  decoy('placeholder in copied env file', 'xoxb-your-bot-token', 'config/.env.staging', copySha);
  mainWork(4);

  // ------------------------------------------------------------------ reverted, then re-applied the same morning by a colleague
  reserved.add('src/integrations/github.ts');
  const ghInt = S.githubPat(r);
  const ghIntAt = repo.replaceLine('src/integrations/github.ts', 'const token = process.env.GITHUB_TOKEN', `const token = process.env.GITHUB_TOKEN ?? '${ghInt}';`);
  const ghIntSha = repo.commit('Release bot: default token for local runs', 'bob');
  label('reverted, then the revert reverted (same secret re-added hours later)', [{ secret: ghInt, family: 'github' }], 'src/integrations/github.ts', ghIntSha, ghIntAt, { expectOccurrences: 2 });
  repo.clockGap = [70, 130];
  const revertSha = repo.revert(ghIntSha, 'carla');
  repo.clockGap = [40, 90];
  repo.revert(revertSha, 'carla');
  reserved.delete('src/integrations/github.ts');
  mainWork(5, 6);

  // ------------------------------------------------------------------ squash-merged branch that is kept
  repo.checkout('feature/reporting', { create: true });
  const smtpPw = S.password(r);
  repo.write('api/reporting.py', ['import smtplib', '', 'SMTP_HOST = "smtp.acme.io"', `SMTP_PASSWORD = "${smtpPw}"`, '', '', 'def send_report(body):', '    with smtplib.SMTP(SMTP_HOST, 587) as smtp:', '        smtp.login("reports", SMTP_PASSWORD)']);
  const smtpSha = repo.commit('Weekly report mailer', 'bob');
  label('squash-merged branch, branch kept', [{ secret: smtpPw, family: 'password' }], 'api/reporting.py', smtpSha, 4, { expectOccurrences: 2 });
  repo.checkout('main');
  repo.clockGap = [90, 180];
  repo.merge('feature/reporting', 'Weekly report mailer (#42)', 'carla', { squash: true });
  mainWork(4, 6);

  // ------------------------------------------------------------------ the secret's line is edited later
  reserved.add('config/production.ini');
  const iniPw = S.password(r);
  const iniAt = repo.insert('config/production.ini', [`password = ${iniPw}`], 8);
  const iniSha = repo.commit('SMTP password for production', 'alice');
  label('line edited later (same secret, line rewritten)', [{ secret: iniPw, family: 'password' }], 'config/production.ini', iniSha, iniAt, { expectOccurrences: 2 });
  mainWork(3);
  repo.clockGap = [120, 300];
  repo.replaceLine('config/production.ini', `password = ${iniPw}`, `password = ${iniPw}  ; rotate quarterly`);
  repo.commit('production.ini: note the rotation policy', 'erik');
  reserved.delete('config/production.ini');

  // ------------------------------------------------------------------ rebased branch; the pre-rebase commits stay on the remote-tracking ref
  repo.checkout('feature/webhooks', { create: true });
  const hookKey = S.stripeLive(r);
  repo.write('src/webhooks/handler.ts', ["import Stripe from 'stripe';", '', `const stripe = new Stripe('${hookKey}');`, '', 'export async function handle(event: Stripe.Event) {', '  return stripe.events.retrieve(event.id);', '}']);
  const hookSha = repo.commit('Stripe webhook handler', 'dev');
  label('rebased branch (old commits kept by a remote-tracking ref)', [{ secret: hookKey, family: 'stripe' }], 'src/webhooks/handler.ts', hookSha, 3, { expectOccurrences: 2 });
  filler(1, { who: 'dev', own: ['src/webhooks/handler.ts'] });
  repo.git(['update-ref', 'refs/remotes/origin/feature/webhooks', 'HEAD']);
  repo.checkout('main');
  mainWork(4);
  repo.checkout('feature/webhooks');
  repo.rebase('main', 'dev');
  repo.checkout('main');
  repo.merge('feature/webhooks', "Merge branch 'feature/webhooks'", 'alice');

  // ------------------------------------------------------------------ renamed on main while a branch adds a secret to it
  reserved.add('api/legacy_client.py');
  repo.checkout('feature/legacy-billing', { create: true });
  const billingPw = S.password(r);
  const billingAt = repo.insert('api/legacy_client.py', [`BILLING_PASSWORD = "${billingPw}"`], 5);
  const billingSha = repo.commit('Legacy billing: basic auth', 'erik');
  label('secret added on a branch to a file that main renames; merged', [{ secret: billingPw, family: 'password' }], 'api/legacy_client.py', billingSha, billingAt);
  repo.checkout('main');
  repo.mv('api/legacy_client.py', 'api/clients/legacy_billing.py');
  repo.commit('Group API clients under api/clients', 'alice', 'rename');
  mainWork(2);
  repo.merge('feature/legacy-billing', "Merge branch 'feature/legacy-billing'", 'erik');
  reserved.delete('api/legacy_client.py');

  // ------------------------------------------------------------------ a PKCS#8 signing key that stays
  const ec = S.ecPkcs8();
  repo.write('config/jwt/signing-key.pem', ec.private.trimEnd().split('\n'));
  repo.write('config/jwt/signing-key.pub.pem', ec.public.trimEnd().split('\n'));
  const ecSha = repo.commit('JWT signing key for the staging issuer', 'carla');
  label('private key file kept in HEAD', [{ secret: ec.private.trim(), family: 'private-key' }], 'config/jwt/signing-key.pem', ecSha, 1);
  decoy('public key next to the private one', ec.public.trim(), 'config/jwt/signing-key.pub.pem', ecSha);

  // ------------------------------------------------------------------ a checksum-invalid token committed and removed
  const invalid = S.githubPat(r, false);
  repo.insert('api/tasks.py', ['', `# fixture: a ghp_ token whose checksum fails (must not be reported): ${invalid}`]);
  const invalidSha = repo.commit('Token format fixture', 'dev');
  decoy('checksum-invalid token (comment), removed later', invalid, 'api/tasks.py', invalidSha);
  reserved.add('api/tasks.py');
  const invalid2 = S.githubPat(r, false);
  repo.write('src/integrations/github.test.ts', ["import { isValidToken } from './github';", '', "test('rejects a token whose checksum fails', () => {", `  const token = '${invalid2}';`, '  expect(isValidToken(token)).toBe(false);', '});']);
  const invalid2Sha = repo.commit('Test: token checksum validation', 'carla');
  decoy('checksum-invalid token in a unit test (stays)', invalid2, 'src/integrations/github.test.ts', invalid2Sha);
  mainWork(3);
  repo.removeLine('api/tasks.py', invalid);
  repo.commit('Drop token fixture', 'dev');
  reserved.delete('api/tasks.py');

  mainWork(30, 5);
  // flush the removals still pending
  for (const item of pendingRemovals) item.due = 1;
  tickRemovals();
  repo.checkout('main');
  return { repo, labels, decoys };
};
