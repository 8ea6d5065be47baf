// The project the history is about: "orbit", a small order service with a TypeScript API, Python
// workers, a Go queue consumer, shell scripts, YAML/INI config and docs. Initial files and the
// ordinary edits (filler) that make up most commits. Nothing here holds a secret.

const NOUNS = ['order', 'invoice', 'customer', 'shipment', 'refund', 'cart', 'coupon', 'ledger', 'report', 'webhook',
  'session', 'catalog', 'price', 'tax', 'payout', 'audit', 'export', 'import', 'metric', 'quota', 'region', 'tenant'];
const VERBS = ['load', 'save', 'sync', 'validate', 'render', 'compute', 'merge', 'flush', 'retry', 'archive', 'index', 'resolve'];
const ADJ = ['pending', 'stale', 'active', 'daily', 'bulk', 'partial', 'remote', 'cached', 'legacy', 'batched'];

const camel = (...words) => words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
const snake = (...words) => words.join('_');
const pascal = (...words) => words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');

/** Which filler style a path gets. */
export const styleOf = (path) => {
  const base = path.split('/').pop();
  if (/\.(ts|js)$/.test(base)) return 'ts';
  if (base.endsWith('.py')) return 'py';
  if (base.endsWith('.go') && base !== 'go.mod') return 'go';
  if (/\.ya?ml$/.test(base)) return 'yaml';
  if (base.endsWith('.ini')) return 'ini';
  if (base.endsWith('.sh')) return 'sh';
  if (base.endsWith('.md')) return 'md';
  return undefined;
};

/** A few lines of ordinary code in the style of `path`. */
export const fillerBlock = (r, path) => {
  const n = r.pick(NOUNS);
  const v = r.pick(VERBS);
  const a = r.pick(ADJ);
  const k = r.int(2, 500);
  switch (styleOf(path)) {
    case 'ts':
      return r.pick([
        () => ['', `export function ${camel(v, a, n)}(items: ${pascal(n)}[], limit = ${k}): ${pascal(n)}[] {`, `  return items.filter((item) => item.status !== '${a}').slice(0, limit);`, '}'],
        () => ['', `export const ${snake(a, n, 'ttl').toUpperCase()}_MS = ${k * 1000};`],
        () => ['', `export async function ${camel(v, n)}(id: string): Promise<void> {`, `  logger.info('${v} ${n}', { id });`, `  await queue.publish('${n}.${v}', { id, attempt: ${r.int(1, 5)} });`, '}'],
        () => [`// ${v} ${a} ${n}s in batches of ${k}`],
        () => ['', `interface ${pascal(a, n)} {`, `  id: string;`, `  ${camel(n, 'count')}: number;`, `  updatedAt: Date;`, '}'],
      ])();
    case 'py':
      return r.pick([
        () => ['', '', `def ${snake(v, a, n)}(session, limit=${k}):`, `    rows = session.query(${pascal(n)}).filter_by(state="${a}").limit(limit)`, '    return [row.to_dict() for row in rows]'],
        () => ['', `${snake(a, n, 'batch').toUpperCase()} = ${k}`],
        () => ['', '', `class ${pascal(a, n)}Error(Exception):`, `    """Raised when a ${a} ${n} cannot be ${v}d."""`],
        () => [`    # ${v} ${n} ids in chunks of ${k}`],
        () => ['', '', `@app.task(bind=True, max_retries=${r.int(2, 8)})`, `def ${snake(v, n)}(self, ${n}_id):`, `    log.info("${v} %s", ${n}_id)`],
      ])();
    case 'go':
      return r.pick([
        () => ['', `// ${pascal(v, n)} ${v}s the ${a} ${n}s.`, `func ${pascal(v, n)}(ctx context.Context, ids []string) (int, error) {`, `\tif len(ids) > ${k} {`, `\t\tids = ids[:${k}]`, '\t}', '\treturn len(ids), nil', '}'],
        () => ['', `const ${camel(a, n, 'limit')} = ${k}`],
        () => ['', `type ${pascal(a, n)} struct {`, '\tID        string', `\t${pascal(n)}Count int`, '}'],
      ])();
    case 'yaml':
      return r.pick([
        () => [`${snake(a, n)}:`, `  enabled: ${r.chance(0.5)}`, `  batch_size: ${k}`],
        () => [`${snake(n, 'timeout', 'seconds')}: ${r.int(5, 120)}`],
        () => [`# ${v} ${a} ${n}s every ${r.int(1, 59)} minutes`, `${snake(v, n, 'cron')}: "*/${r.int(2, 30)} * * * *"`],
      ])();
    case 'ini':
      return r.pick([
        () => ['', `[${snake(n)}]`, `batch_size = ${k}`, `mode = ${a}`],
        () => [`${snake(a, n, 'limit')} = ${k}`],
      ])();
    case 'sh':
      return r.pick([
        () => ['', `${snake(v, n)}() {`, `  echo "${v} ${a} ${n}s"`, `  ./bin/orbit ${v} ${n} --limit ${k}`, '}'],
        () => [`echo "step: ${v} ${n}"`],
        () => [`${snake(a, n).toUpperCase()}_LIMIT=${k}`],
      ])();
    case 'md':
      return r.pick([
        () => ['', `## ${pascal(v)} ${n}s`, '', `The ${n} service can ${v} ${a} ${n}s in batches of ${k}. Run \`make ${v}\` first.`],
        () => [`- ${pascal(v)} ${a} ${n}s before the nightly ${r.pick(NOUNS)} export.`],
      ])();
    default:
      return [`# ${v} ${n}`];
  }
};

/** A new file a filler commit may add, and its first content. */
export const newFile = (r) => {
  const n = r.pick(NOUNS);
  const v = r.pick(VERBS);
  return r.pick([
    () => ({ path: `src/routes/${n}s.ts`, lines: [`import { Router } from 'express';`, `import { logger } from '../lib/logger';`, '', 'export const router = Router();', '', `router.get('/${n}s', async (_req, res) => {`, `  res.json({ ${n}s: [] });`, '});'] }),
    () => ({ path: `api/handlers/${n}.py`, lines: ['import logging', '', 'log = logging.getLogger(__name__)', '', '', `def ${v}_${n}(payload):`, '    return {"status": "ok"}'] }),
    () => ({ path: `internal/${n}/${n}.go`, lines: [`package ${n}`, '', 'import "context"', '', `// ${v} is a no-op until the ${n} store lands.`, `func ${v[0].toUpperCase() + v.slice(1)}(ctx context.Context) error { return nil }`] }),
    () => ({ path: `docs/${n}-${v}.md`, lines: [`# ${n[0].toUpperCase() + n.slice(1)} ${v}`, '', `How the ${n} ${v} job works.`] }),
  ])();
};

/** The first commit's tree (decoys included: they are part of any real project). */
export const initialFiles = () => ({
  'README.md': ['# orbit', '', 'Order service: API (TypeScript), workers (Python), queue consumer (Go).', '', '## Setup', '', '```sh', 'cp .env.example .env', 'make dev', '```'],
  '.gitignore': ['node_modules/', 'dist/', '__pycache__/', '*.pyc', '.env.local'],
  'package.json': ['{', '  "name": "orbit",', '  "version": "0.1.0",', '  "private": true,', '  "scripts": { "build": "tsc", "start": "node dist/index.js" }', '}'],
  'tsconfig.json': ['{ "compilerOptions": { "target": "ES2022", "module": "NodeNext", "outDir": "dist", "strict": true } }'],
  Makefile: ['dev:', '\tdocker compose up -d', '\tnpm run build', '', 'test:', '\tpytest api', '\tgo test ./...'],
  Dockerfile: ['FROM node:20-alpine', 'WORKDIR /app', 'COPY . .', 'RUN npm ci && npm run build', 'CMD ["node", "dist/index.js"]'],
  '.env.example': ['# copy to .env and fill in', 'DATABASE_URL=postgres://orbit:${DB_PASSWORD}@localhost:5432/orbit', 'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx', 'SLACK_BOT_TOKEN=xoxb-your-bot-token', 'GITHUB_TOKEN=${GITHUB_TOKEN}', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE', 'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}', 'ADMIN_PASSWORD=changeme'],
  'src/index.ts': ["import { createServer } from './server';", "import { logger } from './lib/logger';", '', 'const port = Number(process.env.PORT ?? 8080);', 'createServer().listen(port, () => logger.info(`listening on ${port}`));'],
  'src/server.ts': ["import express from 'express';", "import { router as orders } from './routes/orders';", '', 'export function createServer() {', '  const app = express();', "  app.use('/api', orders);", '  return app;', '}'],
  'src/routes/orders.ts': ["import { Router } from 'express';", '', 'export const router = Router();', '', "router.get('/orders', async (_req, res) => {", '  res.json({ orders: [] });', '});'],
  'src/routes/users.ts': ["import { Router } from 'express';", '', 'export const router = Router();', '', 'const apiKey = process.env.USERS_API_KEY;', "router.get('/users/me', (req, res) => res.json({ id: req.header('x-user') }));"],
  'src/lib/logger.ts': ["export const logger = {", '  info: (msg: string, meta?: unknown) => console.log(msg, meta ?? ""),', '  error: (msg: string, meta?: unknown) => console.error(msg, meta ?? ""),', '};'],
  'src/lib/cache.ts': ['const store = new Map<string, unknown>();', '', 'export const get = (key: string) => store.get(key);', 'export const set = (key: string, value: unknown) => store.set(key, value);'],
  'src/integrations/github.ts': ["import { logger } from '../lib/logger';", '', "const API = 'https://api.github.com';", 'const token = process.env.GITHUB_TOKEN;', '', 'export async function createRelease(tag: string) {', "  logger.info('release', { tag });", '  return fetch(`${API}/repos/acme/orbit/releases`, { method: "POST", headers: { authorization: `token ${token}` } });', '}'],
  'api/app.py': ['from flask import Flask', '', 'from .settings import Settings', '', 'app = Flask(__name__)', 'app.config.from_object(Settings)'],
  'api/settings.py': ['import os', '', '', 'class Settings:', '    DEBUG = False', '    DATABASE_URL = os.environ["DATABASE_URL"]', '    SLACK_TOKEN = os.getenv("SLACK_TOKEN")', '    PASSWORD_MIN_LENGTH = 12'],
  'api/models.py': ['from sqlalchemy.orm import declarative_base', '', 'Base = declarative_base()', '', '', 'class Order(Base):', '    __tablename__ = "orders"'],
  'api/tasks.py': ['import logging', '', 'from .app import app', '', 'log = logging.getLogger(__name__)'],
  'api/legacy_client.py': ['"""Client for the old billing API (to be retired)."""', 'import requests', '', 'BASE = "https://billing.internal.acme.io"', '', '', 'def fetch_invoices(session):', '    return session.get(f"{BASE}/invoices").json()'],
  'api/requirements.txt': ['flask==3.0.0', 'sqlalchemy==2.0.25', 'celery==5.3.6', 'requests==2.31.0'],
  'cmd/worker/main.go': ['package main', '', 'import (', '\t"context"', '\t"log"', ')', '', 'func main() {', '\tctx := context.Background()', '\tlog.Println("worker starting", ctx)', '}'],
  'internal/queue/queue.go': ['package queue', '', '// Queue is a minimal interface over the broker.', 'type Queue interface {', '\tPublish(topic string, body []byte) error', '}'],
  'cmd/sync/github.go': ['package main', '', 'import (', '\t"net/http"', '\t"os"', ')', '', 'var client = &http.Client{}', '', 'func token() string { return os.Getenv("GITHUB_TOKEN") }'],
  'go.mod': ['module github.com/acme/orbit', '', 'go 1.22'],
  'config/app.yaml': ['service: orbit', 'log_level: info', 'http:', '  port: 8080', '  read_timeout_seconds: 15'],
  'config/database.yml': ['production:', '  url: postgres://orbit@db-primary:5432/orbit', '  pool: 10', 'development:', '  url: postgres://localhost:5432/orbit_dev'],
  'config/production.ini': ['[server]', 'workers = 4', '', '[smtp]', 'host = smtp.acme.io', 'port = 587', 'user = orbit-mailer'],
  'scripts/deploy.sh': ['#!/bin/sh', 'set -eu', '', 'REGION=eu-west-1', 'echo "deploying to $REGION"', './bin/orbit migrate', './bin/orbit deploy --region "$REGION"'],
  'scripts/migrate.sh': ['#!/bin/sh', 'set -eu', 'psql "$DATABASE_URL" -f db/schema.sql'],
  'scripts/backup.sh': ['#!/bin/sh', 'set -eu', 'pg_dump "$DATABASE_URL" | gzip > "backup-$(date +%F).sql.gz"'],
  '.github/workflows/ci.yml': ['name: ci', 'on: [push, pull_request]', 'jobs:', '  test:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - run: make test', '        env:', '          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}'],
  'docker-compose.yml': ['services:', '  db:', '    image: postgres:16', '    environment:', '      POSTGRES_USER: orbit', '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}', '  api:', '    build: .', '    ports: ["8080:8080"]'],
  'docs/architecture.md': ['# Architecture', '', 'The API writes orders; workers settle them; the Go consumer ships them.'],
  'docs/Deploy Notes.md': ['# Deploy notes', '', 'Deploys run from `scripts/deploy.sh`.'],
});
