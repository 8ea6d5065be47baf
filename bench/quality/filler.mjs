// Ordinary code and configuration that surrounds the planted values: functions, comments, config
// keys. Nothing here looks like a credential; it is what a scanner must read past without a finding.

const NOUNS = ['order', 'invoice', 'customer', 'shipment', 'account', 'report', 'user', 'product', 'cart', 'refund', 'subscription', 'tenant', 'widget', 'metric', 'job', 'event', 'notification', 'profile', 'address', 'inventory', 'coupon', 'warehouse', 'ticket', 'document', 'upload', 'schedule', 'team', 'project', 'comment', 'review'];
const VERBS = ['fetch', 'load', 'sync', 'update', 'create', 'validate', 'normalize', 'render', 'export', 'archive', 'publish', 'schedule', 'compute', 'resolve', 'merge', 'import', 'refresh', 'reconcile'];
const ADJ = ['pending', 'active', 'archived', 'failed', 'stale', 'recent', 'primary', 'default', 'remote', 'local'];

const capw = (w) => w[0].toUpperCase() + w.slice(1);
const plural = (w) => (/(s|x)$/.test(w) ? `${w}es` : /y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`);

const names = (r) => {
  const noun = r.pick(NOUNS);
  const noun2 = r.pick(NOUNS.filter((x) => x !== noun));
  const verb = r.pick(VERBS);
  const adj = r.pick(ADJ);
  return { noun, noun2, verb, adj, nouns: plural(noun), Noun: capw(noun), Noun2: capw(noun2), Nouns: capw(plural(noun)), Verb: capw(verb), Adj: capw(adj) };
};

const js = (r) => {
  const { nouns, Nouns, noun, noun2, verb, adj, Noun, Noun2, Verb } = names(r);
  return r.pick([
    () => [
      '/**',
      ` * ${Verb} the ${adj} ${nouns} that belong to a ${noun2}.`,
      ` * Results are cached for ${r.int(1, 30)} minutes.`,
      ' */',
      `export async function ${verb}${Nouns}(${noun2}Id, options = {}) {`,
      `  const url = \`\${BASE_URL}/${noun2}s/\${${noun2}Id}/${nouns}\`;`,
      `  const res = await http.get(url, { params: { status: '${adj}', limit: options.limit ?? ${r.pick([25, 50, 100])} } });`,
      '  if (res.status !== 200) {',
      `    throw new Error(\`could not ${verb} ${nouns}: \${res.status}\`);`,
      '  }',
      `  return res.data.items.map((item) => normalize${Noun}(item));`,
      '}',
      '',
    ],
    () => [
      `function normalize${Noun}(raw) {`,
      '  return {',
      '    id: String(raw.id),',
      `    ${noun2}Id: raw.${noun2}_id ?? null,`,
      '    createdAt: new Date(raw.created_at),',
      `    status: raw.status || '${adj}',`,
      `    total: Number(raw.total ?? 0).toFixed(${r.int(0, 2)}),`,
      '  };',
      '}',
      '',
    ],
    () => [
      `router.${r.pick(['get', 'post', 'put'])}('/api/${nouns}/:id', requireAuth, async (req, res, next) => {`,
      '  try {',
      `    const ${noun} = await ${Noun}Repository.findById(req.params.id);`,
      `    if (!${noun}) return res.status(404).json({ error: '${noun} not found' });`,
      `    logger.info({ ${noun}Id: ${noun}.id }, '${noun} loaded');`,
      `    res.json(${noun});`,
      '  } catch (err) {',
      '    next(err);',
      '  }',
      '});',
      '',
    ],
    () => [
      `export class ${Noun}Service {`,
      `  constructor(repository, ${noun2}Client) {`,
      '    this.repository = repository;',
      `    this.${noun2}Client = ${noun2}Client;`,
      '  }',
      '',
      `  async ${verb}(id) {`,
      `    const ${noun} = await this.repository.get(id);`,
      `    const ${noun2} = await this.${noun2}Client.lookup(${noun}.${noun2}Id);`,
      `    return { ...${noun}, ${noun2} };`,
      '  }',
      '}',
      '',
    ],
    () => [
      `// ${Verb} in batches of ${r.pick([10, 20, 50])} so the API does not throttle us.`,
      `const BATCH_SIZE = ${r.pick([10, 20, 50])};`,
      `export const ${noun}Reducer = (state = initialState, action) => {`,
      '  switch (action.type) {',
      `    case '${noun}/${verb}':`,
      `      return { ...state, ${nouns}: action.payload, loading: false };`,
      `    case '${noun}/error':`,
      '      return { ...state, error: action.error, loading: false };',
      '    default:',
      '      return state;',
      '  }',
      '};',
      '',
    ],
  ])();
};

const ts = (r) => {
  const { nouns, Nouns, noun, noun2, verb, adj, Noun, Noun2 } = names(r);
  return r.pick([
    () => [
      `export interface ${Noun} {`,
      '  id: string;',
      `  ${noun2}Id: string | null;`,
      `  status: '${adj}' | 'done';`,
      '  createdAt: Date;',
      `  tags: readonly string[];`,
      '}',
      '',
    ],
    () => [
      `export const ${verb}${Noun} = async (id: string, client: ${Noun2}Client): Promise<${Noun} | undefined> => {`,
      `  const response = await client.request<${Noun}>('GET', \`/${plural(noun)}/\${id}\`);`,
      "  if (response.status === 404) return undefined;",
      '  return response.body;',
      '};',
      '',
    ],
    ...Array(2).fill(() => js(r)),
  ])();
};

const py = (r) => {
  const { nouns, Nouns, noun, noun2, verb, adj, Noun } = names(r);
  return r.pick([
    () => [
      `def ${verb}_${nouns}(session, ${noun2}_id, limit=${r.pick([25, 50, 100])}):`,
      `    """${capw(verb)} the ${adj} ${nouns} of a ${noun2}."""`,
      `    query = session.query(${Noun}).filter(${Noun}.${noun2}_id == ${noun2}_id)`,
      `    query = query.filter(${Noun}.status == "${adj}").order_by(${Noun}.created_at.desc())`,
      `    rows = query.limit(limit).all()`,
      `    logger.debug("loaded %d ${nouns} for ${noun2} %s", len(rows), ${noun2}_id)`,
      '    return [row.to_dict() for row in rows]',
      '',
      '',
    ],
    () => [
      '@dataclass',
      `class ${Noun}Summary:`,
      '    id: int',
      `    ${noun2}_id: int`,
      `    status: str = "${adj}"`,
      '    total_cents: int = 0',
      '',
      '    def is_open(self) -> bool:',
      '        return self.status not in ("archived", "failed")',
      '',
      '',
    ],
    () => [
      `class ${Noun}Client:`,
      `    def __init__(self, base_url, timeout=${r.int(5, 30)}):`,
      '        self.base_url = base_url.rstrip("/")',
      '        self.timeout = timeout',
      '        self._http = requests.Session()',
      '',
      `    def get(self, ${noun}_id):`,
      `        resp = self._http.get(f"{self.base_url}/${nouns}/{${noun}_id}", timeout=self.timeout)`,
      '        resp.raise_for_status()',
      '        return resp.json()',
      '',
      '',
    ],
    () => [
      `# ${capw(verb)} ${nouns} nightly; see ops runbook section ${r.int(2, 9)}.${r.int(1, 9)}`,
      `@celery_app.task(bind=True, max_retries=${r.int(2, 6)})`,
      `def ${verb}_${noun}_task(self, ${noun}_id):`,
      '    try:',
      `        ${verb}_${nouns}(db.session, ${noun}_id)`,
      '    except TransientError as exc:',
      `        raise self.retry(exc=exc, countdown=${r.pick([30, 60, 120])})`,
      '',
      '',
    ],
  ])();
};

const go = (r) => {
  const { nouns, Nouns, noun, noun2, verb, adj, Noun, Noun2, Verb } = names(r);
  return r.pick([
    () => [
      `// ${Verb}${Noun} loads one ${noun} and its ${noun2}.`,
      `func (s *Service) ${Verb}${Noun}(ctx context.Context, id string) (*${Noun}, error) {`,
      `\t${noun}, err := s.store.Get${Noun}(ctx, id)`,
      '\tif err != nil {',
      `\t\treturn nil, fmt.Errorf("${verb} ${noun} %s: %w", id, err)`,
      '\t}',
      `\tif ${noun}.Status == "${adj}" {`,
      `\t\ts.metrics.Inc("${noun}_${adj}")`,
      '\t}',
      `\treturn ${noun}, nil`,
      '}',
      '',
    ],
    () => [
      `type ${Noun} struct {`,
      '\tID        string    `json:"id"`',
      `\t${Noun2}ID string    \`json:"${noun2}_id"\``,
      '\tStatus    string    `json:"status"`',
      '\tCreatedAt time.Time `json:"created_at"`',
      '}',
      '',
    ],
    () => [
      `func handle${Nouns}(w http.ResponseWriter, r *http.Request) {`,
      `\tlimit, _ := strconv.Atoi(r.URL.Query().Get("limit"))`,
      '\tif limit <= 0 {',
      `\t\tlimit = ${r.pick([20, 50, 100])}`,
      '\t}',
      `\titems, err := repo.List${Nouns}(r.Context(), limit)`,
      '\tif err != nil {',
      '\t\thttp.Error(w, err.Error(), http.StatusInternalServerError)',
      '\t\treturn',
      '\t}',
      '\t_ = json.NewEncoder(w).Encode(items)',
      '}',
      '',
    ],
  ])();
};

const java = (r) => {
  const { nouns, Nouns, noun, noun2, verb, adj, Noun, Noun2, Verb } = names(r);
  return r.pick([
    () => [
      `    public List<${Noun}> ${verb}${Nouns}(long ${noun2}Id) {`,
      `        List<${Noun}> result = repository.findBy${Noun2}Id(${noun2}Id);`,
      `        log.debug("found {} ${nouns} for ${noun2} {}", result.size(), ${noun2}Id);`,
      '        return result.stream()',
      `            .filter(item -> !"${adj}".equals(item.getStatus()))`,
      '            .collect(Collectors.toList());',
      '    }',
      '',
    ],
    () => [
      '    @Override',
      `    public Optional<${Noun}> findById(String id) {`,
      '        if (id == null || id.isBlank()) {',
      '            return Optional.empty();',
      '        }',
      `        return Optional.ofNullable(cache.get(id)).or(() -> repository.findById(id));`,
      '    }',
      '',
    ],
    () => [
      `    /** ${Verb}s a ${noun} after checking the ${noun2} quota. */`,
      `    @Transactional`,
      `    public ${Noun} ${verb}(${Noun}Request request) {`,
      `        quotaService.check(request.get${Noun2}Id(), ${r.int(10, 500)});`,
      `        ${Noun} entity = mapper.toEntity(request);`,
      '        return repository.save(entity);',
      '    }',
      '',
    ],
  ])();
};

const rb = (r) => {
  const { nouns, Nouns, noun, noun2, verb, adj, Noun } = names(r);
  return r.pick([
    () => [
      `  def ${verb}_${nouns}(${noun2})`,
      `    ${Noun}.where(${noun2}_id: ${noun2}.id, status: :${adj})`,
      '       .order(created_at: :desc)',
      `       .limit(${r.pick([25, 50, 100])})`,
      '  end',
      '',
    ],
    () => [
      `class ${Noun}Job < ApplicationJob`,
      `  queue_as :${r.pick(['default', 'low', 'critical'])}`,
      '',
      `  def perform(${noun}_id)`,
      `    ${noun} = ${Noun}.find(${noun}_id)`,
      `    ${Noun}Mailer.with(${noun}: ${noun}).${verb}_notice.deliver_later`,
      '  end',
      'end',
      '',
    ],
  ])();
};

const sh = (r) => {
  const { nouns, Nouns, noun, verb, adj } = names(r);
  return r.pick([
    () => [`${verb}_${nouns}() {`, `  local dir="\${1:-./${nouns}}"`, `  echo "==> ${verb} ${nouns} in \${dir}"`, `  find "\${dir}" -name '*.json' -mtime +${r.int(1, 30)} -print0 | xargs -0 -r rm -f`, '}', ''],
    () => [`if [[ "\${ENVIRONMENT:-dev}" == "prod" ]]; then`, `  REPLICAS=${r.int(3, 8)}`, 'else', '  REPLICAS=1', 'fi', ''],
    () => [`# ${verb} the ${adj} ${noun} index`, `kubectl -n ${nouns} rollout status deploy/${noun}-api --timeout=${r.int(60, 300)}s`, ''],
  ])();
};

const md = (r) => {
  const { nouns, Nouns, noun, noun2, verb, adj } = names(r);
  return r.pick([
    () => [`## ${capw(verb)}ing ${nouns}`, '', `The service ${verb}s ${adj} ${nouns} every ${r.int(5, 60)} minutes and writes a summary per ${noun2}.`, `Run it locally with \`make ${verb}-${nouns}\` once the stack is up.`, ''],
    () => ['### Troubleshooting', '', `- If the ${noun} queue grows, check the ${noun2} worker logs.`, `- Retries back off exponentially (max ${r.int(3, 10)} attempts).`, ''],
    () => ['```bash', `docker compose up -d ${noun}-db ${noun2}-api`, `npm run ${verb}:${nouns} -- --limit ${r.pick([10, 100])}`, '```', ''],
  ])();
};

const docker = (r) => r.pick([
  () => ['RUN apt-get update \\', ' && apt-get install -y --no-install-recommends ca-certificates curl tini \\', ' && rm -rf /var/lib/apt/lists/*'],
  () => ['WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci --omit=dev'],
  () => ['COPY . .', `EXPOSE ${r.pick([3000, 8080, 8000])}`],
  () => [`ENV NODE_ENV=production PORT=${r.pick([3000, 8080])}`],
  () => ['USER node', 'HEALTHCHECK --interval=30s CMD curl -fsS http://localhost:3000/healthz || exit 1'],
])();

const envKV = (r) => r.pick([
  () => [`PORT=${r.pick([3000, 8080, 5000])}`],
  () => [`LOG_LEVEL=${r.pick(['info', 'debug', 'warn'])}`],
  () => [`NODE_ENV=${r.pick(['production', 'staging'])}`],
  () => [`FEATURE_${r.pick(['CHECKOUT_V2', 'NEW_SEARCH', 'DARK_MODE'])}=${r.pick(['true', 'false'])}`],
  () => [`# ${r.pick(['Database', 'Queues', 'Third-party services', 'Mail', 'Feature flags'])}`],
  () => [`APP_URL=https://${r.pick(['app', 'admin', 'api'])}.acme-corp.io`],
  () => [`CACHE_TTL_SECONDS=${r.pick([60, 300, 3600])}`],
  () => [''],
]);

export const yamlKV = (r, indent = '  ') => r.pick([
  () => [`${indent}timeout_seconds: ${r.pick([5, 10, 30])}`],
  () => [`${indent}enabled: ${r.pick(['true', 'false'])}`],
  () => [`${indent}host: ${r.pick(['db.internal', 'localhost', 'queue.internal'])}`],
  () => [`${indent}port: ${r.pick([5432, 6379, 8080, 443])}`],
  () => [`${indent}region: ${r.pick(['us-east-1', 'eu-west-1', 'ap-southeast-2'])}`],
  () => [`${indent}pool_size: ${r.int(2, 20)}`],
  () => [`${indent}log_format: ${r.pick(['json', 'text'])}`],
  () => [`${indent}# ${r.pick(['overridden per environment', 'see docs/config.md', 'keep in sync with helm values'])}`],
]);

export const jsonKV = (r) => r.pick([
  () => `"timeoutMs": ${r.pick([1000, 5000, 30000])}`,
  () => `"retries": ${r.int(1, 5)}`,
  () => `"enabled": ${r.pick(['true', 'false'])}`,
  () => `"region": "${r.pick(['us-east-1', 'eu-central-1'])}"`,
  () => `"baseUrl": "https://${r.pick(['api', 'billing', 'search'])}.acme-corp.io/v${r.int(1, 3)}"`,
  () => `"logLevel": "${r.pick(['info', 'warn', 'debug'])}"`,
  () => `"maxConnections": ${r.pick([10, 20, 50])}`,
])();

export const tomlKV = (r) => r.pick([
  () => `timeout = ${r.pick([5, 10, 30])}`,
  () => `enabled = ${r.pick(['true', 'false'])}`,
  () => `host = "${r.pick(['db.internal', '127.0.0.1'])}"`,
  () => `workers = ${r.int(2, 16)}`,
  () => `log_level = "${r.pick(['info', 'debug'])}"`,
])();

export const iniKV = (r) => r.pick([
  () => `timeout = ${r.pick([5, 10, 30])}`,
  () => `enabled = ${r.pick(['yes', 'no'])}`,
  () => `host = ${r.pick(['db.internal', '127.0.0.1'])}`,
  () => `max_workers = ${r.int(2, 16)}`,
  () => `; ${r.pick(['production values', 'see README', 'managed by ansible'])}`,
])();

export const propsKV = (r) => r.pick([
  () => `server.port=${r.pick([8080, 8443])}`,
  () => `spring.jpa.hibernate.ddl-auto=${r.pick(['validate', 'none'])}`,
  () => `logging.level.root=${r.pick(['INFO', 'WARN'])}`,
  () => `management.endpoints.web.exposure.include=health,info`,
  () => `spring.datasource.hikari.maximum-pool-size=${r.int(5, 30)}`,
  () => `# ${r.pick(['datasource', 'messaging', 'observability'])}`,
])();

const tf = (r) => {
  const { noun } = names(r);
  return r.pick([
    () => [`resource "aws_s3_bucket" "${noun}_exports" {`, `  bucket = "acme-${noun}-exports-${r.pick(['prod', 'staging'])}"`, '  tags = {', `    team = "${r.pick(['platform', 'payments', 'growth'])}"`, '  }', '}', ''],
    () => [`variable "${noun}_replicas" {`, '  type    = number', `  default = ${r.int(1, 6)}`, '}', ''],
    () => [`output "${noun}_queue_url" {`, `  value = aws_sqs_queue.${noun}.url`, '}', ''],
    () => [`module "${noun}_service" {`, '  source  = "./modules/ecs-service"', `  name    = "${noun}-api"`, `  cpu     = ${r.pick([256, 512, 1024])}`, `  memory  = ${r.pick([512, 1024, 2048])}`, '}', ''],
  ])();
};

const css = (r) => {
  const { nouns, Nouns, noun, adj } = names(r);
  return [`.${noun}-card--${adj} {`, `  padding: ${r.int(4, 24)}px;`, `  border-radius: ${r.int(2, 12)}px;`, '}', ''];
};

const ciYaml = (r) => r.pick([
  () => ['      - uses: actions/setup-node@v4', '        with:', `          node-version: ${r.pick([18, 20, 22])}`, "          cache: 'npm'"],
  () => ['      - run: npm ci', '      - run: npm test -- --coverage'],
  () => ['      - name: Build', `        run: make build TARGET=${r.pick(['linux', 'darwin'])}`],
]);

const FILLERS = {
  js,
  ts,
  py,
  go,
  java,
  rb,
  sh,
  md,
  docker,
  tf,
  css,
  env: (r) => envKV(r)(),
  yaml: (r) => yamlKV(r)(),
  k8s: (r) => yamlKV(r)(),
  'ci-yaml': (r) => ciYaml(r)(),
  json: (r) => [jsonKV(r)],
  toml: (r) => [tomlKV(r)],
  ini: (r) => [iniKV(r)],
  props: (r) => [propsKV(r)],
  pem: () => [],
};

/** Between `min` and `max` lines of filler for `kind` (whole blocks, so it may run a little over). */
export const filler = (kind, r, min, max) => {
  const target = r.int(min, max);
  const out = [];
  const make = FILLERS[kind];
  if (!make) throw new Error(`no filler for ${kind}`);
  while (out.length < target) out.push(...make(r));
  return out;
};

export { NOUNS, VERBS };
