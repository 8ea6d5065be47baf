import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { createDetector } from '../../../src/detect/detector.js';
import { isHexspeak } from '../../../src/detect/generic/value-features.js';
import { fakePassword, randomFrom } from '../../helpers/fake-secrets.js';
import { tempDir } from '../../helpers/temp-dir.js';

const config = loadConfig(tempDir(), undefined);
const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false });
const found = (path: string, text: string): Array<readonly [string, string]> =>
  detector.detect({ path, text, startLine: 1 }).findings.map((finding) => [finding.secret, finding.confidence] as const);
const hex = (length: number): string => randomFrom('0123456789abcdef', length);

describe('a secret scanner\'s allowlist (gitleaks\' configuration format)', () => {
  it('its values, patterns and stopwords are quiet; the same key elsewhere in the file or in another file is found', () => {
    const key = `AIza${randomFrom('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 35)}`;
    const allowlisted = `[[rules]]\nid = "gcp-api-key"\nregex = '''AIza[\\w-]{35}'''\n\n[[rules.allowlists]]\nregexes = [\n  '''${key}''',\n]\n`;
    expect(found('config/gitleaks.toml', allowlisted)).toEqual([]);
    expect(found('.gitleaks.toml', `[allowlist]\ndescription = "reviewed"\nstopwords = ["${key}"]\n`)).toEqual([]);
    // a table that is not an allowlist, and a file that is not TOML
    expect(found('config/app.toml', `[google]\napi_key = "${key}"\n`).map(([secret]) => secret)).toEqual([key]);
    expect(found('config/app.yml', `allowlist:\n  google_api_key: "${key}"\n`).map(([secret]) => secret)).toEqual([key]);
  });
});

describe('typed values and development defaults', () => {
  it('hexspeak is typed: cafebabe:deadbeef, FEEDFACE', () => {
    for (const value of ['cafebabe:deadbeef', 'DEADBEEF', 'feedface', 'c0ffee-c0de']) expect(isHexspeak(value), value).toBe(true);
    for (const value of [hex(8), hex(16), 'deadbeef1', 'bead']) expect(isHexspeak(value), value).toBe(false);
  });

  it('a password equal to the user or database name beside it is a development default: low, not gone', () => {
    expect(found('minio/defaults.env', 'MINIO_ROOT_USER=laradock\nMINIO_ROOT_PASSWORD=laradock\n')).toEqual([['laradock', 'low']]);
    expect(found('config/database.yml', 'development:\n  username: Ex3rc1sm\n  database: exercism_dev\n  password: Ex3rc1sm\n')).toEqual([['Ex3rc1sm', 'low']]);
    // a different password beside the same user keeps its level
    const password = fakePassword();
    const levels = found('config/database.yml', `production:\n  username: exercism\n  password: ${password}\n`);
    expect(levels).toHaveLength(1);
    expect(levels[0]?.[1]).not.toBe('low');
  });
});

describe('public values under a private name', () => {
  it('an Ethereum address or an elliptic-curve public key under privateKey is quiet; 32 bytes is the private key', () => {
    const text = (value: string) => `const res = await submit({ privateKey: '${value}' })\n`;
    expect(found('src/wallet.ts', text(`0x${hex(40)}`))).toEqual([]);
    expect(found('src/wallet.ts', text(`0x02${hex(64)}`))).toEqual([]);
    expect(found('src/wallet.ts', text(`0x04${hex(128)}`))).toEqual([]);
    const key = `0x${hex(64)}`;
    expect(found('src/wallet.ts', text(key)).map(([secret]) => secret)).toEqual([key]);
  });

  it('a JWT with an empty header signs nothing', () => {
    const payload = Buffer.from(JSON.stringify({ user: 'tom', admin: true, iat: 1700000000 })).toString('base64url');
    expect(found('src/test/java/JwtTest.java', `mvc.perform(get("/jwt").param("token", ".${payload}."));\nString token = ".${payload}.";\n`)).toEqual([]);
  });
});

describe('values a quoted string may hold now that other quotes and escapes are read inside it', () => {
  it('a registry path, a PowerShell cast, a member read then an operator, a terminal escape, the ASCII table in order: not secrets', async () => {
    const { classifyValue } = await import('../../../src/detect/generic/classify-value.js');
    const password = { words: ['password'], kind: 'password' as const };
    for (const value of ['HKLM:\\\\SOFTWARE\\\\Acme:test\\\\', '[PSCustomObject]@{', 'blockMeta.axisDim+', 'evil\\x1b]0;PWNED\\x07', "%20!%22$%&'()*+,-.%3A%3B",
      // minified code's chained assignment and a condition, a comparison, a concatenation, Razor, a Smithy shape id, a regex class
      'a.sessionToken=a.sessionId=null', 'sms_provider=ovh', '_.credentials===', '+strconv.Quote(key)+', '@Html.Raw(Model.Token', 'smithy.api#httpBearerAuth', '[\\w\\-.]+']) {
      expect(['structured', 'placeholder'], value).toContain(classifyValue(value, password).kind);
    }
    // a password with the same characters scattered in it is still a password
    const scattered = fakePassword().replace(/^(...)/, '$1&(').concat('*[');
    expect(['random', 'human'], scattered).toContain(classifyValue(scattered, password).kind);
  });
});

describe('a value that opens with a word saying it is for tests', () => {
  it('GraphQL\'s schema language: a field\'s type is no value', () => {
    expect(found('schema.graphql', 'type Organization {\n  apiKey: ObfuscatedString!\n  licenseKey: [LicenseKeyV2!]!\n}\n')).toEqual([]);
  });

  it('TestingRh2…, Dummy-…, MOCK_… are fixtures named as such; test_… (a provider\'s test-mode key) is not read so', async () => {
    const { opensWithTestWord } = await import('../../../src/detect/generic/value-shapes.js');
    const tail = `R${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 23)}`;
    for (const value of [`Testing${tail}`, `TestSecret${tail}`, `Dummy-${tail}`, `MOCK_${tail}`, `fake.${tail}`]) expect(opensWithTestWord(value), value).toBe(true);
    for (const value of [`test_${tail}`, `Testament${tail.toLowerCase()}`, `Testify`, tail]) expect(opensWithTestWord(value), value).toBe(false);
  });
});

describe('a context-gated provider token (no marker of its own) is read as a generic value is', () => {
  it('sonatype-token under ossrhPassword: a dotted property name or a path is quiet; a generated token is found', () => {
    expect(found('gradle.properties', 'ossrhPassword=project.properties.ossrh.password.value\n')).toEqual([]);
    expect(found('gradle.properties', 'nexusPassword=/home/ci/.m2/sonatype/nexus-password.txt\n')).toEqual([]);
    const token = `${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 20)}7Q${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 20)}`;
    expect(found('gradle.properties', `ossrhPassword=${token}\n`).map(([secret]) => secret)).toEqual([token]);
  });
});
