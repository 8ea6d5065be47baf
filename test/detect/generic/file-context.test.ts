import { describe, expect, it } from 'vitest';
import { fileContextOf } from '../../../src/detect/generic/file-context.js';
import { genericConfidence, meetsFloor } from '../../../src/detect/generic/confidence.js';

describe('fileContextOf', () => {
  it.each([
    ['test/fixtures/key.pem', 'test'], ['pkg/auth/config_test.go', 'test'], ['src/__tests__/a.spec.ts', 'test'],
    ['src/NzbDrone.Common.Test/Http/HttpHeaderFixture.cs', 'test'], ['src/Shop.Api.IntegrationTests/appsettings.json', 'test'],
    ['src/Shop/Http/CookieFixture.cs', 'test'], ['server/testkit/src/lib.rs', 'test'], ['charts/app/ci/ct-values.yaml', 'test'],
    ['src/Latest.Release/app.cs', 'code'], ['fstest/testserver/init.d/TestSeafile', 'test'], ['docs/latest/config.yml', 'docs'],
    ['latest/config.yml', 'real-config'], ['rclone.1', 'docs'], ['logs/app.log.1', 'code'],
    ['examples/app/.env', 'example'], ['.env.example', 'example'], ['config/settings.sample.py', 'example'], ['charts/app/values.yaml', 'example'],
    ['docs/setup.md', 'docs'], ['README.md', 'docs'], ['config/locales/es.yml', 'docs'], ['public/language/da/register.json', 'docs'], ['openapi/fixtures3.json', 'docs'], ['client/src/__locales/nl.json', 'docs'], ['input/gl.lproj/app.json', 'docs'], ['lang/pt-BR.yml', 'docs'], ['i18n/zh_CN.json', 'docs'], ['nl.json', 'docs'], ['config/ca.json', 'real-config'], ['api-docs/api.yaml', 'docs'], ['docs_src/security/tutorial004.py', 'docs'], ['website/docs-site/intro.js', 'docs'], ['openapi.yaml', 'docs'], ['spec/petstore.swagger.json', 'test'], ['api/users.openapi.yml', 'docs'],
    ['.github/workflows/ci.yml', 'ci'], ['setup.cfg', 'ci'], ['phpunit.xml', 'ci'],
    ['.env', 'real-config'], ['config/database.yml', 'real-config'], ['wp-config.php', 'real-config'], ['app/settings.py', 'real-config'],
    ['docker-compose.yml', 'real-config'], ['config/default.json', 'real-config'],
    ['src/server.js', 'code'], ['lib/client.rb', 'code'],
  ])('%s is %s', (path, context) => {
    expect(fileContextOf(path)).toBe(context);
  });
});

describe('genericConfidence', () => {
  it('random values are high where they run, one level down in tests, examples and docs', () => {
    expect(genericConfidence('random', 'code', 'internal')).toBe('high');
    expect(genericConfidence('random', 'test', 'internal')).toBe('medium');
    expect(genericConfidence('random', 'docs', 'internal')).toBe('medium');
  });
  it('in a published project\'s docs every generic value is low, and a human password in its shipped configuration; elsewhere the docs mode changes nothing', () => {
    expect(genericConfidence('random', 'docs', 'examples')).toBe('low');
    expect(genericConfidence('strong', 'docs', 'examples')).toBe('low');
    expect(genericConfidence('random', 'code', 'examples')).toBe('high');
    // a published project's shipped configuration: a human password is a default for those who run it; a committed .env keeps its level
    expect(genericConfidence('weak', 'real-config', 'examples')).toBe('low');
    expect(genericConfidence('strong', 'real-config', 'examples')).toBe('low');
    expect(genericConfidence('weak', 'real-config', 'examples', true)).toBe('medium');
    expect(genericConfidence('random', 'real-config', 'examples')).toBe('high');
    expect(genericConfidence('weak', 'real-config', 'internal')).toBe('medium');
  });
  it('a weak password is medium in real configuration and low elsewhere', () => {
    expect(genericConfidence('weak', 'real-config', 'internal')).toBe('medium');
    expect(genericConfidence('weak', 'code', 'internal')).toBe('low');
    expect(genericConfidence('weak', 'test', 'internal')).toBe('low');
  });
  it('the floor keeps what is at least as sure', () => {
    expect(meetsFloor('medium', 'medium')).toBe(true);
    expect(meetsFloor('low', 'medium')).toBe(false);
    expect(meetsFloor('low', 'low')).toBe(true);
  });
});
