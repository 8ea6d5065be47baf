import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { createDetector } from '../../../src/detect/detector.js';
import { valueToItsEnd } from '../../../src/detect/generic/value-end.js';
import { fakePassword, randomFrom } from '../../helpers/fake-secrets.js';
import { tempDir } from '../../helpers/temp-dir.js';

describe('valueToItsEnd', () => {
  it.each([
    ['Qz8vLk2m;Encrypt=False;', 'Qz8vLk2m'],
    ['Qz8vLk2m; Trust Server Certificate=True', 'Qz8vLk2m'],
    ['qq,file_mode=0644,dir_mode=0755', 'qq'],
    ['1qazZAQ!</p><p><a', '1qazZAQ!'],
    ['Qz8vLk2m&amp;torrent_pass=x', 'Qz8vLk2m'],
    ['Qz8vLk2m&user=admin', 'Qz8vLk2m'],
    // no pair or tag follows: the value is whole
    ['Qz8v;Lk2m,x<3y', 'Qz8v;Lk2m,x<3y'],
  ])('%s ends as %s', (value, end) => expect(valueToItsEnd(value)).toBe(end));
});

describe('a generic value ends where its format ends it', () => {
  const config = loadConfig(tempDir(), undefined);
  const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false });
  const secrets = (path: string, text: string): string[] =>
    detector.detect({ path, text, startLine: 1 }).findings.filter((finding) => finding.ruleId.startsWith('generic-')).map((finding) => finding.secret);

  it('a password in a connection string inside a Compose environment item is the password alone', () => {
    const password = fakePassword();
    const compose = `services:\n  api:\n    environment:\n      - ConnStr=Server=db,1433;Database=app;User=sa;Password=${password};Encrypt=False;\n`;
    const found = detector.detect({ path: 'docker-compose.yml', text: compose, startLine: 1 });
    expect(found.findings.map((finding) => finding.secret)).toEqual([password]);
    // the generic rule read the same value (its finding gives way to the connection-string rule's)
    const generic = createDetector(config.rules.filter((rule) => rule.id === 'generic-password-assignment'), config.allowlists, { includeInvalid: false });
    expect(generic.detect({ path: 'docker-compose.yml', text: compose, startLine: 1 }).findings.map((finding) => finding.secret)).toEqual([password]);
  });

  it('a whole quoted string is the value, `&x=` inside it included (one random Django key in 25 holds one)', () => {
    const key = `${randomFrom('abcdefghijklmnopqrstuvwxyz0123456789!@#%^*-_+', 40)}&gh3k=${randomFrom('abcdefghijklmnopqrstuvwxyz0123456789', 4)}`;
    const found = detector.detect({ path: 'shop/settings.py', text: `DEBUG = False\nSECRET_KEY = '${key}'\n`, startLine: 1 }).findings;
    expect(found.map((finding) => [finding.ruleId, finding.secret])).toEqual([['django-secret-key', key]]);
    // a value that starts inside a string (a URL's query) still ends at the next parameter
    // (with a digit: 24 letters alone, one draw in 40, read as a name of words run together)
    const token = `${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 23)}7`;
    expect(secrets('src/feed.py', `FEED = "https://feeds.acme.test/rss?auth_token=${token}&format=atom"\n`)).toEqual([token]);
  });

  it('a quoted value holds the other quote marks and escapes: a generated password of every printable symbol', () => {
    // A 32-character draw from the 94 printable characters holds `"`, `'`, `\` or a backquote three
    // times in four; only the string's own quote ends it. (Drawn here without the characters other
    // readings judge: templates, interpolation, `;k=` pairs, a leading `!`; the bench's draws over all
    // 94 are in docs/rules.md.)
    const symbols = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789*+-_~@';
    const body = () => `${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${randomFrom(symbols, 5)}7q${randomFrom(symbols, 6)}`;
    const inSingle = `${body()}"${body()}\`${body()}`;
    expect(secrets('config/app.yml', `oauth:\n  jwt_secret: '${inSingle}'\n`)).toEqual([inSingle]);
    const inDouble = `${body()}'${body()}\\"${body()}`;
    expect(secrets('.env', `DB_PASSWORD="${inDouble}"\n`)).toEqual([inDouble]);
    // code and templates inside quotes stay what they are
    expect(secrets('config/app.yml', `password: "#{ENV['DB_PASSWORD']}"\nclient_secret: "<%=ENV['CLIENT_SECRET']%>"\nsecret_json: '{"type":"service_account","id":"abc"}'\n`)).toEqual([]);
  });

  it('a password in a mount option list is cut at its comma (too short then: no finding)', () => {
    expect(secrets('etc/fstab.conf', 'Options=ro,username=ja,password=qq,file_mode=0644,dir_mode=0755\n')).toEqual([]);
    const password = fakePassword();
    expect(secrets('etc/fstab.conf', `Options=ro,username=ja,password=${password},file_mode=0644\n`)).toEqual([password]);
  });
});

describe('a value under an example key is an illustration, in code too', () => {
  const config = loadConfig(tempDir(), undefined);
  const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false });
  const levels = (path: string, text: string): string[] => detector.detect({ path, text, startLine: 1 }).findings.map((finding) => `${finding.ruleId} ${finding.confidence}`);

  it('OpenApiSpex `example:` with its value on the next line goes one level down; the same value as a setting keeps its level', () => {
    const token = `${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 38)}7Q`;
    const spec = ['  parameters: [', '    authorization: [', '      in: :header,', '      example:', `        "${token}"`, '    ]', '  ]', ''].join('\n');
    const setting = `api_token = "${token}"\n`;
    expect(levels('lib/web/controllers/tenant_controller.ex', spec)).toEqual([]);
    expect(levels('lib/web/config.ex', setting)).toEqual(['generic-secret-assignment high']);
  });
});

describe('generated lock files hold digests', () => {
  const config = loadConfig(tempDir(), undefined);
  const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false });
  it('i18n.lock checksums under translation ids are no secrets', () => {
    const digest = randomFrom('0123456789abcdef', 32);
    const text = `checksums:\n  auth/forgot-password/reset/new_password: ${digest}\n  auth/api_key: ${digest}\n`;
    expect(detector.detect({ path: 'apps/web/i18n.lock', text, startLine: 1 }).findings).toEqual([]);
    expect(detector.detect({ path: 'apps/web/i18n.yaml', text, startLine: 1 }).findings.length).toBeGreaterThan(0);
  });
});
