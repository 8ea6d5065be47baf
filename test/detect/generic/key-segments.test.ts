import { describe, expect, it } from 'vitest';
import { keyHeadKeepsSecret, keySegments, namesServiceKey, secretKindOfKey } from '../../../src/detect/generic/key-segments.js';

describe('keySegments', () => {
  it('splits snake, kebab, dots, brackets, camelCase, acronyms and digits', () => {
    expect(keySegments('DB_PASSWORD')).toEqual(['db', 'password']);
    expect(keySegments('api-key.value')).toEqual(['api', 'key', 'value']);
    expect(keySegments("db['default']['password']")).toEqual(['db', 'default', 'password']);
    expect(keySegments('HTTPPasswordLabel')).toEqual(['http', 'password', 'label']);
    expect(keySegments('password2')).toEqual(['password', '2']);
  });
});

describe('secretKindOfKey', () => {
  it.each([
    ['DB_PASSWORD', 'password'], ['dbPassword', 'password'], ['passwd', 'password'], ['MYSQL_PWD', 'password'],
    ['SMTP_PASS', 'password'], ['smtp_pass', 'password'], ['pass', 'password'], ['rootpassword', 'password'],
    ['client_secret', 'secret'], ['AWS_SECRET_ACCESS_KEY', 'secret'], ['apiKey', 'secret'], ['secret_key_base', 'secret'],
    ['STRIPE_KEY', 'secret'], ['auth_token', 'secret'], ['GITHUB_TOKEN', 'secret'], ['AccountKey', 'secret'],
    ['jwtsecret', 'secret'], ['app.jwtsecret', 'secret'], ['sessionsecret', 'secret'], ['cookiesecret', 'secret'],
  ])('%s names a %s', (key, kind) => {
    expect(secretKindOfKey(key)).toBe(kind);
  });

  it.each([
    // the secret word inside a longer word
    'py3.9-langchain-notiktoken-v0.1.20', 'tokenizer', 'max_tokens', 'bypass', 'NOPASSWD',
    // the head names something about the secret, not the secret
    'passwordLabel', 'password_hash', 'token_url', 'secretName', 'api_key_id', 'PASSWORD_MIN_LENGTH', 'hashed_secret', 'encrypted_password',
    'encrypted_key', 'wrapped_api_key', 'sealed_token', 'GRAYLOG_ROOT_PASSWORD_SHA2', 'password_sha256', 'sambaNTPassword', 'sambaLMPassword',
    'jwtsecret_path', 'sessionsecretLength',
    // a modifier before it makes it something else
    'forgotPassword', 'csrf_token', 'next_page_token', 'public_key', 'NEXT_PUBLIC_FIREBASE_KEY', 'primaryKey',
    // ACME's key authorization (RFC 8555 section 8.1): published by the challenge
    'keyAuth', 'key_auth',
    // an APT repository's signing key: an OpenPGP key id or fingerprint, public
    'gitlab_runner__apt_key', 'docker_apt_key',
    // pass as a noun, and a bare key
    'mountain_pass', 'waterway=fish_pass', 'key', 'cache_key',
  ])('%s names no secret', (key) => {
    expect(secretKindOfKey(key)).toBeUndefined();
  });
});

describe('secretKindOfKey on keys written in prose (rules/generic-prose.toml)', () => {
  it.each([
    ['acme insights query key', 'secret'], ['Using Key', 'secret'], ['acme token', 'secret'], ['Acme API key', 'secret'],
    ['acme admin password', 'password'],
  ])('%s names a %s', (key, kind) => {
    expect(secretKindOfKey(key)).toBe(kind);
  });

  it.each(['the key', 'for each key', 'Acme public key', 'DynamoDB sort key', 'acme csrf token', 'lookup by key', 'json key'])(
    '%s names no secret',
    (key) => {
      expect(secretKindOfKey(key)).toBeUndefined();
    },
  );
});

describe('namesServiceKey (a service\'s key: reported only with a random-looking value)', () => {
  it.each(['solarwindsKey', 'pixabay_key', 'geocodio-key', 'acmeKey', 'SendgridKey'])('%s names a service\'s key', (key) => {
    expect(namesServiceKey(key)).toBe(true);
  });

  it.each(['objectKey', 'cache_key', 'queryKey', 's3_key', 'routeKey', 'publicAcmeKey', 'key', 'sortKey', 'hotkey', 'shortcutKey', 'v2_key',
    // the key in a form that opens nothing by itself: JWE's wrapped content key, a hash
    'encrypted_key', 'encryptedKey', 'wrapped_key', 'hashedKey', 'sealedKey',
    // a record of the application's own: a payment gateway's type id, a tenant's id
    'gateway_key', 'checkout_key', 'tenant_key'])(
    '%s does not',
    (key) => {
      expect(namesServiceKey(key)).toBe(false);
    },
  );
});

describe('keyHeadKeepsSecret (a provider rule\'s key still names the secret at its head)', () => {
  it.each(['ossrhPassword', 'ORG_GRADLE_PROJECT_mavenCentralPassword', 'CF_API_TOKEN_PROD', 'cloudflareKey', 'cf_key', 'jenkins_pass',
    'bitbucketOauthSecret', 'cosmosdb_primary_key', 'AZURE_DEVOPS_PAT', 'heroku_api_key2', 'jenkinsapitoken', ''])('%s does', (key) => {
    expect(keyHeadKeepsSecret(key)).toBe(true);
  });

  it.each(['nexusTokenId', 'jenkins_token_url', 'cloudflare_api_token_id', 'sonatypePasswordHint', 'nexus_csrf_token',
    'hashed_jenkins_token', 'recaptcha_site_key', 'bitbucket_forgot_password', 'azdo_pat_name'])('%s does not', (key) => {
    expect(keyHeadKeepsSecret(key)).toBe(false);
  });
});
