// Reads a key the way code names are built: snake_case, kebab-case, dots, brackets, camelCase and
// acronyms (HTTPPassword -> http, password), so a secret word counts only as a whole segment
// (`notiktoken` and `tokenizer` hold no token) and the key's head decides what it names
// (`passwordLabel` is a label, `dbPassword` a password).

export type SecretKind = 'password' | 'secret';

/** The segments of a key, lowercase, digits split from letters (`password2` -> password, 2). */
export const keySegments = (key: string): string[] =>
  key
    // an acronym run straight into a lowercase secret word: MediaWiki's $wgDBpassword, DBpass
    .replace(/([A-Z]{2,})(password|passwd|pass|pwd|secret|token)(?![a-z])/g, '$1 $2')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])([0-9])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((segment) => segment.length > 0)
    .map((segment) => segment.toLowerCase());

// One segment that names a secret on its own, and run-together compounds that do.
const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'passcode', 'pword', 'passwort', 'contrasena', 'senha', 'motdepasse']);
const SECRET_WORDS = new Set(['secret', 'token', 'credential', 'credentials', 'creds', 'apikey', 'apitoken', 'apisecret',
  'accesskey', 'accesstoken', 'secretkey', 'privatekey', 'signingkey', 'encryptionkey', 'masterkey', 'sessionkey', 'appkey',
  'appsecret', 'licensekey', 'hmackey', 'jwtkey', 'authkey', 'authtoken', 'refreshtoken', 'bearertoken', 'sessiontoken',
  'clientsecret', 'consumersecret', 'webhooksecret', 'sharedsecret', 'accountkey', 'storagekey', 'auth',
  // the key that signs a JWT or a session cookie, as YAML and INI files write it run together (jwtsecret:, sessionsecret =)
  'jwtsecret', 'sessionsecret', 'cookiesecret']);

// `key` names a secret after one of these (api_key, AccountKey, SECRET_ACCESS_KEY); a bare `key` does not.
const KEY_QUALIFIERS = new Set(['api', 'access', 'private', 'secret', 'signing', 'sign', 'encryption', 'encrypt', 'crypt',
  'master', 'session', 'app', 'application', 'license', 'licence', 'hmac', 'jwt', 'client', 'consumer', 'auth',
  'account', 'storage', 'shared', 'service', 'subscription', 'admin', 'root', 'server', 'webhook', 'cipher', 'aes', 'mac',
  'token', 'live', 'prod', 'write', 'read', 'ingest', 'ingestion', 'management', 'developer', 'dev', 'partner', 'merchant']);

// Words saying the value is the secret in a form that no longer opens anything by itself: hashed,
// or encrypted under another key (JWE's `encrypted_key` is the content key wrapped for the
// recipient, RFC 7516 section 4.1; a SealedSecret's values are encrypted for the cluster).
const TRANSFORMED: ReadonlySet<string> = new Set(['hashed', 'encrypted', 'digest', 'wrapped', 'sealed']);

// A segment before the secret word that makes the key about something else: a CSRF token, a
// public key, a page token, a forgotten password (a route or a handler, not a value).
const NOT_SECRET_BEFORE: Readonly<Record<SecretKind | 'key', ReadonlySet<string>>> = {
  password: new Set(['forgot', 'forgotten', 'reset', 'show', 'hide', 'toggle', 'has', 'is', 'should', 'can', 'enable', 'enabled',
    'disable', 'disabled', 'use', 'allow', 'require', 'required', 'validate', 'validation', 'verify', 'check', 'generate', 'min',
    'max', 'no', 'without', 'skip', 'strong', 'weak', 'by', 'bypass', 'one', 'otp', 'sample', 'example', 'dummy', 'fake', 'mock',
    // LDAP's sambaNTPassword and sambaLMPassword hold the NT and LM hashes of the password
    'nt', 'lm', 'ntlm',
    ...TRANSFORMED]),
  secret: new Set(['csrf', 'xsrf', 'page', 'next', 'prev', 'previous', 'cursor', 'continuation', 'pagination', 'sync', 'cancel',
    'cancellation', 'device', 'push', 'fcm', 'apns', 'registration', 'invite', 'invitation', 'unsubscribe', 'max', 'min', 'num',
    'input', 'output', 'completion', 'prompt', 'total', 'count', 'lexer', 'syntax', 'parse', 'parser', 'start', 'end', 'first',
    'last', 'current', 'expected', 'this', 'is', 'has', 'no', 'sample', 'example', 'dummy', 'fake', 'mock', 'oauth', 'o', 'basic',
    ...TRANSFORMED]),
  key: new Set(['public', 'publishable', 'pub', 'site', 'anon', 'anonymous', 'search', 'primary', 'partition', 'sort', 'cache',
    'routing', 'idempotency', 'foreign', 'lookup', 'host', 'gpg', 'pgp', 'ssh', 'deploy', 'i18n', 'translation', 'map', 'dict',
    // an APT repository's key (Ansible's apt_key, a role's *_apt_key) is the OpenPGP key that signs it: its id or fingerprint, public
    'apt',
    'object', 'row', 'column', 'index', 'unique', 'composite', 'shard', 'hash', 'sample', 'example', 'dummy', 'fake', 'mock',
    ...TRANSFORMED]),
};

// After the secret word, only these keep the key naming the secret itself (DB_PASSWORD_PROD,
// secret_key_base, api_key_value); anything else names something about it (password_hash,
// token_url, secret_name, api_key_id).
const TAIL_OK = new Set(['value', 'val', 'str', 'string', 'b64', 'base64', 'hex', 'raw', 'plain', 'plaintext', 'encoded', 'text',
  'key', 'token', 'secret', 'pass', 'password', 'pwd', 'env', 'prod', 'production', 'dev', 'development', 'staging', 'stage',
  'live', 'sandbox', 'local', 'default', 'old', 'new', 'current', 'primary', 'secondary', 'base', 'confirmation', 'confirm',
  'again', 'repeat', 'bytes', 'data', 'material', 'override', 'admin', 'root', 'user', 'v']);

const PUBLISHED = new Set(['public', 'publishable', 'pub', 'anon']);

// `pass` is also a noun (mountain_pass, fish_pass, boarding pass): a password only as the whole key,
// in an environment-style name (SMTP_PASS), or after what a password is for (dbPass, smtp_pass).
const PASS_QUALIFIERS = new Set(['db', 'database', 'smtp', 'mail', 'email', 'ftp', 'sftp', 'ssh', 'admin', 'root', 'user', 'usr',
  'redis', 'mysql', 'pg', 'postgres', 'mongo', 'api', 'app', 'auth', 'login', 'ldap', 'bind', 'vpn', 'wifi', 'proxy', 'rabbit',
  'rabbitmq', 'amqp', 'mq', 'sql', 'sa', 'svc', 'service', 'server', 'basic', 'http', 'imap', 'pop', 'keystore', 'store',
  'key', 'cert', 'master', 'sudo', 'account', 'client', 'web', 'dashboard', 'registry', 'docker', 'nexus', 'jenkins']);

const isPasswordPass = (segments: readonly string[], i: number, key: string): boolean =>
  segments.length === 1 || isUpperSnake(key) || PASS_QUALIFIERS.has(segments[i - 1] ?? '');

const kindOfSegment = (segment: string): SecretKind | 'key' | 'pass' | undefined => {
  if (segment === 'pass') return 'pass';
  if (PASSWORD_WORDS.has(segment)) return 'password';
  if (SECRET_WORDS.has(segment)) return 'secret';
  if (segment === 'key' || segment === 'keys') return 'key';
  // dbpassword, rootpasswd, mysqlpass...: a run-together name ending in a password word.
  if (/^(?!no|non|un|by)[a-z]{2,12}(?:password|passwd)$/.test(segment)) return 'password';
  return undefined;
};

const isDigits = (segment: string): boolean => /^\d+$/.test(segment);

/**
 * The secret word at `i` still names the secret: only suffixes that keep the meaning follow it
 * (DB_PASSWORD_PROD, not password_hash), and no word before it says the secret is transformed
 * (encrypted_db_password, hashed_api_key: a form that opens nothing by itself).
 */
const headsKey = (segments: readonly string[], i: number): boolean =>
  segments.slice(i + 1).every((tail) => TAIL_OK.has(tail) || isDigits(tail)) &&
  !segments.slice(0, i).some((before) => TRANSFORMED.has(before));

/**
 * What a key names: a password, another secret, or nothing secret. The last segment that is a
 * secret word decides; what follows it must keep the meaning, and the segment before it must not
 * turn it into something else.
 */
export const secretKindOfKey = (key: string): SecretKind | undefined => {
  const segments = keySegments(key);
  for (let i = segments.length - 1; i >= 0; i--) {
    const found = kindOfSegment(segments[i] as string);
    if (found === undefined) continue;
    if (found === 'pass' && !isPasswordPass(segments, i, key)) return undefined;
    const kind = found === 'pass' ? 'password' : found;
    if (!headsKey(segments, i)) return undefined;
    const before = segments[i - 1];
    if (kind === 'key') {
      if (before === undefined || NOT_SECRET_BEFORE.key.has(before)) return undefined;
      // NEXT_PUBLIC_FIREBASE_KEY, VITE_PUBLIC_MAPS_KEY: published with the page by design.
      if (segments.slice(0, i).some((segment) => PUBLISHED.has(segment))) return undefined;
      return KEY_QUALIFIERS.has(before) || isUpperSnake(key) || isProseKeyOf(key, before) ? 'secret' : undefined;
    }
    if (before !== undefined && NOT_SECRET_BEFORE[kind].has(before)) return undefined;
    // ACME's key authorization (keyAuth: RFC 8555 section 8.1, the challenge token and the account
    // key's thumbprint) is what the challenge publishes, not a credential.
    if (segments[i] === 'auth' && before === 'key') return undefined;
    return kind;
  }
  return undefined;
};

// A provider's own secret words, beyond the generic ones: Azure DevOps' personal access token.
const PROVIDER_SECRET_WORDS = new Set(['pat']);

/**
 * For a provider rule found after its provider's name (ossrhPassword, CF_API_TOKEN_PROD): the key still
 * names the secret at its head. Read from its last secret word: only suffixes that keep the meaning
 * follow it (nexusTokenId, jenkins_token_url name something about the token), the word before it does
 * not make it another thing (sonatype_csrf_token), and no word says the secret is hashed or wrapped.
 * Unlike secretKindOfKey, no qualifier is needed before `key` or `pass`: the rule matched the provider's
 * name. A key with no secret word as a segment (a run-together `jenkinsapitoken`) is left to the rule.
 */
export const keyHeadKeepsSecret = (key: string): boolean => {
  const segments = keySegments(key);
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i] as string;
    const kind = kindOfSegment(segment) ?? (PROVIDER_SECRET_WORDS.has(segment) ? 'secret' : undefined);
    if (kind === undefined) continue;
    if (!headsKey(segments, i)) return false;
    const before = segments[i - 1] ?? '';
    return !(kind === 'key' ? PROVIDER_NOT_SECRET_KEY : kind === 'secret' ? PROVIDER_NOT_SECRET : NOT_SECRET_BEFORE.password).has(before);
  }
  return true;
};

// Before a provider's secret word, the words making it another thing. Narrower than NOT_SECRET_BEFORE:
// after a provider's name, `oauth secret` is its OAuth client secret and `primary key` Cosmos DB's
// account key; a reCAPTCHA site key, a search-only key, a CSRF or paging token are still not secrets.
const SAMPLES = ['sample', 'example', 'dummy', 'fake', 'mock'];
const PROVIDER_NOT_SECRET_KEY: ReadonlySet<string> = new Set(['public', 'publishable', 'pub', 'site', 'anon', 'anonymous',
  'search', 'host', 'gpg', 'pgp', 'ssh', ...SAMPLES]);
const PROVIDER_NOT_SECRET: ReadonlySet<string> = new Set(['csrf', 'xsrf', 'page', 'next', 'prev', 'cursor', 'continuation',
  'pagination', 'sync', 'cancel', 'device', 'push', 'fcm', 'apns', 'registration', 'invite', 'invitation', 'unsubscribe', ...SAMPLES]);

// An environment-style name (STRIPE_KEY, SENDGRID_KEY): any qualifier before _KEY is a service.
const isUpperSnake = (key: string): boolean => /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(key.replace(/^.*[^A-Z0-9_]/, ''));

// Words that, written before `key` in a sentence, make it about some key, not a service's one
// (`the key`, `for key`, `each key`, `lookup by key`): a prose key names a secret only after a
// name or a qualifier (`acme insights query key`, `Using Key`).
const PROSE_NOT_BEFORE_KEY = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'your', 'my', 'our', 'their', 'his',
  'her', 'its', 'for', 'of', 'with', 'to', 'from', 'by', 'in', 'on', 'at', 'as', 'no', 'any', 'each', 'every', 'same', 'which',
  'what', 'whose', 'if', 'or', 'and', 'per', 'json', 'yaml', 'dict', 'hash', 'table', 'config', 'field', 'property',
  'attribute', 'header', 'column', 'registry', 'group', 'range', 'message', 'metadata', 'label', 'tag', 'env', 'variable']);

/** A key written as words separated by blanks, as prose and logs write it (see rules/generic-prose.toml). */
const isProseKeyOf = (key: string, before: string): boolean => /[ \t]/.test(key.trim()) && !PROSE_NOT_BEFORE_KEY.has(before);

// Words that, before `key`, name what a key indexes or where it lives, not whose secret it is
// (objectKey, cache_key, queryKey, s3_key, routeKey), beyond NOT_SECRET_BEFORE.key.
const STRUCTURAL_BEFORE_KEY = new Set(['cache', 'query', 'redis', 'lock', 'state', 'store', 'storage', 'local', 'item', 'entry',
  'node', 'element', 'react', 'list', 'menu', 'tab', 'nav', 'route', 'router', 'component', 'widget', 'table', 'config', 'setting',
  'settings', 'env', 'prefix', 'suffix', 'name', 'label', 'message', 'msg', 'event', 'metric', 'tag', 'attr', 'attribute', 'prop',
  'property', 'data', 'json', 'yaml', 'dynamo', 'range', 'min', 'max', 'next', 'prev', 'parent', 'child', 'natural', 'surrogate',
  'dedup', 'dedupe', 'cursor', 'page', 'order', 'group', 'bucket', 'blob', 's3', 'gcs', 'path', 'file', 'image', 'asset', 'media',
  'upload', 'download', 'field', 'form', 'input', 'option', 'param', 'parameter', 'header', 'cookie', 'meta', 'metadata', 'schema',
  'type', 'kind', 'mode', 'locale', 'lang', 'language', 'text', 'string', 'value', 'sub', 'child', 'map', 'set', 'array', 'field',
  'sign', 'signature', 'fingerprint', 'checksum', 'digest', 'etag', 'version', 'revision', 'commit', 'build', 'release', 'job', 'task',
  'queue', 'topic', 'channel', 'stream', 'partition', 'segment', 'user', 'account', 'customer', 'client', 'device', 'session',
  'request', 'response', 'result', 'error', 'log', 'trace', 'span', 'context', 'scope', 'namespace', 'module', 'plugin', 'hook',
  'handler', 'callback', 'listener', 'shortcut', 'hotkey', 'keyboard', 'press', 'up', 'down', 'enter', 'escape', 'tab', 'modifier',
  // a document's id in the service that holds it (Google Sheets' open_by_key, a Jira project key)
  'spreadsheet', 'sheet', 'document', 'doc', 'folder', 'calendar', 'project', 'issue',
  // a record of the application's own (a payment gateway's type, a company, a tenant): its id, not a service's key
  'gateway', 'checkout', 'company', 'tenant', 'organization', 'org', 'team', 'workspace', 'member', 'product',
  'invoice', 'payment', 'vendor', 'entity', 'model', 'record', 'instance',
  // a lookup key's kind (pauseStatsKey, IngressEditInPlaceAnnotationKey), and a party's public key in
  // end-to-end protocols (Matrix's sender_key and identity keys)
  'stats', 'stat', 'annotation', 'sender', 'recipient', 'identity']);

/**
 * A key named after a service (solarwindsKey, pixabay_key, geocodio-key): a secret only when its value
 * is random-looking, which the caller checks. Not a key named after what it indexes (objectKey,
 * cache_key), nor a published one.
 */
export const namesServiceKey = (key: string): boolean => {
  // A key written in prose is judged by secretKindOfKey alone.
  if (/\s/.test(key.trim())) return false;
  const segments = keySegments(key);
  const last = segments.length - 1;
  if (last < 1 || segments[last] !== 'key') return false;
  const before = segments[last - 1] as string;
  if (before.length < 3 || /^\d+$/.test(before) || NOT_SECRET_BEFORE.key.has(before) || STRUCTURAL_BEFORE_KEY.has(before)) return false;
  return !segments.some((segment) => PUBLISHED.has(segment) || TRANSFORMED.has(segment));
};
