// Column-aligned assignments: gofmt pads a struct literal's values to one column, and Perl, Ruby,
// INI and YAML files and Markdown tables are often padded by hand. The blanks between a key and its
// operator, or the operator and its value, change nothing in what is assigned: the value is read, and
// judged, as in the unaligned form (rules/generic.toml: generic-password-assignment, generic-secret-assignment).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { createDetector } from '../../../src/detect/detector.js';
import { fakePassword, randomFrom } from '../../helpers/fake-secrets.js';
import { tempDir } from '../../helpers/temp-dir.js';

const config = loadConfig(tempDir(), undefined);
const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false });

/** The generic findings in one file: [rule, secret, confidence]. */
const generic = (path: string, text: string): Array<readonly [string, string, string]> =>
  detector
    .detect({ path, text, startLine: 1 })
    .findings.filter((f) => f.ruleId.startsWith('generic-'))
    .map((f) => [f.ruleId, f.secret, f.confidence] as const);

// Built at run time (no realistic secret is committed): a strong password and a generated-looking token.
const PASSWORD = fakePassword();
// (a digit placed in it: 34 draws hold none one time in 180, and the token rules want one)
const TOKEN = `${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 17)}4${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 16)}`;

describe('an aligned assignment', () => {
  it('is read in gofmt’s struct literal, a Ruby or Perl hash, INI, YAML and a Python constant', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['internal/db/config.go', `var cfg = Config{\n\tHost:         "db.internal",\n\tPassword:     "${PASSWORD}",\n}\n`],
      ['config/deploy.rb', `set :db, {\n  :user          => 'deploy',\n  :password      => '${PASSWORD}',\n}\n`],
      ['lib/Acme/Db.pm', `my %db = (\n    user        => 'app',\n    password    => '${PASSWORD}',\n);\n`],
      ['conf/mailer.ini', `[smtp]\nuser            = mailer\npassword        = ${PASSWORD}\n`],
      ['config/app.yml', `smtp:\n  user:            mailer\n  password:        "${PASSWORD}"\n`],
      ['acme/settings_local.py', `DB_USER           = "app"\nDB_PASSWORD       = "${PASSWORD}"\n`],
      // A Markdown table padded to its columns.
      ['ops/runbook.md', `| name            | value            |\n|-----------------|------------------|\n| SMTP_PASSWORD   | \`${PASSWORD}\`   |\n`],
    ];
    for (const [path, text] of cases) {
      expect(generic(path, text).map(([rule, secret]) => [rule, secret]), path).toEqual([['generic-password-assignment', PASSWORD]]);
    }
  });

  it('is read for tokens too, tabs or blanks, before or after the operator', () => {
    expect(generic('internal/acme/client.go', `\tAPIToken:\t\t"${TOKEN}",\n`).map(([, secret]) => secret)).toEqual([TOKEN]);
    expect(generic('src/acme.js', `const acme = { apiSecret   :   "${TOKEN}" };\n`).map(([, secret]) => secret)).toEqual([TOKEN]);
  });

  it('keeps the confidence the unaligned form has', () => {
    const aligned = generic('internal/db/config.go', `\tPassword:          "${PASSWORD}",\n`);
    const plain = generic('internal/db/config.go', `\tPassword: "${PASSWORD}",\n`);
    expect(aligned).toHaveLength(1);
    expect(aligned).toEqual(plain);
  });

  it('stays quiet on aligned expressions, references, placeholders and values that name themselves', () => {
    const quiet: ReadonlyArray<readonly [string, string]> = [
      ['internal/db/config.go', '\tPassword:          cfg.Database.Password,\n\tAPIToken:          os.Getenv("ACME_API_TOKEN"),\n'],
      ['lib/Acme/Db.pm', "    password        => $ENV{'DB_PASSWORD'},\n"],
      ['config/deploy.rb', "  :password        => fetch(:db_password),\n  :password        => 'thisismypassword',\n"],
      ['conf/mailer.ini', 'password        = changeme\npassword        = ${SMTP_PASSWORD}\n'],
      ['config/app.yml', 'password:          "<your-password>"\n'],
      ['acme/settings_local.py', 'DB_PASSWORD       = os.environ["DB_PASSWORD"]\nAPI_TOKEN         = get_token("acme-api-token-2024")\n'],
      // Still a URL, a type, a comparison: alignment does not make them values.
      ['internal/oauth/endpoint.go', '\tTokenURL:      "https://login.example.org/oauth2/v2.0/token",\n\tTokenType:     "Bearer",\n'],
    ];
    for (const [path, text] of quiet) expect(generic(path, text), path).toEqual([]);
  });
});
