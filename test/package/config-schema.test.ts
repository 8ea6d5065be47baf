// The JSON Schema shipped for .leakgate.toml accepts the configs leakgate itself accepts and
// refuses a key it refuses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { STARTER_CONFIG } from '../../src/hooks/starter-config.js';

const ROOT = join(import.meta.dirname, '..', '..');
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'leakgate.schema.json'), 'utf8')));

describe('schema/leakgate.schema.json', () => {
  it('is referenced from the starter config, which it accepts', () => {
    expect(STARTER_CONFIG.split('\n')[0]).toBe('#:schema ./node_modules/leakgate/schema/leakgate.schema.json');
    // Every commented-out setting switched on: the schema must accept what the comments suggest.
    const uncommented = STARTER_CONFIG.replace(/^# (?=\[\[|[a-zA-Z]+ = )/gm, '');
    expect(uncommented).toContain('\n[[rules]]\nid = "acme-api-key"');
    expect(validate(parse(uncommented)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts leakgate\'s own .leakgate.toml and a gitleaks-style config', () => {
    expect(validate(parse(readFileSync(join(ROOT, '.leakgate.toml'), 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
    const gitleaks = parse('title = "x"\n[extend]\nuseDefault = true\npath = "base.toml"\n[[rules]]\nid = "a"\nregex = "b"\nentropy = 3.0\n[rules.allowlist]\nstopwords = ["x"]\n[allowlist]\npaths = ["vendor/"]\n');
    expect(validate(gitleaks), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses an unknown key, as leakgate does', () => {
    expect(validate(parse('[extend]\nuseDefaults = true\n'))).toBe(false);
    expect(validate(parse('[[rules]]\nid = "a"\nregex = "b"\nsecretgroup = 1\n'))).toBe(false);
  });
});
