// The decoys: values a careless scanner reports but that are not secrets. Placeholders, references
// to a secret kept elsewhere, providers' documented example keys, identifiers, hashes, public keys,
// checksum-invalid tokens, UI strings, code that merely mentions "password".
import { ALNUM, B64, B64URL, DIGITS, HEX, LOWER_ALNUM, UPPER_ALNUM } from './prng.mjs';
import { checksumToken, ecSec1, ed25519Pkcs8, fakeCertificate, md5, opensshEd25519, rsaPkcs1, rsaPkcs8, sha1, sha256b64, sha256hex, sha512b64, sshRsaPublic } from './crypto-material.mjs';
import { WORDS } from './secrets.mjs';

const v = (name, value) => ({ name, value });
const s = (line) => [line];

// ---- assignment decoys: a name and a value, written with the same renderers as the secrets -----
export const ASSIGN_DECOYS = [
  {
    category: 'placeholder',
    count: 60,
    make: (r) =>
      r.pick([
        () => v('STRIPE_SECRET_KEY', 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx'),
        () => v('OPENAI_API_KEY', '<your-openai-api-key>'),
        () => v('API_KEY', 'YOUR_API_KEY'),
        () => v('DB_PASSWORD', 'changeme'),
        () => v('JWT_SECRET', 'change-me-in-production'),
        () => v('GITHUB_TOKEN', 'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'),
        () => v('AWS_ACCESS_KEY_ID', 'AKIAXXXXXXXXXXXXXXXX'),
        () => v('AWS_SECRET_ACCESS_KEY', '<secret-access-key>'),
        () => v('SLACK_BOT_TOKEN', 'xoxb-your-bot-token'),
        () => v('password', '********'),
        () => v('SECRET_KEY', 'replace-me'),
        () => v('SENDGRID_API_KEY', 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
        () => v('ADMIN_PASSWORD', '<password>'),
        () => v('api_token', '{{ api_token }}'),
        () => v('DATABASE_URL', 'postgres://user:password@localhost:5432/mydb'),
        () => v('DATABASE_URL', 'postgres://USER:PASSWORD@HOST:5432/DATABASE'),
        () => v('MONGODB_URI', 'mongodb+srv://<username>:<password>@cluster0.mongodb.net/app'),
        () => v('CLIENT_SECRET', '${CLIENT_SECRET}'),
        () => v('ANTHROPIC_API_KEY', 'sk-ant-...'),
        () => v('DD_API_KEY', '<DATADOG_API_KEY>'),
        () => v('NPM_TOKEN', 'npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
        () => v('api_key', 'your-api-key-here'),
        () => v('SECRET_TOKEN', 'TODO'),
        () => v('STRIPE_WEBHOOK_SECRET', 'whsec_...'),
        () => v('TWILIO_AUTH_TOKEN', 'your_auth_token'),
        () => v('PRIVATE_KEY', '0x0000000000000000000000000000000000000000000000000000000000000000'),
        () => v('ENCRYPTION_KEY', 'CHANGE_ME_32_BYTES_LONG_STRING!!'),
        () => v('REDIS_PASSWORD', 'placeholder'),
        () => v('OKTA_API_TOKEN', '{okta-api-token}'),
        () => v('MAILGUN_API_KEY', 'key-<your-key>'),
        () => v('VAULT_TOKEN', '$VAULT_TOKEN'),
        () => v('SMTP_PASSWORD', '%SMTP_PASSWORD%'),
        () => v('HF_TOKEN', 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
        () => v('DATABRICKS_TOKEN', 'dapi<your-token>'),
        () => v('KEYSTORE_PASSWORD', '[keystore password]'),
      ])(),
  },
  {
    category: 'documented-example',
    count: 14,
    make: (r) =>
      r.pick([
        () => v('AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE'),
        () => v('AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
        () => v('aws_access_key_id', 'AKIAI44QH8DHBEXAMPLE'),
        () => v('aws_secret_access_key', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'),
        () => v('SLACK_BOT_TOKEN', 'xoxb-not-a-real-token-this-will-not-work'),
        () => v('SLACK_WEBHOOK_URL', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'),
        () => v('TWILIO_ACCOUNT_SID', 'ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'),
        () => v('MNEMONIC', 'test test test test test test test test test test test junk'),
        () => v('DATABASE_URL', 'postgresql://username:password@localhost:5432/database_name'),
        () => v('JWT', jwtIoExample()),
      ])(),
  },
  {
    category: 'local-dev-default',
    count: 8,
    make: (r) =>
      r.pick([
        () => v('DATABASE_URL', 'postgres://postgres:postgres@localhost:5432/app_dev'),
        () => v('REDIS_URL', 'redis://localhost:6379/0'),
        () => v('MONGO_URL', 'mongodb://localhost:27017/app_test'),
        () => v('AMQP_URL', 'amqp://guest:guest@localhost:5672/'),
        () => v('MINIO_ROOT_PASSWORD', 'minioadmin'),
        () => v('POSTGRES_PASSWORD', 'postgres'),
      ])(),
  },
  {
    category: 'checksum-invalid',
    count: 14,
    make: (r) =>
      r.pick([
        () => v('GITHUB_TOKEN', checksumToken(r, 'ghp', false)),
        () => v('GH_TOKEN', checksumToken(r, 'ghp', false)),
        () => v('GITHUB_OAUTH_TOKEN', checksumToken(r, 'gho', false)),
        () => v('GH_APP_TOKEN', checksumToken(r, 'ghs', false)),
        () => v('NPM_TOKEN', checksumToken(r, 'npm', false)),
        () => v('GITHUB_USER_TOKEN', checksumToken(r, 'ghu', false)),
      ])(),
  },
  {
    category: 'public-identifier',
    count: 22,
    make: (r) =>
      r.pick([
        () => v('STRIPE_PUBLISHABLE_KEY', `pk_live_51${r.str(ALNUM, 97)}`),
        () => v('NEXT_PUBLIC_STRIPE_KEY', `pk_live_${r.str(ALNUM, 24)}`),
        () => v('MAPBOX_ACCESS_TOKEN', `pk.${Buffer.from(JSON.stringify({ u: r.pick(WORDS), a: r.str(LOWER_ALNUM, 25) })).toString('base64url')}.${r.str(B64URL, 22)}`),
        () => v('ALGOLIA_SEARCH_API_KEY', r.str(HEX, 32)),
        () => v('ALGOLIA_APP_ID', r.str(UPPER_ALNUM, 10)),
        () => v('TWILIO_ACCOUNT_SID', `AC${r.str(HEX, 32)}`),
        () => v('GOOGLE_CLIENT_ID', `${r.str(DIGITS, 12)}-${r.str(LOWER_ALNUM, 32)}.apps.googleusercontent.com`),
        () => v('AWS_ACCOUNT_ID', r.str(DIGITS, 12)),
        () => v('AZURE_TENANT_ID', r.uuid()),
        () => v('AZURE_CLIENT_ID', r.uuid()),
        () => v('STRIPE_PRICE_ID', `price_1${r.str(ALNUM, 23)}`),
        () => v('AUTH0_CLIENT_ID', r.str(ALNUM, 32)),
        () => v('SLACK_CLIENT_ID', `${r.str(DIGITS, 12)}.${r.str(DIGITS, 13)}`),
        () => v('FIREBASE_MESSAGING_SENDER_ID', r.str(DIGITS, 12)),
        () => v('CONTRACT_ADDRESS', `0x${r.str(HEX, 40)}`),
        () => v('GA_MEASUREMENT_ID', `G-${r.str(UPPER_ALNUM, 10)}`),
      ])(),
  },
  {
    category: 'uuid',
    count: 16,
    make: (r) => v(r.pick(['REQUEST_ID', 'tenant_id', 'subscription_id', 'correlationId', 'workspace_id', 'dashboard_uid', 'instance_uuid', 'tracking_id']), r.uuid()),
  },
  {
    category: 'git-sha',
    count: 14,
    make: (r) => v(r.pick(['GIT_SHA', 'gitHead', 'BUILD_COMMIT', 'rev', 'source_revision', 'commit_id', 'baseline_sha']), r.str(HEX, 40)),
  },
  {
    category: 'hash',
    count: 22,
    make: (r) => {
      const word = `${r.pick(WORDS)}-${r.pick(WORDS)}-${r.int(1, 99)}.tar.gz`;
      return r.pick([
        () => v('checksum_md5', md5(word)),
        () => v('sha1sum', sha1(word)),
        () => v('expected_sha256', sha256hex(word)),
        () => v('NODE_SHA256', sha256hex(word)),
        () => v('etag', md5(word)),
        () => v('content_hash', sha256hex(word)),
        () => v('cache_key', sha1(word)),
        () => v('tarball_sha512', `sha512-${sha512b64(word)}`),
        () => v('digest', `sha256:${sha256hex(word)}`),
      ])();
    },
  },
  {
    category: 'test-dummy',
    count: 24,
    make: (r) =>
      r.pick([
        () => v('password', 'test'),
        () => v('api_key', 'test-api-key'),
        () => v('token', 'dummy-token'),
        () => v('password', 'password'),
        () => v('secret', 'secret'),
        () => v('apiKey', 'abc123'),
        () => v('SECRET_KEY', 'fake-secret-for-tests'),
        () => v('auth_token', 'mock_token_123'),
        () => v('DB_PASSWORD', 'test_password'),
        () => v('client_secret', 'sample-client-secret'),
        () => v('STRIPE_SECRET_KEY', 'sk_test_dummy'),
        () => v('password', '123456'),
        () => v('GITHUB_TOKEN', 'fake-github-token'),
        () => v('access_token', 'not-a-real-token'),
      ])(),
  },
  {
    category: 'i18n',
    count: 18,
    make: (r) =>
      r.pick([
        () => v('password', 'Enter your password'),
        () => v('password_confirm', 'Confirm your new password'),
        () => v('api_key_label', 'API key'),
        () => v('token_expired', 'Your session token has expired. Please sign in again.'),
        () => v('secret_hint', 'Keep this secret safe: anyone who has it can access your account.'),
        () => v('password_too_short', 'Password must be at least 12 characters long'),
        () => v('forgot_password', 'Forgot your password?'),
        () => v('apiKeyCreated', 'Your new API key was created. Copy it now, you will not see it again.'),
        () => v('client_secret_help', 'The client secret is shown once in the developer console.'),
        () => v('passwordMismatch', 'Passwords do not match'),
      ])(),
  },
  {
    category: 'long-identifier',
    count: 10,
    make: (r) =>
      r.pick([
        () => v('translationKey', 'account.security.apiKeyRegenerationConfirmationBody'),
        () => v('handler', 'PasswordResetTokenExpirationNotificationHandler'),
        () => v('beanName', 'abstractSecretKeyProviderFactoryBeanPostProcessor'),
        () => v('secret_name', 'prod/payments/stripe-webhook-signing-secret'),
        () => v('tokenEndpoint', 'https://oauth2.googleapis.com/token'),
        () => v('password_policy', 'min_length=12,require_upper=true,require_digit=true'),
        () => v('API_KEY_HEADER', 'X-API-Key'),
        () => v('secret_arn', `arn:aws:secretsmanager:us-east-1:${r.str(DIGITS, 12)}:secret:prod/db-credentials-${r.str(ALNUM, 6)}`),
        () => v('secret_ref', 'projects/acme-prod/secrets/db-password/versions/latest'),
        () => v('vault_path', 'secret/data/payments/stripe'),
      ])(),
  },
  {
    category: 'css-color',
    count: 8,
    make: (r) => v(r.pick(['tokenColor', 'secretBadgeColor', 'passwordStrengthStrong', 'keyHighlight', 'brand-primary']), `#${r.str(HEX, r.pick([3, 6]))}`),
  },
  {
    category: 'base64-image',
    count: 5,
    make: (r) => v(r.pick(['logo', 'placeholderImage', 'avatarFallback', 'favicon']), `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAB${r.str(B64, 240)}=`),
  },
  {
    category: 'near-miss',
    count: 20,
    make: (r) =>
      r.pick([
        () => v('STRIPE_KEY_PREFIX', 'sk_live_'),
        () => v('tokenPattern', 'ghp_[A-Za-z0-9]{36}'),
        () => v('gitlabTokenRegex', 'glpat-[0-9a-zA-Z_-]{20}'),
        () => v('GOOGLE_API_KEY_PATTERN', 'AIza[0-9A-Za-z_-]{35}'),
        () => v('exampleHeader', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'),
        () => v('OPENAI_API_KEY', 'sk-...'),
        () => v('txHash', `0x${r.str(HEX, 64)}`),
        () => v('blockHash', `0x${r.str(HEX, 64)}`),
        () => v('ownerAddress', `0x${r.str(HEX, 40)}`),
        () => v('nonce', r.str(B64, 24)),
        () => v('build_id', `${r.str(LOWER_ALNUM, 8)}-${r.str(DIGITS, 6)}`),
        () => v('bundle', `main.${r.str(HEX, 16)}.js`),
        () => v('image', `ghcr.io/acme-corp/api@sha256:${r.str(HEX, 64)}`),
        () => v('public_key_fingerprint', `SHA256:${sha256b64(r.str(ALNUM, 12)).replace(/=+$/, '')}`),
        () => v('session_cookie_name', '__Host-session'),
        () => v('password_hash_algorithm', 'argon2id'),
      ])(),
  },
];

function jwtIoExample() {
  // jwt.io's default token: header {"alg":"HS256","typ":"JWT"}, payload John Doe, signed with "your-256-bit-secret".
  return 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
}

// ---- raw decoys: code that mentions secrets without holding one, per kind of file ----------------
// raw(kind, r) returns the lines (the whole snippet is labelled) or undefined when it does not fit.
export const RAW_DECOYS = [
  {
    category: 'env-reference',
    count: 55,
    raw: (kind, r) => {
      const options = {
        js: [`const stripeKey = process.env.STRIPE_SECRET_KEY;`, `  apiKey: process.env.OPENAI_API_KEY ?? '',`, 'const { DB_PASSWORD, JWT_SECRET } = process.env;', 'const password = import.meta.env.VITE_ADMIN_PASSWORD;', "const token = process.env['GITHUB_TOKEN'] || '';"],
        ts: ['const secret: string = process.env.SESSION_SECRET!;', "const apiKey = process.env.SENDGRID_API_KEY ?? '';", 'const awsSecretAccessKey = process.env.AWS_SECRET_ACCESS_KEY as string;'],
        py: ['DB_PASSWORD = os.getenv("DB_PASSWORD")', 'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]', 'api_key = os.environ.get("OPENAI_API_KEY", "")', 'password = settings.DATABASES["default"]["PASSWORD"]', 'aws_secret_access_key = os.environ["AWS_SECRET_ACCESS_KEY"]'],
        go: ['\ttoken := os.Getenv("GITHUB_TOKEN")', 'var dbPassword = os.Getenv("DB_PASSWORD")', '\tapiKey, ok := os.LookupEnv("STRIPE_SECRET_KEY")'],
        java: ['    private final String password = System.getenv("DB_PASSWORD");', '    @Value("${stripe.secret-key}")', '    private String clientSecret = env.getProperty("oauth.client-secret");'],
        rb: ['  config.secret_key_base = ENV.fetch("SECRET_KEY_BASE")', '  password: ENV["DB_PASSWORD"],', 'aws_secret = Rails.application.credentials.dig(:aws, :secret_access_key)'],
        'ci-yaml': ['      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}', '      DOCKERHUB_TOKEN: ${{ secrets.DOCKERHUB_TOKEN }}', '      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}', '      SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK }}', '      DB_PASSWORD: $CI_DB_PASSWORD'],
        yaml: ['  password: ${DB_PASSWORD}', '  api_key: "${OPENAI_API_KEY}"', '  client_secret: ${OIDC_CLIENT_SECRET:?required}', '  token: !env GITHUB_TOKEN'],
        k8s: ['  password: "{{ .Values.db.password }}"', '  api-key: "{{ required \\"apiKey\\" .Values.apiKey }}"'],
        tf: ['  password = var.db_password', '  master_password = random_password.db.result', '  secret_string = data.aws_secretsmanager_secret_version.db.secret_string', '  token = var.github_token'],
        docker: ['ENV DB_PASSWORD=${DB_PASSWORD}', 'ARG NPM_TOKEN', 'RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci'],
        sh: ['curl -fsS -u "${NEXUS_USER}:${NEXUS_PASSWORD}" https://nexus.acme-corp.io/service/rest/v1/status', 'mysql -h db.internal -u root -p"${MYSQL_ROOT_PASSWORD}" shop < dumps/shop.sql', 'echo "$DOCKER_TOKEN" | docker login registry.acme-corp.io -u ci-deployer --password-stdin', 'curl -H "Authorization: Bearer $(gcloud auth print-access-token)" https://run.googleapis.com/v2/projects', 'export AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:?must be set}"', 'TOKEN=$(vault kv get -field=token secret/ci/github)', 'DB_PASSWORD="$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)"', 'export GITHUB_TOKEN="$(gh auth token)"', 'curl -fsS -H "Authorization: Bearer ${API_TOKEN}" https://api.acme-corp.io/v1/health'],
        env: ['DB_PASSWORD=${POSTGRES_PASSWORD}', 'API_KEY=$SHARED_API_KEY', 'SESSION_SECRET=${SESSION_SECRET:-}'],
        md: ['    Authorization: Bearer <access-token>', '    Authorization: Basic <base64 of user:password>', 'Set **STRIPE_SECRET_KEY** in your shell (the value is in the 1Password vault "Payments").', 'Export `GITHUB_TOKEN=$(gh auth token)` before running the release script.', 'The API key is read from `process.env.API_KEY`; never hard-code it.'],
        json: ['"password": "${DB_PASSWORD}"', '"apiKey": "env(API_KEY)"', '"clientSecret": "%CLIENT_SECRET%"'],
        toml: ['password = "${DB_PASSWORD}"', 'token = { env = "CARGO_REGISTRY_TOKEN" }'],
        ini: ['password = %(DB_PASSWORD)s', 'api_key = ${API_KEY}'],
        props: ['spring.datasource.password=${DB_PASSWORD}', 'stripe.secret-key=${STRIPE_SECRET_KEY}', 'app.jwt.secret=${JWT_SECRET:}'],
      };
      const list = options[kind];
      return list ? s(r.pick(list)) : undefined;
    },
  },
  {
    category: 'function-call',
    count: 22,
    raw: (kind, r) => {
      const options = {
        js: ['const password = getPassword();', 'const token = await fetchAccessToken(client);', "const secret = crypto.randomBytes(32).toString('hex');", 'const apiKey = await secretsManager.getSecretValue({ SecretId: API_KEY_ARN });', 'const hashed = await bcrypt.hash(password, 12);'],
        ts: ['const password = await promptPassword("Password: ");', 'const token = jwt.sign(payload, getSigningKey(), { expiresIn: "1h" });'],
        py: ['password = getpass.getpass("Password: ")', 'api_key = vault_client.secrets.kv.read_secret_version(path="api")["data"]["data"]["key"]', 'token = generate_token(user, expires_in=3600)', 'password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())', 'secret = secrets.token_urlsafe(32)'],
        go: ['\tpassword, err := readPassword(os.Stdin)', '\ttoken, err := auth.NewToken(ctx, claims)', '\tsecret := make([]byte, 32)'],
        java: ['        String password = passwordEncoder.encode(rawPassword);', '        String token = tokenProvider.createToken(authentication);', '        char[] password = console.readPassword("Password: ");'],
        rb: ['  password = SecureRandom.hex(16)', '  token = JsonWebToken.encode(user_id: user.id)'],
        sh: ['read -rsp "Password: " PASSWORD', 'TOKEN=$(openssl rand -hex 32)'],
      };
      const list = options[kind];
      return list ? s(r.pick(list)) : undefined;
    },
  },
  {
    category: 'type-annotation',
    count: 20,
    raw: (kind, r) => {
      const options = {
        ts: ['  password: string;', '  apiKey?: string | null;', '  readonly clientSecret: string;', 'export type Credentials = { username: string; password: string };', '  token: Token | undefined;'],
        py: ['    password: str', '    api_key: Optional[str] = None', 'def authenticate(username: str, password: str) -> bool:', '    client_secret: SecretStr = Field(..., min_length=16)'],
        go: ['\tPassword string `json:"password" yaml:"password"`', '\tAPIKey   string `env:"API_KEY,required"`', 'func Login(username, password string) (*Session, error) {'],
        java: ['    private String password;', '    private char[] secretKey;', '    public void setPassword(String password) { this.password = password; }'],
        rb: ['  attr_accessor :password, :api_key', '  validates :password, length: { minimum: 12 }'],
      };
      const list = options[kind];
      return list ? s(r.pick(list)) : undefined;
    },
  },
  {
    category: 'code-mention',
    count: 24,
    raw: (kind, r) => {
      const options = {
        js: ["if (password !== confirmPassword) throw new ValidationError('passwords differ');", 'const PASSWORD_MIN_LENGTH = 12;', "const TOKEN_TYPE = 'Bearer';", '<input type="password" name="password" autoComplete="current-password" />', "headers['X-API-Key'] = apiKey;", "const secretField = form.querySelector('#client-secret');"],
        ts: ['const passwordRegex = /^(?=.*[A-Z])(?=.*\\d).{12,}$/;', "export const SECRET_HEADER = 'x-webhook-signature';"],
        py: ['PASSWORD_MIN_LENGTH = 12', 'if password != confirm_password:', '    grant_type="client_credentials",', '    password = forms.CharField(widget=forms.PasswordInput)', 'AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]'],
        go: ['\tif len(password) < minPasswordLength {', '\treq.Header.Set("Authorization", "Bearer "+token)'],
        java: ['        if (!password.equals(confirmPassword)) {', '    private static final int TOKEN_TTL_SECONDS = 3600;'],
        rb: ['  has_secure_password', '  before_action :verify_api_key!'],
        sql: [],
        md: ['Rotate the API key every 90 days; the old key keeps working for 24 hours.', 'Passwords are hashed with argon2id before they are stored.', '| `password` | string | the user\'s password, at least 12 characters |'],
        yaml: ['  password_min_length: 12', '  token_ttl: 3600', '  secret_backend: vault'],
        json: ['"passwordMinLength": 12', '"tokenType": "Bearer"', '"secretRotationDays": 90'],
        k8s: ['        - name: DB_PASSWORD', '  tokenTTL: "1h"'],
        sh: ['echo "Password must be set in ${HOME}/.pgpass"', '[ -z "${API_TOKEN:-}" ] && { echo "API_TOKEN is not set" >&2; exit 1; }'],
        tf: ['  sensitive   = true', '  password_length = 24'],
        props: ['security.password.min-length=12', 'app.token.ttl=3600'],
        ini: ['password_min_length = 12', 'token_ttl = 3600'],
        toml: ['password_min_length = 12', 'token_ttl = 3600'],
        env: ['PASSWORD_MIN_LENGTH=12', 'TOKEN_TTL=3600'],
        docker: ['HEALTHCHECK CMD pg_isready -U app || exit 1'],
      };
      const list = options[kind];
      return list && list.length ? s(r.pick(list)) : undefined;
    },
  },
  {
    category: 'k8s-secret-ref',
    count: 6,
    raw: (kind) =>
      kind === 'k8s'
        ? ['        - name: DB_PASSWORD', '          valueFrom:', '            secretKeyRef:', '              name: db-credentials', '              key: password']
        : undefined,
  },
  {
    category: 'public-key',
    count: 12,
    raw: (kind, r) => {
      const pick = r.pick([
        () => rsaPkcs1(2048, 0).publicKey,
        () => rsaPkcs8(2048, 0).publicKey,
        () => ecSec1('prime256v1', 0).publicKey,
        () => ed25519Pkcs8(0).publicKey,
      ]);
      if (kind === 'pem') return pick().trimEnd().split('\n');
      if (kind === 'md') return ['```', ...pick().trimEnd().split('\n'), '```'];
      if (kind === 'yaml' || kind === 'k8s') return ['  public_key: |', ...pick().trimEnd().split('\n').map((l) => `    ${l}`)];
      if (kind === 'js' || kind === 'ts') return ['const JWT_PUBLIC_KEY = `', ...pick().trimEnd().split('\n'), '`;'];
      if (kind === 'py') return ['JWT_PUBLIC_KEY = """', ...pick().trimEnd().split('\n'), '"""'];
      if (kind === 'go') return ['const verifyKey = `', ...pick().trimEnd().split('\n'), '`'];
      if (kind === 'sh') return [`echo "${sshRsaPublic(`deploy@${r.pick(['ci', 'bastion'])}`, 0)}" >> ~/.ssh/authorized_keys`];
      if (kind === 'tf') return ['resource "aws_key_pair" "deployer" {', '  key_name   = "deployer"', `  public_key = "${opensshEd25519(r, 'deployer@acme', 1).publicKey}"`, '}'];
      if (kind === 'json') return [`"publicKey": ${JSON.stringify(pick())}`];
      return undefined;
    },
  },
  {
    category: 'certificate',
    count: 8,
    raw: (kind, r) => {
      const cert = fakeCertificate(r).trimEnd().split('\n');
      if (kind === 'pem') return cert;
      if (kind === 'yaml' || kind === 'k8s') return r.chance(0.5) ? ['  ca.crt: |', ...cert.map((l) => `    ${l}`)] : [`  certificate-authority-data: ${Buffer.from(`${cert.join('\n')}\n`).toString('base64')}`];
      if (kind === 'tf') return ['resource "aws_iam_server_certificate" "edge" {', '  name             = "edge-2025"', '  certificate_body = <<-EOT', ...cert.map((l) => `    ${l}`), '  EOT', '}'];
      if (kind === 'md') return ['```', ...cert, '```'];
      if (kind === 'js' || kind === 'ts') return ['const CA_BUNDLE = `', ...cert, '`;'];
      return undefined;
    },
  },
  {
    category: 'integrity',
    count: 6,
    raw: (kind, r) => {
      const word = `${r.pick(WORDS)}-${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`;
      if (kind === 'md') return [`<script src="https://cdn.jsdelivr.net/npm/${word}/dist/index.min.js" integrity="sha384-${createHash384(word)}" crossorigin="anonymous"></script>`];
      if (kind === 'json') return [`"integrity": "sha512-${sha512b64(word)}"`];
      if (kind === 'yaml') return [`  integrity: sha512-${sha512b64(word)}`];
      return undefined;
    },
  },
];

import { createHash } from 'node:crypto';
function createHash384(s) {
  return createHash('sha384').update(s).digest('base64');
}
