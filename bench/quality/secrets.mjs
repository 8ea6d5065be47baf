// The true positives: fake credentials drawn from each provider's documented format (prefix,
// alphabet, length, checksum), generated at run time with the seeded PRNG. Each generator says which
// family it belongs to, how many to plant, which variable names people give it, and where it fits.
import { ALNUM, B64, B64URL, BASE58, DIGITS, HEX, LOWER, LOWER_ALNUM, UPPER_ALNUM, UPPER_HEX } from './prng.mjs';
import { bitcoinWif, checksumToken } from './crypto-material.mjs';

export const FAMILIES = [
  'cloud',
  'vcs',
  'ci',
  'registry',
  'payment',
  'messaging',
  'ai',
  'observability',
  'saas/data',
  'crypto',
  'private-key',
  'jwt',
  'connection-string',
  'url-credential',
  'generic',
  'sensitive-file',
];

// Words for passphrases, mnemonics and filler. None is a placeholder word (test, example, dummy, ...).
export const WORDS = (
  'amber anchor apple arctic autumn badge bamboo basket beacon binary blossom border bridge bronze ' +
  'cabin canyon carbon castle cedar cherry cinder citrus clover cobalt comet copper coral cotton ' +
  'crystal dawn delta desert dolphin dragon eagle ember falcon fern fiber forest fossil galaxy garden ' +
  'ginger glacier granite gravel harbor hazel helium hollow horizon indigo island ivory jasmine jungle ' +
  'kernel lantern lemon lilac linen lotus magnet maple marble meadow mercury meteor mint mirror monsoon ' +
  'nectar nickel nova oasis ocean olive onyx orbit orchid oyster panda pebble pepper pixel planet ' +
  'plasma polar pumpkin quartz quiver radar raven reef ribbon river rocket saffron salmon sierra ' +
  'silver spruce summit sunset tango thistle thunder timber topaz tulip tundra velvet violet walnut ' +
  'willow winter zephyr'
).split(' ');

const cap = (w) => w[0].toUpperCase() + w.slice(1);

/** Passwords people actually set: random strings, word-word-number, `openssl rand -base64 24`. */
export const password = (r) =>
  r.weighted([
    [() => r.str(`${ALNUM}!%^*_-+.?@`, r.int(14, 24)), 3],
    [() => `${cap(r.pick(WORDS))}${r.pick(['-', '_', '.', ''])}${cap(r.pick(WORDS))}${r.int(10, 9999)}${r.pick(['!', '?', '*', ''])}`, 2],
    [() => r.str(B64, 32), 1],
  ])();

/** A password that can sit in a URL's userinfo without escaping. */
export const urlPassword = (r) =>
  r.weighted([
    [() => r.str(`${ALNUM}-_.~`, r.int(16, 28)), 3],
    [() => `${cap(r.pick(WORDS))}${cap(r.pick(WORDS))}${r.int(100, 9999)}`, 1],
  ])();

const b64json = (obj, url = false) => Buffer.from(JSON.stringify(obj)).toString(url ? 'base64url' : 'base64');

export const jwt = (r, kind = r.pick(['hs', 'rs', 'es'])) => {
  const alg = { hs: 'HS256', rs: 'RS256', es: 'ES256' }[kind];
  const header = kind === 'hs' ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: r.str(B64URL, 16) };
  const iat = 1717000000 + r.int(0, 20000000);
  const payload = r.pick([
    () => ({ sub: r.uuid(), email: `${r.pick(WORDS)}.${r.pick(WORDS)}@acme-corp.io`, role: 'admin', iat, exp: iat + 3600 * 24 * 365 }),
    () => ({ iss: 'https://auth.acme-corp.io/', sub: `auth0|${r.str(HEX, 24)}`, aud: ['https://api.acme-corp.io'], iat, exp: iat + 86400, scope: 'openid profile email read:orders write:orders' }),
    () => ({ iss: 'supabase', ref: r.str(LOWER, 20), role: 'service_role', iat, exp: iat + 315360000 }),
    () => ({ user_id: r.int(1000, 999999), username: r.pick(WORDS), permissions: ['billing:read', 'billing:write'], iat }),
  ])();
  const sigLen = { hs: 32, rs: 256, es: 64 }[kind];
  return `${b64json(header, true)}.${b64json(payload, true)}.${r.bytes(sigLen).toString('base64url')}`;
};

const uuidUpper = (r) => r.uuid();
const n = (names) => names;

// `where`: file kinds the value may be written into (default: any). `multiline` secrets are PEM blocks.
// make() returns the value to write, or { value, secret } when only part of it is the secret.
export const GENERATORS = [
  // ------------------------------------------------------------------ cloud
  { family: 'cloud', provider: 'aws', kind: 'access-key-id', count: 4, names: n(['AWS_ACCESS_KEY_ID', 'aws_access_key_id', 'S3_ACCESS_KEY']), make: (r) => `AKIA${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}` },
  { family: 'cloud', provider: 'aws', kind: 'secret-access-key', count: 4, names: n(['AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', 'AWS_SECRET_KEY']), make: (r) => r.str(B64, 40) },
  { family: 'cloud', provider: 'aws', kind: 'session-token', count: 2, names: n(['AWS_SESSION_TOKEN']), make: (r) => `IQoJb3JpZ2luX2VjE${r.str(B64, 380)}` },
  { family: 'cloud', provider: 'aws', kind: 'bedrock-api-key', count: 1, names: n(['AWS_BEARER_TOKEN_BEDROCK']), make: (r) => `ABSK${Buffer.from(`BedrockAPIKey-${r.str(LOWER_ALNUM, 4)}-at-${r.str(DIGITS, 12)}:${r.str(B64, 40)}`).toString('base64')}` },
  { family: 'cloud', provider: 'gcp', kind: 'api-key', count: 3, names: n(['GOOGLE_API_KEY', 'GCP_API_KEY', 'GOOGLE_MAPS_SERVER_KEY']), make: (r) => `AIza${r.str(B64URL, 35)}` },
  { family: 'cloud', provider: 'gcp', kind: 'oauth-client-secret', count: 2, names: n(['GOOGLE_CLIENT_SECRET', 'GOOGLE_OAUTH_CLIENT_SECRET']), make: (r) => `GOCSPX-${r.str(B64URL, 28)}` },
  { family: 'cloud', provider: 'azure', kind: 'storage-connection-string', count: 2, names: n(['AZURE_STORAGE_CONNECTION_STRING', 'STORAGE_CONNECTION']), make: (r) => { const key = `${r.str(B64, 86)}==`; return { value: `DefaultEndpointsProtocol=https;AccountName=acme${r.str(LOWER_ALNUM, 6)};AccountKey=${key};EndpointSuffix=core.windows.net`, secret: key }; } },
  { family: 'cloud', provider: 'azure', kind: 'storage-account-key', count: 1, names: n(['AZURE_STORAGE_KEY', 'AZURE_STORAGE_ACCOUNT_KEY']), make: (r) => `${r.str(B64, 86)}==` },
  { family: 'cloud', provider: 'azure', kind: 'ad-client-secret', count: 3, names: n(['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET', 'AAD_CLIENT_SECRET']), make: (r) => `${r.str(ALNUM, 3)}${r.int(0, 9)}Q~${r.str(`${ALNUM}_~.-`, 34)}` },
  { family: 'cloud', provider: 'azure', kind: 'sas-token', count: 1, names: n(['AZURE_BLOB_SAS_URL']), make: (r) => { const sig = encodeURIComponent(r.bytes(32).toString('base64')); return { value: `https://acmeassets.blob.core.windows.net/uploads?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2025-01-01T00:00:00Z&spr=https&sig=${sig}`, secret: sig }; } },
  { family: 'cloud', provider: 'digitalocean', kind: 'pat', count: 2, names: n(['DIGITALOCEAN_TOKEN', 'DO_API_TOKEN']), make: (r) => `dop_v1_${r.str(HEX, 64)}` },
  { family: 'cloud', provider: 'digitalocean', kind: 'oauth', count: 1, names: n(['DIGITALOCEAN_ACCESS_TOKEN']), make: (r) => `doo_v1_${r.str(HEX, 64)}` },
  { family: 'cloud', provider: 'heroku', kind: 'api-key', count: 1, names: n(['HEROKU_API_KEY']), make: uuidUpper },
  { family: 'cloud', provider: 'alibaba', kind: 'access-key-id', count: 1, names: n(['ALIBABA_CLOUD_ACCESS_KEY_ID']), make: (r) => `LTAI${r.str(ALNUM, 20)}` },
  { family: 'cloud', provider: 'alibaba', kind: 'access-key-secret', count: 1, names: n(['ALIBABA_CLOUD_ACCESS_KEY_SECRET']), make: (r) => r.str(ALNUM, 30) },
  { family: 'cloud', provider: 'cloudflare', kind: 'api-token', count: 2, names: n(['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN']), make: (r) => r.str(`${ALNUM}_-`, 40) },
  { family: 'cloud', provider: 'cloudflare', kind: 'global-api-key', count: 1, names: n(['CLOUDFLARE_API_KEY']), make: (r) => r.str(HEX, 37) },

  // ------------------------------------------------------------------ vcs
  { family: 'vcs', provider: 'github', kind: 'ghp', count: 5, names: n(['GITHUB_TOKEN', 'GH_TOKEN', 'GITHUB_PAT', 'DANGER_GITHUB_API_TOKEN']), make: (r) => checksumToken(r, 'ghp') },
  { family: 'vcs', provider: 'github', kind: 'gho', count: 2, names: n(['GITHUB_OAUTH_TOKEN', 'access_token']), make: (r) => checksumToken(r, 'gho') },
  { family: 'vcs', provider: 'github', kind: 'ghu', count: 2, names: n(['GITHUB_USER_TOKEN', 'GH_APP_USER_TOKEN']), make: (r) => checksumToken(r, 'ghu') },
  { family: 'vcs', provider: 'github', kind: 'ghs', count: 2, names: n(['GITHUB_INSTALLATION_TOKEN', 'GH_APP_TOKEN']), make: (r) => checksumToken(r, 'ghs') },
  // Refresh tokens are ghr_ + 76 base62; the checksum covers the first 70 (github.toml's comment).
  { family: 'vcs', provider: 'github', kind: 'ghr', count: 2, names: n(['GITHUB_REFRESH_TOKEN', 'refresh_token']), make: (r) => { const body = r.str(ALNUM, 70); return `ghr_${body}${base62Crc(body)}`; } },
  { family: 'vcs', provider: 'github', kind: 'fine-grained-pat', count: 3, names: n(['GITHUB_TOKEN', 'GH_PAT', 'RELEASE_TOKEN']), make: (r) => `github_pat_11${r.str(UPPER_ALNUM, 20)}_${r.str(ALNUM, 59)}` },
  { family: 'vcs', provider: 'gitlab', kind: 'glpat', count: 3, names: n(['GITLAB_TOKEN', 'GITLAB_PRIVATE_TOKEN', 'CI_PUSH_TOKEN']), make: (r) => `glpat-${r.str(`${ALNUM}_-`, 20)}` },
  { family: 'vcs', provider: 'gitlab', kind: 'glpat-routable', count: 1, names: n(['GITLAB_API_TOKEN']), make: (r) => `glpat-${r.str(`${ALNUM}_-`, 31)}.01.${r.str(LOWER_ALNUM, 9)}` },
  { family: 'vcs', provider: 'gitlab', kind: 'deploy-token', count: 1, names: n(['GITLAB_DEPLOY_TOKEN']), make: (r) => `gldt-${r.str(`${ALNUM}_-`, 20)}` },
  { family: 'vcs', provider: 'gitlab', kind: 'oauth-app-secret', count: 1, names: n(['GITLAB_OAUTH_SECRET']), make: (r) => `gloas-${r.str(HEX, 64)}` },
  { family: 'vcs', provider: 'gitlab', kind: 'feed-token', count: 1, names: n(['GITLAB_FEED_TOKEN']), make: (r) => `glft-${r.str(`${ALNUM}_-`, 20)}` },
  { family: 'vcs', provider: 'bitbucket', kind: 'app-password', count: 2, names: n(['BITBUCKET_APP_PASSWORD', 'BB_TOKEN']), make: (r) => `ATBB${r.str(ALNUM, 32)}` },
  { family: 'vcs', provider: 'bitbucket', kind: 'client-secret', count: 1, names: n(['BITBUCKET_CLIENT_SECRET']), make: (r) => r.str(ALNUM, 32) },

  // ------------------------------------------------------------------ ci
  { family: 'ci', provider: 'circleci', kind: 'pat', count: 2, names: n(['CIRCLECI_TOKEN', 'CIRCLE_API_TOKEN']), make: (r) => `CCIPAT_${r.str(BASE58, 22)}_${r.str(HEX, 40)}` },
  { family: 'ci', provider: 'circleci', kind: 'legacy-token', count: 1, names: n(['CIRCLE_TOKEN']), make: (r) => r.str(HEX, 40) },
  { family: 'ci', provider: 'buildkite', kind: 'api-token', count: 2, names: n(['BUILDKITE_API_TOKEN', 'BUILDKITE_TOKEN']), make: (r) => `bkua_${r.str(HEX, 40)}` },
  { family: 'ci', provider: 'buildkite', kind: 'agent-token-legacy', count: 1, names: n(['BUILDKITE_AGENT_TOKEN']), make: (r) => r.str(LOWER_ALNUM, 50) },
  { family: 'ci', provider: 'gitlab', kind: 'runner-token', count: 2, names: n(['RUNNER_TOKEN', 'CI_RUNNER_AUTH_TOKEN']), make: (r) => `glrt-${r.str(`${ALNUM}_-`, 20)}` },
  { family: 'ci', provider: 'gitlab', kind: 'runner-registration', count: 1, names: n(['REGISTRATION_TOKEN']), make: (r) => `GR1348941${r.str(`${ALNUM}_-`, 20)}` },
  { family: 'ci', provider: 'gitlab', kind: 'trigger-token', count: 1, names: n(['TRIGGER_TOKEN']), make: (r) => `glptt-${r.str(HEX, 40)}` },
  { family: 'ci', provider: 'travis', kind: 'api-token', count: 1, names: n(['TRAVIS_API_TOKEN', 'TRAVIS_TOKEN']), make: (r) => r.str(`${ALNUM}_-`, 22) },
  { family: 'ci', provider: 'jenkins', kind: 'api-token', count: 2, names: n(['JENKINS_API_TOKEN', 'JENKINS_TOKEN']), make: (r) => `11${r.str(HEX, 32)}` },
  { family: 'ci', provider: 'jenkins', kind: 'agent-secret', count: 1, names: n(['JENKINS_SECRET']), make: (r) => r.str(HEX, 64) },

  // ------------------------------------------------------------------ registry
  { family: 'registry', provider: 'npm', kind: 'npm-token', count: 4, names: n(['NPM_TOKEN', 'NODE_AUTH_TOKEN', 'NPM_AUTH_TOKEN']), make: (r) => checksumToken(r, 'npm') },
  { family: 'registry', provider: 'pypi', kind: 'api-token', count: 2, names: n(['PYPI_TOKEN', 'TWINE_PASSWORD', 'PYPI_API_TOKEN']), make: (r) => `pypi-AgEIcHlwaS5vcmc${r.str(B64URL, 150)}` },
  { family: 'registry', provider: 'docker', kind: 'hub-pat', count: 2, names: n(['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD']), make: (r) => `dckr_pat_${r.str(B64URL, 27)}` },
  { family: 'registry', provider: 'rubygems', kind: 'api-key', count: 1, names: n(['GEM_HOST_API_KEY', 'RUBYGEMS_API_KEY']), make: (r) => `rubygems_${r.str(HEX, 48)}` },
  { family: 'registry', provider: 'nuget', kind: 'api-key', count: 1, names: n(['NUGET_API_KEY']), make: (r) => `oy2${r.str(LOWER_ALNUM, 43)}` },
  { family: 'registry', provider: 'artifactory', kind: 'api-key', count: 1, names: n(['ARTIFACTORY_API_KEY']), make: (r) => `AKCp${r.str(ALNUM, 69)}` },
  { family: 'registry', provider: 'jfrog', kind: 'reference-token', count: 1, names: n(['JFROG_ACCESS_TOKEN']), make: (r) => Buffer.from(`reftkn:01:${r.str(DIGITS, 10)}:${r.str(ALNUM, 32)}`).toString('base64').replace(/=+$/, '') },
  { family: 'registry', provider: 'crates', kind: 'api-token', count: 1, names: n(['CARGO_REGISTRY_TOKEN']), make: (r) => `cio${r.str(ALNUM, 32)}` },

  // ------------------------------------------------------------------ payment
  { family: 'payment', provider: 'stripe', kind: 'live-secret', count: 4, names: n(['STRIPE_SECRET_KEY', 'STRIPE_API_KEY', 'stripe_secret']), make: (r) => (r.chance(0.5) ? `sk_live_51${r.str(ALNUM, 97)}` : `sk_live_${r.str(ALNUM, 24)}`) },
  { family: 'payment', provider: 'stripe', kind: 'test-secret', count: 1, names: n(['STRIPE_TEST_SECRET_KEY']), make: (r) => `sk_test_51${r.str(ALNUM, 97)}` },
  { family: 'payment', provider: 'stripe', kind: 'restricted', count: 2, names: n(['STRIPE_RESTRICTED_KEY', 'STRIPE_REPORTING_KEY']), make: (r) => `rk_live_51${r.str(ALNUM, 97)}` },
  { family: 'payment', provider: 'stripe', kind: 'webhook-secret', count: 2, names: n(['STRIPE_WEBHOOK_SECRET', 'STRIPE_ENDPOINT_SECRET']), make: (r) => `whsec_${r.str(ALNUM, 32)}` },
  { family: 'payment', provider: 'square', kind: 'access-token', count: 2, names: n(['SQUARE_ACCESS_TOKEN']), make: (r) => `EAAA${r.str(B64URL, 60)}` },
  { family: 'payment', provider: 'square', kind: 'oauth-secret', count: 1, names: n(['SQUARE_APPLICATION_SECRET']), make: (r) => `sq0csp-${r.str(B64URL, 43)}` },
  { family: 'payment', provider: 'braintree', kind: 'access-token', count: 1, names: n(['BRAINTREE_ACCESS_TOKEN']), make: (r) => `access_token$production$${r.str(LOWER_ALNUM, 16)}$${r.str(HEX, 32)}` },
  { family: 'payment', provider: 'braintree', kind: 'private-key', count: 1, names: n(['BRAINTREE_PRIVATE_KEY']), make: (r) => r.str(HEX, 32) },
  { family: 'payment', provider: 'razorpay', kind: 'key-id', count: 1, names: n(['RAZORPAY_KEY_ID']), make: (r) => `rzp_live_${r.str(ALNUM, 14)}` },
  { family: 'payment', provider: 'razorpay', kind: 'key-secret', count: 1, names: n(['RAZORPAY_KEY_SECRET']), make: (r) => r.str(ALNUM, 24) },
  { family: 'payment', provider: 'plaid', kind: 'secret', count: 1, names: n(['PLAID_SECRET']), make: (r) => r.str(HEX, 30) },
  { family: 'payment', provider: 'plaid', kind: 'access-token', count: 1, names: n(['PLAID_ACCESS_TOKEN']), make: (r) => `access-production-${r.uuid()}` },
  { family: 'payment', provider: 'adyen', kind: 'api-key', count: 1, names: n(['ADYEN_API_KEY']), make: (r) => `AQE${r.str(`${ALNUM}+/`, 85)}=-${r.str(`${ALNUM}+/`, 43)}=-${r.str(`${ALNUM}<>?(){}[]~^`, 14)}` },
  { family: 'payment', provider: 'adyen', kind: 'hmac-key', count: 1, names: n(['ADYEN_HMAC_KEY']), make: (r) => r.str(UPPER_HEX, 64) },
  { family: 'payment', provider: 'paypal', kind: 'client-secret', count: 1, names: n(['PAYPAL_CLIENT_SECRET']), make: (r) => r.str(B64URL, 80) },
  { family: 'payment', provider: 'flutterwave', kind: 'secret-key', count: 1, names: n(['FLW_SECRET_KEY']), make: (r) => `FLWSECK-${r.str(HEX, 32)}-X` },

  // ------------------------------------------------------------------ messaging
  { family: 'messaging', provider: 'slack', kind: 'bot-token', count: 3, names: n(['SLACK_BOT_TOKEN', 'SLACK_TOKEN']), make: (r) => `xoxb-${r.str(DIGITS, 12)}-${r.str(DIGITS, 13)}-${r.str(ALNUM, 24)}` },
  { family: 'messaging', provider: 'slack', kind: 'user-token', count: 2, names: n(['SLACK_USER_TOKEN']), make: (r) => `xoxp-${r.str(DIGITS, 12)}-${r.str(DIGITS, 12)}-${r.str(DIGITS, 13)}-${r.str(HEX, 32)}` },
  { family: 'messaging', provider: 'slack', kind: 'webhook', count: 3, names: n(['SLACK_WEBHOOK_URL', 'SLACK_WEBHOOK', 'ALERTS_WEBHOOK']), make: (r) => `https://hooks.slack.com/services/T0${r.str(UPPER_ALNUM, 8)}/B0${r.str(UPPER_ALNUM, 9)}/${r.str(ALNUM, 24)}` },
  { family: 'messaging', provider: 'slack', kind: 'app-token', count: 1, names: n(['SLACK_APP_TOKEN']), make: (r) => `xapp-1-A0${r.str(UPPER_ALNUM, 9)}-${r.str(DIGITS, 13)}-${r.str(HEX, 64)}` },
  { family: 'messaging', provider: 'twilio', kind: 'auth-token', count: 1, names: n(['TWILIO_AUTH_TOKEN']), make: (r) => r.str(HEX, 32) },
  { family: 'messaging', provider: 'twilio', kind: 'api-secret', count: 1, names: n(['TWILIO_API_SECRET']), make: (r) => r.str(ALNUM, 32) },
  { family: 'messaging', provider: 'sendgrid', kind: 'api-key', count: 3, names: n(['SENDGRID_API_KEY', 'SMTP_PASSWORD', 'MAIL_API_KEY']), make: (r) => `SG.${r.str(B64URL, 22)}.${r.str(B64URL, 43)}` },
  { family: 'messaging', provider: 'mailgun', kind: 'api-key', count: 2, names: n(['MAILGUN_API_KEY']), make: (r) => `key-${r.str(HEX, 32)}` },
  { family: 'messaging', provider: 'mailchimp', kind: 'api-key', count: 1, names: n(['MAILCHIMP_API_KEY']), make: (r) => `${r.str(HEX, 32)}-us${r.int(1, 21)}` },
  { family: 'messaging', provider: 'telegram', kind: 'bot-token', count: 2, names: n(['TELEGRAM_BOT_TOKEN', 'TG_BOT_TOKEN']), make: (r) => `${r.int(1, 7)}${r.str(DIGITS, 9)}:AA${r.str(B64URL, 33)}` },
  { family: 'messaging', provider: 'discord', kind: 'bot-token', count: 1, names: n(['DISCORD_BOT_TOKEN', 'DISCORD_TOKEN']), make: (r) => `${Buffer.from(`1${r.str(DIGITS, 17)}`).toString('base64').replace(/=+$/, '')}.${r.str(B64URL, 6)}.${r.str(B64URL, 38)}` },
  { family: 'messaging', provider: 'discord', kind: 'webhook', count: 2, names: n(['DISCORD_WEBHOOK_URL']), make: (r) => `https://discord.com/api/webhooks/1${r.str(DIGITS, 18)}/${r.str(B64URL, 68)}` },
  { family: 'messaging', provider: 'msteams', kind: 'webhook', count: 1, names: n(['TEAMS_WEBHOOK_URL']), make: (r) => `https://acmecorp.webhook.office.com/webhookb2/${r.uuid()}@${r.uuid()}/IncomingWebhook/${r.str(HEX, 32)}/${r.uuid()}` },

  // ------------------------------------------------------------------ ai
  { family: 'ai', provider: 'openai', kind: 'project-key', count: 4, names: n(['OPENAI_API_KEY', 'OPENAI_KEY', 'LLM_API_KEY']), make: (r) => `sk-proj-${r.str(B64URL, 74)}T3BlbkFJ${r.str(B64URL, 74)}` },
  { family: 'ai', provider: 'openai', kind: 'legacy-key', count: 1, names: n(['OPENAI_API_KEY']), make: (r) => `sk-${r.str(ALNUM, 20)}T3BlbkFJ${r.str(ALNUM, 20)}` },
  { family: 'ai', provider: 'openai', kind: 'service-account-key', count: 1, names: n(['OPENAI_API_KEY']), make: (r) => `sk-svcacct-${r.str(B64URL, 74)}T3BlbkFJ${r.str(B64URL, 74)}` },
  { family: 'ai', provider: 'anthropic', kind: 'api-key', count: 4, names: n(['ANTHROPIC_API_KEY', 'CLAUDE_API_KEY']), make: (r) => `sk-ant-api03-${r.str(B64URL, 93)}AA` },
  { family: 'ai', provider: 'anthropic', kind: 'admin-key', count: 1, names: n(['ANTHROPIC_ADMIN_KEY']), make: (r) => `sk-ant-admin01-${r.str(B64URL, 93)}AA` },
  { family: 'ai', provider: 'huggingface', kind: 'token', count: 2, names: n(['HF_TOKEN', 'HUGGINGFACE_HUB_TOKEN']), make: (r) => `hf_${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}` },
  { family: 'ai', provider: 'groq', kind: 'api-key', count: 1, names: n(['GROQ_API_KEY']), make: (r) => `gsk_${r.str(ALNUM, 52)}` },
  { family: 'ai', provider: 'replicate', kind: 'api-token', count: 1, names: n(['REPLICATE_API_TOKEN']), make: (r) => `r8_${r.str(ALNUM, 37)}` },
  { family: 'ai', provider: 'perplexity', kind: 'api-key', count: 1, names: n(['PERPLEXITY_API_KEY']), make: (r) => `pplx-${r.str(ALNUM, 48)}` },
  { family: 'ai', provider: 'xai', kind: 'api-key', count: 1, names: n(['XAI_API_KEY']), make: (r) => `xai-${r.str(ALNUM, 80)}` },
  { family: 'ai', provider: 'langsmith', kind: 'api-key', count: 1, names: n(['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY']), make: (r) => `lsv2_pt_${r.str(HEX, 32)}_${r.str(HEX, 10)}` },
  { family: 'ai', provider: 'cohere', kind: 'api-key', count: 1, names: n(['COHERE_API_KEY']), make: (r) => r.str(ALNUM, 40) },

  // ------------------------------------------------------------------ observability
  { family: 'observability', provider: 'datadog', kind: 'api-key', count: 2, names: n(['DD_API_KEY', 'DATADOG_API_KEY']), make: (r) => r.str(HEX, 32) },
  { family: 'observability', provider: 'datadog', kind: 'app-key', count: 1, names: n(['DD_APP_KEY', 'DATADOG_APP_KEY']), make: (r) => r.str(HEX, 40) },
  // A DSN's key lets anyone post events to the project: low severity, but leakgate reports it.
  { family: 'observability', provider: 'sentry', kind: 'dsn', count: 1, names: n(['SENTRY_DSN']), make: (r) => `https://${r.str(HEX, 32)}@o${r.str(DIGITS, 6)}.ingest.sentry.io/${r.str(DIGITS, 7)}` },
  { family: 'observability', provider: 'sentry', kind: 'user-token', count: 1, names: n(['SENTRY_AUTH_TOKEN']), make: (r) => `sntryu_${r.str(HEX, 64)}` },
  { family: 'observability', provider: 'sentry', kind: 'org-token', count: 1, names: n(['SENTRY_AUTH_TOKEN']), make: (r) => `sntrys_${b64json({ iat: 1716000000 + r.int(0, 9999999), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme-corp' })}_${r.str(`${ALNUM}+/`, 43)}` },
  { family: 'observability', provider: 'newrelic', kind: 'user-api-key', count: 2, names: n(['NEW_RELIC_API_KEY', 'NEWRELIC_USER_KEY']), make: (r) => `NRAK-${r.str(UPPER_ALNUM, 27)}` },
  { family: 'observability', provider: 'newrelic', kind: 'license-key', count: 1, names: n(['NEW_RELIC_LICENSE_KEY']), make: (r) => `${r.str(HEX, 36)}NRAL` },
  { family: 'observability', provider: 'grafana', kind: 'service-account-token', count: 1, names: n(['GRAFANA_TOKEN', 'GRAFANA_SA_TOKEN']), make: (r) => `glsa_${r.str(ALNUM, 32)}_${r.str(HEX, 8)}` },
  { family: 'observability', provider: 'grafana', kind: 'cloud-token', count: 1, names: n(['GRAFANA_CLOUD_TOKEN']), make: (r) => `glc_${b64json({ o: String(r.int(100000, 999999)), n: `stack-${r.int(100000, 999999)}-hm-write-${r.pick(WORDS)}`, k: r.str(ALNUM, 24), m: { r: 'prod-us-east-0' } })}` },
  { family: 'observability', provider: 'dynatrace', kind: 'api-token', count: 1, names: n(['DT_API_TOKEN', 'DYNATRACE_API_TOKEN']), make: (r) => `dt0c01.${r.str(UPPER_ALNUM, 24)}.${r.str(UPPER_ALNUM, 64)}` },
  { family: 'observability', provider: 'honeycomb', kind: 'api-key', count: 1, names: n(['HONEYCOMB_API_KEY']), make: (r) => r.str(ALNUM, 22) },
  { family: 'observability', provider: 'splunk', kind: 'hec-token', count: 1, names: n(['SPLUNK_HEC_TOKEN']), make: uuidUpper },

  // ------------------------------------------------------------------ saas / data
  { family: 'saas/data', provider: 'shopify', kind: 'access-token', count: 2, names: n(['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_ADMIN_TOKEN']), make: (r) => `shpat_${r.str(HEX, 32)}` },
  { family: 'saas/data', provider: 'shopify', kind: 'shared-secret', count: 1, names: n(['SHOPIFY_API_SECRET']), make: (r) => `shpss_${r.str(HEX, 32)}` },
  { family: 'saas/data', provider: 'atlassian', kind: 'api-token', count: 2, names: n(['JIRA_API_TOKEN', 'CONFLUENCE_API_TOKEN']), make: (r) => `ATATT3xFfGF0${r.str(B64URL, 170)}=${r.str(UPPER_HEX, 8)}` },
  { family: 'saas/data', provider: 'linear', kind: 'api-key', count: 2, names: n(['LINEAR_API_KEY']), make: (r) => `lin_api_${r.str(ALNUM, 40)}` },
  { family: 'saas/data', provider: 'notion', kind: 'integration-token', count: 2, names: n(['NOTION_TOKEN', 'NOTION_API_KEY']), make: (r) => `ntn_${r.str(DIGITS, 11)}${r.str(ALNUM, 35)}` },
  { family: 'saas/data', provider: 'airtable', kind: 'pat', count: 1, names: n(['AIRTABLE_TOKEN']), make: (r) => `pat${r.str(ALNUM, 14)}.${r.str(HEX, 64)}` },
  { family: 'saas/data', provider: 'doppler', kind: 'service-token', count: 1, names: n(['DOPPLER_TOKEN']), make: (r) => `dp.st.prd.${r.str(ALNUM, 43)}` },
  { family: 'saas/data', provider: 'doppler', kind: 'personal-token', count: 1, names: n(['DOPPLER_TOKEN']), make: (r) => `dp.pt.${r.str(ALNUM, 43)}` },
  { family: 'saas/data', provider: 'hashicorp', kind: 'vault-token', count: 2, names: n(['VAULT_TOKEN']), make: (r) => `hvs.${r.str(`${ALNUM}_-`, 91)}` },
  { family: 'saas/data', provider: 'hashicorp', kind: 'terraform-cloud-token', count: 1, names: n(['TFE_TOKEN', 'TF_API_TOKEN']), make: (r) => `${r.str(ALNUM, 14)}.atlasv1.${r.str(`${ALNUM}_-`, 67)}` },
  { family: 'saas/data', provider: 'hubspot', kind: 'private-app-token', count: 1, names: n(['HUBSPOT_ACCESS_TOKEN']), make: (r) => `pat-na1-${r.uuid()}` },
  { family: 'saas/data', provider: 'contentful', kind: 'pat', count: 1, names: n(['CONTENTFUL_MANAGEMENT_TOKEN']), make: (r) => `CFPAT-${r.str(B64URL, 43)}` },
  { family: 'saas/data', provider: 'dropbox', kind: 'short-lived-token', count: 1, names: n(['DROPBOX_ACCESS_TOKEN']), make: (r) => `sl.B${r.str(B64URL, 150)}` },
  { family: 'saas/data', provider: 'mapbox', kind: 'secret-token', count: 1, names: n(['MAPBOX_SECRET_TOKEN', 'MAPBOX_DOWNLOADS_TOKEN']), make: (r) => `sk.${b64json({ u: r.pick(WORDS), a: r.str(LOWER_ALNUM, 25) }, true)}.${r.str(B64URL, 22)}` },
  { family: 'saas/data', provider: 'okta', kind: 'api-token', count: 1, names: n(['OKTA_API_TOKEN', 'OKTA_TOKEN']), make: (r) => `00${r.str(B64URL, 40)}` },
  { family: 'saas/data', provider: 'asana', kind: 'pat', count: 1, names: n(['ASANA_ACCESS_TOKEN']), make: (r) => `2/${r.str(DIGITS, 16)}/${r.str(DIGITS, 16)}:${r.str(HEX, 32)}` },
  { family: 'saas/data', provider: 'algolia', kind: 'admin-key', count: 1, names: n(['ALGOLIA_ADMIN_API_KEY', 'ALGOLIA_ADMIN_KEY']), make: (r) => r.str(HEX, 32) },
  { family: 'saas/data', provider: 'auth0', kind: 'client-secret', count: 1, names: n(['AUTH0_CLIENT_SECRET']), make: (r) => r.str(B64URL, 64) },
  { family: 'saas/data', provider: 'postman', kind: 'api-key', count: 1, names: n(['POSTMAN_API_KEY']), make: (r) => `PMAK-${r.str(HEX, 24)}-${r.str(HEX, 34)}` },
  { family: 'saas/data', provider: 'databricks', kind: 'pat', count: 2, names: n(['DATABRICKS_TOKEN']), make: (r) => `dapi${r.str(HEX, 32)}` },
  { family: 'saas/data', provider: 'confluent', kind: 'api-secret', count: 1, names: n(['CONFLUENT_API_SECRET', 'CONFLUENT_CLOUD_API_SECRET']), make: (r) => r.str(`${ALNUM}+/`, 64) },
  { family: 'saas/data', provider: 'snowflake', kind: 'password', count: 1, names: n(['SNOWFLAKE_PASSWORD']), make: password },
  { family: 'saas/data', provider: 'mongodb', kind: 'atlas-private-key', count: 1, names: n(['MONGODB_ATLAS_PRIVATE_KEY', 'MCLI_PRIVATE_API_KEY']), make: uuidUpper },
  { family: 'saas/data', provider: '1password', kind: 'service-account-token', count: 1, names: n(['OP_SERVICE_ACCOUNT_TOKEN']), make: (r) => `ops_${b64json({ signInAddress: 'acme-corp.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r.str(B64URL, 22) }, email: `${r.str(LOWER, 12)}@1passwordserviceaccounts.com`, srpX: r.str(HEX, 64), muk: { alg: 'A256GCM', ext: true, k: r.str(B64URL, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${r.str(UPPER_ALNUM, 6)}-${r.str(UPPER_ALNUM, 6)}-${r.str(UPPER_ALNUM, 5)}-${r.str(UPPER_ALNUM, 5)}-${r.str(UPPER_ALNUM, 5)}-${r.str(UPPER_ALNUM, 5)}`, deviceUuid: r.str(LOWER_ALNUM, 26) })}` },
  { family: 'saas/data', provider: 'salesforce', kind: 'access-token', count: 1, names: n(['SALESFORCE_ACCESS_TOKEN', 'SF_ACCESS_TOKEN']), make: (r) => `00D${r.str(ALNUM, 15)}!${r.str(`${ALNUM}._`, 96)}` },
  { family: 'saas/data', provider: 'twitch', kind: 'oauth-token', count: 1, names: n(['TWITCH_OAUTH_TOKEN', 'TWITCH_CLIENT_SECRET']), make: (r) => r.str(LOWER_ALNUM, 30) },
  { family: 'saas/data', provider: 'supabase', kind: 'access-token', count: 1, names: n(['SUPABASE_ACCESS_TOKEN']), make: (r) => `sbp_${r.str(HEX, 40)}` },
  { family: 'saas/data', provider: 'pulumi', kind: 'access-token', count: 1, names: n(['PULUMI_ACCESS_TOKEN']), make: (r) => `pul-${r.str(HEX, 40)}` },
  { family: 'saas/data', provider: 'netlify', kind: 'pat', count: 1, names: n(['NETLIFY_AUTH_TOKEN']), make: (r) => `nfp_${r.str(ALNUM, 36)}` },
  { family: 'saas/data', provider: 'figma', kind: 'pat', count: 1, names: n(['FIGMA_TOKEN']), make: (r) => `figd_${r.str(B64URL, 40)}` },
  { family: 'saas/data', provider: 'planetscale', kind: 'password', count: 1, names: n(['PLANETSCALE_DB_PASSWORD', 'DATABASE_PASSWORD']), make: (r) => `pscale_pw_${r.str(B64URL, 43)}` },
  { family: 'saas/data', provider: 'typeform', kind: 'pat', count: 1, names: n(['TYPEFORM_TOKEN']), make: (r) => `tfp_${r.str(ALNUM, 44)}_${r.str(ALNUM, 14)}` },

  // ------------------------------------------------------------------ crypto
  { family: 'crypto', provider: 'ethereum', kind: 'private-key', count: 3, names: n(['PRIVATE_KEY', 'DEPLOYER_PRIVATE_KEY', 'WALLET_PRIVATE_KEY', 'signerKey']), make: (r) => `0x${r.str(HEX, 64)}` },
  { family: 'crypto', provider: 'bip39', kind: 'mnemonic', count: 2, names: n(['MNEMONIC', 'SEED_PHRASE', 'WALLET_MNEMONIC']), make: (r) => Array.from({ length: r.pick([12, 24]) }, () => r.pick(WORDS)).join(' ') },
  { family: 'crypto', provider: 'infura', kind: 'project-url', count: 1, names: n(['ETH_RPC_URL', 'MAINNET_RPC_URL']), make: (r) => { const key = r.str(HEX, 32); return { value: `https://mainnet.infura.io/v3/${key}`, secret: key }; } },
  { family: 'crypto', provider: 'infura', kind: 'api-key', count: 1, names: n(['INFURA_API_KEY', 'INFURA_PROJECT_ID']), make: (r) => r.str(HEX, 32) },
  { family: 'crypto', provider: 'alchemy', kind: 'rpc-url', count: 1, names: n(['ALCHEMY_RPC_URL', 'SEPOLIA_RPC_URL']), make: (r) => { const key = r.str(B64URL, 32); return { value: `https://eth-mainnet.g.alchemy.com/v2/${key}`, secret: key }; } },
  { family: 'crypto', provider: 'etherscan', kind: 'api-key', count: 1, names: n(['ETHERSCAN_API_KEY']), make: (r) => r.str(UPPER_ALNUM, 34) },
  { family: 'crypto', provider: 'bitcoin', kind: 'wif', count: 1, names: n(['BTC_PRIVATE_KEY', 'BITCOIN_WIF']), make: bitcoinWif },

  // ------------------------------------------------------------------ jwt
  { family: 'jwt', provider: 'jwt', kind: 'bearer', count: 9, names: n(['ACCESS_TOKEN', 'API_JWT', 'SUPABASE_SERVICE_ROLE_KEY', 'AUTH_TOKEN', 'id_token', 'SERVICE_JWT']), make: (r) => jwt(r) },

  // ------------------------------------------------------------------ connection strings (secret = the password)
  { family: 'connection-string', provider: 'postgres', kind: 'url', count: 4, names: n(['DATABASE_URL', 'POSTGRES_URL', 'DB_URL']), make: (r) => { const p = urlPassword(r); return { value: `${r.pick(['postgres', 'postgresql', 'postgresql+asyncpg'])}://${r.pick(['app', 'api_user', 'orders_rw', 'postgres'])}:${p}@${r.pick(['db.internal', '10.0.12.4', 'orders-db.cluster-c9x2.eu-west-1.rds.amazonaws.com'])}:5432/${r.pick(['app', 'orders', 'analytics'])}`, secret: p }; } },
  { family: 'connection-string', provider: 'mysql', kind: 'url', count: 2, names: n(['MYSQL_URL', 'DATABASE_URL']), make: (r) => { const p = urlPassword(r); return { value: `mysql://${r.pick(['root', 'shop', 'wp_user'])}:${p}@${r.pick(['mysql.internal', '172.16.4.20'])}:3306/${r.pick(['shop', 'wordpress'])}`, secret: p }; } },
  { family: 'connection-string', provider: 'mongodb', kind: 'url', count: 3, names: n(['MONGODB_URI', 'MONGO_URL']), make: (r) => { const p = urlPassword(r); return { value: r.chance(0.6) ? `mongodb+srv://${r.pick(['svc-api', 'admin', 'reporting'])}:${p}@cluster0.${r.str(LOWER_ALNUM, 5)}.mongodb.net/${r.pick(['prod', 'app'])}?retryWrites=true&w=majority` : `mongodb://admin:${p}@mongo-0.mongo:27017,mongo-1.mongo:27017/app?replicaSet=rs0&authSource=admin`, secret: p }; } },
  { family: 'connection-string', provider: 'redis', kind: 'url', count: 2, names: n(['REDIS_URL', 'CACHE_URL']), make: (r) => { const p = urlPassword(r); return { value: r.chance(0.5) ? `redis://default:${p}@redis-${r.int(10000, 19999)}.c1.us-east-1-2.ec2.cloud.redislabs.com:${r.int(10000, 19999)}` : `rediss://:${p}@cache.internal:6380/0`, secret: p }; } },
  { family: 'connection-string', provider: 'amqp', kind: 'url', count: 1, names: n(['AMQP_URL', 'RABBITMQ_URL']), make: (r) => { const p = urlPassword(r); return { value: `amqp://orders:${p}@rabbitmq.internal:5672/orders`, secret: p }; } },
  { family: 'connection-string', provider: 'jdbc', kind: 'url', count: 2, names: n(['JDBC_URL', 'SPRING_DATASOURCE_URL']), make: (r) => { const p = urlPassword(r); return { value: r.chance(0.5) ? `jdbc:postgresql://db.internal:5432/billing?user=billing&password=${p}&ssl=true` : `jdbc:sqlserver://sql01.corp.acme.io:1433;databaseName=erp;user=erp_app;password=${p};encrypt=true`, secret: p }; } },
  { family: 'connection-string', provider: 'mssql', kind: 'ado', count: 2, names: n(['SQL_CONNECTION_STRING', 'ConnectionStrings__Default']), make: (r) => { const p = urlPassword(r); return { value: `Server=tcp:acme-prod.database.windows.net,1433;Initial Catalog=erp;Persist Security Info=False;User ID=sqladmin;Password=${p};Encrypt=True;Connection Timeout=30;`, secret: p }; } },

  // ------------------------------------------------------------------ URL credentials (secret = the password)
  { family: 'url-credential', provider: 'https', kind: 'basic-auth-url', count: 3, names: n(['NEXUS_URL', 'REGISTRY_URL', 'GRAFANA_URL', 'ELASTICSEARCH_URL']), make: (r) => { const p = urlPassword(r); return { value: `https://${r.pick(['deploy', 'admin', 'elastic', 'ci-bot'])}:${p}@${r.pick(['nexus.acme-corp.io/repository/npm-private/', 'grafana.acme-corp.io/api/dashboards', 'es.acme-corp.io:9243'])}`, secret: p }; } },
  { family: 'url-credential', provider: 'git', kind: 'clone-url', count: 2, names: n(['REPO_URL', 'CONFIG_REPO']), make: (r) => { const p = r.str(ALNUM, 32); return { value: `https://ci-bot:${p}@git.acme-corp.io/platform/infra-config.git`, secret: p }; } },
  { family: 'url-credential', provider: 'ftp', kind: 'ftp-url', count: 1, names: n(['BACKUP_FTP_URL']), make: (r) => { const p = urlPassword(r); return { value: `ftp://backup:${p}@ftp.acme-corp.io/dumps/`, secret: p }; } },
  { family: 'url-credential', provider: 'proxy', kind: 'proxy-url', count: 2, names: n(['HTTPS_PROXY', 'HTTP_PROXY']), make: (r) => { const p = urlPassword(r); return { value: `http://${r.pick(['svc-proxy', 'jdoe'])}:${p}@proxy.corp.acme.io:3128`, secret: p }; } },

  // ------------------------------------------------------------------ generic assignments
  { family: 'generic', provider: 'generic', kind: 'db-password', count: 10, names: n(['DB_PASSWORD', 'POSTGRES_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'DATABASE_PASSWORD', 'db_pass', 'REDIS_PASSWORD', 'ADMIN_PASSWORD', 'SMTP_PASS', 'LDAP_BIND_PASSWORD', 'KEYSTORE_PASSWORD']), make: password },
  { family: 'generic', provider: 'generic', kind: 'app-secret', count: 8, names: n(['SECRET_KEY', 'JWT_SECRET', 'SESSION_SECRET', 'APP_SECRET', 'COOKIE_SECRET', 'ENCRYPTION_KEY', 'NEXTAUTH_SECRET', 'HMAC_SECRET']), make: (r) => r.pick([() => r.str(B64, 44), () => r.str(HEX, 64), () => r.str(`${ALNUM}!@%^*(-_=+)`, 50)])() },
  { family: 'generic', provider: 'generic', kind: 'api-key', count: 8, names: n(['API_KEY', 'PARTNER_API_KEY', 'INTERNAL_API_TOKEN', 'WEATHER_API_KEY', 'GEOCODER_API_KEY', 'SHIPPING_API_SECRET', 'X_API_KEY', 'SERVICE_TOKEN']), make: (r) => r.pick([() => r.str(HEX, 32), () => r.str(ALNUM, 40), () => r.str(B64URL, 43)])() },
  { family: 'generic', provider: 'generic', kind: 'client-secret', count: 5, names: n(['CLIENT_SECRET', 'OAUTH_CLIENT_SECRET', 'KEYCLOAK_CLIENT_SECRET', 'OIDC_CLIENT_SECRET']), make: (r) => r.pick([() => r.str(ALNUM, 32), () => r.str(B64URL, 48)])() },
  { family: 'generic', provider: 'generic', kind: 'password', count: 8, names: n(['password', 'PASSWORD', 'admin_password', 'serviceAccountPassword', 'mail_password', 'ftp_password']), make: password },
  { family: 'generic', provider: 'rails', kind: 'secret-key-base', count: 1, names: n(['SECRET_KEY_BASE']), make: (r) => r.str(HEX, 128) },
];

import { crc32 } from 'node:zlib';
import { base62 } from './crypto-material.mjs';
function base62Crc(body) {
  return base62(crc32(body), 6);
}

// Secrets written inside commands and headers rather than assignments. render[kind] = the lines.
export const RAW_SECRETS = [
  { family: 'generic', provider: 'cli', kind: 'curl-basic-auth', count: 2, make: (r) => { const p = urlPassword(r); return { secret: p, render: { sh: [`curl -fsS -u "deploy:${p}" https://nexus.acme-corp.io/service/rest/v1/status`], md: ['```bash', `curl -u deploy:${p} https://nexus.acme-corp.io/service/rest/v1/status`, '```'], docker: [`RUN curl -fsS -u "deploy:${p}" -o /tmp/agent.tgz https://nexus.acme-corp.io/repository/raw/agent.tgz`] } }; } },
  { family: 'generic', provider: 'cli', kind: 'mysql-password-flag', count: 2, make: (r) => { const p = urlPassword(r); return { secret: p, render: { sh: [`mysql -h db.internal -u root -p'${p}' shop < dumps/shop.sql`], md: ['```bash', `mysqldump -h 10.0.3.12 -u backup --password=${p} shop > shop.sql`, '```'] } }; } },
  { family: 'generic', provider: 'cli', kind: 'docker-login', count: 2, make: (r) => { const p = urlPassword(r); return { secret: p, render: { sh: [`docker login registry.acme-corp.io -u ci-deployer -p '${p}'`], md: ['```bash', `docker login registry.acme-corp.io --username ci-deployer --password ${p}`, '```'] } }; } },
  { family: 'generic', provider: 'http', kind: 'bearer-header-opaque', count: 3, make: (r) => { const t = r.str(ALNUM, 40); return { secret: t, render: { sh: [`curl -fsS -H "Authorization: Bearer ${t}" https://api.acme-corp.io/v1/orders?limit=10`], md: ['```http', 'GET /v1/orders HTTP/1.1', 'Host: api.acme-corp.io', `Authorization: Bearer ${t}`, '```'], js: [`const authHeaders = { Authorization: 'Bearer ${t}' };`], py: [`HEADERS = {"Authorization": "Bearer ${t}", "Accept": "application/json"}`] } }; } },
  { family: 'generic', provider: 'http', kind: 'basic-auth-header', count: 2, make: (r) => { const b = Buffer.from(`svc-reporting:${urlPassword(r)}`).toString('base64'); return { secret: b, render: { md: [`    Authorization: Basic ${b}`], sh: [`curl -H "Authorization: Basic ${b}" https://jira.acme-corp.io/rest/api/2/search`], js: [`const authorization = 'Basic ${b}';`] } }; } },
  { family: 'generic', provider: 'python', kind: 'requests-auth-tuple', count: 1, make: (r) => { const p = password(r).replace(/"/g, ''); return { secret: p, render: { py: [`resp = requests.get(REPORT_URL, auth=("admin", "${p}"), timeout=10)`] } }; } },
  { family: 'jwt', provider: 'jwt', kind: 'bearer-in-command', count: 2, make: (r) => { const t = jwt(r); return { secret: t, render: { sh: [`curl -fsS -H "Authorization: Bearer ${t}" https://api.acme-corp.io/admin/users`], md: ['```bash', `curl -H "Authorization: Bearer ${t}" https://api.acme-corp.io/admin/users`, '```'] } }; } },
];
