// Issue 18, items 3 and 4: secrets on command lines (shell scripts, Dockerfiles, CI YAML, Compose,
// Markdown) and framework secrets under their own names, found in a real repository through main();
// placeholders in the same places stay quiet. Every value is built at run time.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fakePassword, randomFrom } from '../helpers/fake-secrets.js';
import { makeRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-cli.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/**
 * A password as a person's generator makes one: the shared fake (letters, digits, symbols, no word),
 * not a local recipe: one that began `My…` or held `xxx` was read as a placeholder about once in
 * 3,000 draws (20,000 draws: 7 such), and this file draws eight a run.
 */
const pass = (): string => fakePassword();
const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

interface Found {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly secret: string;
}

const scan = async (files: Record<string, string>): Promise<Found[]> => {
  const repo = makeRepo();
  repo.commit('add', files);
  const result = await runCli(['history', '--format', 'json', '--no-redact', '--no-baseline', '--no-progress'], { cwd: repo.dir });
  // 0 nothing found, 1 findings: anything else is an error.
  expect([0, 1], result.stderr).toContain(result.code);
  return (JSON.parse(result.stdout) as { findings: Found[] }).findings;
};

describe('command lines', () => {
  it('reads each tool’s secret-holding options, over continued lines, in scripts, CI, Compose and docs', async () => {
    const s = Array.from({ length: 7 }, pass);
    // (a digit in it: 20-odd random letters alone can spell a CamelCase identifier, which generic rules drop)
    const key = `${randomFrom(ALNUM, 26)}${randomFrom('0123456789', 1)}${randomFrom(ALNUM, 1)}`;
    const found = await scan({
      'deploy.sh': [
        'curl -sf -X POST https://nexus.acme.io/service/rest/v1/components \\',
        '  -H "Accept: application/json" \\',
        `  -u deploy:${s[0]}`,
        `curl -H "X-Api-Key: ${key}" https://api.acme.io/v1/items`,
        `wget --http-user=ci --http-password=${s[1]} https://files.acme.io/build.tgz`,
        '',
      ].join('\n'),
      '.github/workflows/release.yml': `jobs:\n  release:\n    steps:\n      - run: docker login -u ci -p ${s[2]} registry.acme.io\n`,
      'docker-compose.yml': `services:\n  cache:\n    image: redis:7\n    command: redis-server --requirepass ${s[3]}\n`,
      'Dockerfile': `FROM alpine\nRUN sshpass -p '${s[4]}' scp deploy@bastion.acme.io:/app.tgz /tmp/\n`,
      'docs/ops.md': `Restart a worker:\n\n\`\`\`sh\nPSEXEC \\\\\\\\build01 -u ACME\\\\svc -p ${s[5]} cmd /c restart.bat\n\`\`\`\n`,
      'db.sh': `mysql -h db.acme.io -u app -p${s[6]} shop < schema.sql\n`,
    });
    const secrets = new Set(found.map((f) => f.secret));
    for (const secret of [...s, key]) expect(secrets, secret).toContain(secret);
    expect(found.find((f) => f.secret === s[0])).toMatchObject({ file: 'deploy.sh', line: 3 });
  });

  it('stays quiet on variables, CI secrets and placeholders in the same commands', async () => {
    const found = await scan({
      'deploy.sh': [
        'curl -u "$NEXUS_USER:$NEXUS_PASSWORD" https://nexus.acme.io/',
        'curl -H "X-Api-Key: ${{ secrets.API_KEY }}" https://api.acme.io/v1/items',
        'curl -H "X-Api-Key: <your-api-key>" https://api.acme.io/v1/items',
        'wget --http-password="$HTTP_PASSWORD" https://files.acme.io/build.tgz',
        'docker login -u ci -p $REGISTRY_PASSWORD registry.acme.io',
        'redis-cli -a "$REDIS_PASSWORD" ping',
        '',
      ].join('\n'),
    });
    expect(found).toEqual([]);
  });
});

describe('Windows command lines and keys given as a user name', () => {
  it('reads a PowerShell parameter\'s bare argument, net use\'s password and curl -u KEY:', async () => {
    const s = Array.from({ length: 7 }, pass);
    const key = `${randomFrom(ALNUM, 22)}${randomFrom('0123456789', 1)}${randomFrom(ALNUM, 1)}`;
    const found = await scan({
      'scripts/backup.ps1': `Connect-VIServer -Server vc01.acme.lan -User svc-backup -Password ${s[0]}\n& psexec.exe \\\\build01 -u ACME\\svc -p ${s[1]} cmd /c deploy.bat\n`,
      'scripts/map.bat': `net use Z: \\\\files01\\builds ${s[2]} /user:ACME\\svc-build\nNET USE \\\\nas02\\media /USER:ops ${s[3]}\n`,
      // a native program in a PowerShell script: its arguments are strings too (argument mode)
      'scripts/tasks.ps1': `foreach ($h in $hosts) { schtasks /create /s $h /tn Backup /tr backup.bat /ru ACME\\svc /rp ${s[4]} }\n`,
      // a cmdlet's parameter, on the cmdlet's line and on a line continued by a backtick
      'scripts/migrate.ps1': `Invoke-Sqlcmd -ServerInstance sql01 -Username etl -Password ${s[5]} -InputFile a.sql\nInvoke-Sqlcmd -ServerInstance sql01 \`\n    -Password '${s[6]}' \`\n    -InputFile b.sql\n`,
      'billing.sh': `curl https://api.acme.io/v1/invoices \\\n  -u ${key}: \\\n  -d limit=3\n`,
    });
    const where = (secret: string): Found | undefined => found.find((f) => f.secret === secret);
    expect(where(s[0] as string)).toMatchObject({ ruleId: 'generic-cli-password-flag', file: 'scripts/backup.ps1', line: 1 });
    expect(where(s[1] as string)).toMatchObject({ ruleId: 'generic-cli-password-flag', file: 'scripts/backup.ps1', line: 2 });
    expect(where(s[2] as string)).toMatchObject({ ruleId: 'generic-net-use-password', file: 'scripts/map.bat', line: 1 });
    expect(where(s[3] as string)).toMatchObject({ ruleId: 'generic-net-use-password', file: 'scripts/map.bat', line: 2 });
    expect(where(key)).toMatchObject({ ruleId: 'generic-curl-user-api-key', file: 'billing.sh', line: 2 });
    expect(where(s[4] as string)).toMatchObject({ ruleId: 'generic-cli-password-flag', file: 'scripts/tasks.ps1', line: 1 });
    expect(where(s[5] as string)).toMatchObject({ ruleId: 'generic-powershell-secret-parameter', file: 'scripts/migrate.ps1', line: 1 });
    expect(where(s[6] as string)).toMatchObject({ ruleId: 'generic-powershell-continued-secret-parameter', file: 'scripts/migrate.ps1', line: 3 });
  });

  it('stays quiet on PowerShell variables and expressions, a password net use asks for, and a user name with no password', async () => {
    const found = await scan({
      'scripts/backup.ps1': [
        'Connect-VIServer -Server $vc -User $user -Password $password',
        'Connect-VIServer -Server vc01 -Password (Get-Secret -Name vcenter -AsPlainText)',
        '$joined = -join Get-RandomChars',
        'schtasks /create /tn Backup /tr backup.bat /ru ACME\\svc /rp *',
        'Invoke-Sqlcmd -ServerInstance sql01 -Password $env:SQL_PASSWORD -InputFile a.sql',
        'New-LocalUser -Name svc-build `',
        '    -Password (ConvertTo-SecureString $plain -AsPlainText -Force)',
        '',
      ].join('\n'),
      'scripts/map.bat': 'net use Z: \\\\files01\\builds * /user:ACME\\svc-build\nnet use Z: \\\\files01\\builds %SHARE_PASSWORD% /user:ACME\\svc\n',
      'billing.sh': 'curl -u "$ACME_API_KEY:" https://api.acme.io/v1/invoices\ncurl -u admin: http://localhost:9200/_cat/health\n',
    });
    expect(found).toEqual([]);
  });
});

describe('framework secrets', () => {
  it('finds Django, Flask, Rails, Laravel, Symfony and Jasypt secrets under their own rules', async () => {
    const django = randomFrom('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50);
    const flask = hex(24);
    const keyBase = hex(64);
    const master = hex(16);
    const appKey = `base64:${randomBytes(32).toString('base64')}`;
    const appSecret = hex(16);
    const jasypt = `${randomFrom(ALNUM, 14)}${randomFrom('0123456789', 1)}${randomFrom(ALNUM, 1)}`;
    const found = await scan({
      'shop/settings.py': `DEBUG = False\nSECRET_KEY = '${django}'\n`,
      'app/__init__.py': `app = Flask(__name__)\napp.config["SECRET_KEY"] = "${flask}"\n`,
      'config/secrets.yml': `production:\n  secret_key_base: ${keyBase}\n`,
      'config/master.key': `${master}\n`,
      'laravel/.env': `APP_NAME=Shop\nAPP_KEY=${appKey}\n`,
      'symfony/.env': `APP_ENV=prod\nAPP_SECRET=${appSecret}\n`,
      'src/main/resources/application.properties': `jasypt.encryptor.password=${jasypt}\n`,
    });
    const rule = (secret: string): string | undefined => found.find((f) => f.secret === secret)?.ruleId;
    expect(rule(django)).toBe('django-secret-key');
    expect(rule(flask)).toBe('flask-secret-key');
    expect(rule(keyBase)).toBe('rails-secret-key-base');
    expect(rule(master)).toBe('rails-master-key');
    expect(rule(appKey)).toBe('laravel-app-key');
    expect(rule(appSecret)).toBe('symfony-app-secret');
    expect(rule(jasypt)).toBe('jasypt-encryptor-password');
    // The content finding replaces the file-name finding for config/master.key: one finding there.
    expect(found.filter((f) => f.file === 'config/master.key')).toHaveLength(1);
  });
});

describe('Kubernetes', () => {
  it('reads Secret manifests in either key order (through the decoder) and bootstrap tokens; ConfigMaps and placeholders stay quiet', async () => {
    const b64 = (text: string): string => Buffer.from(text).toString('base64');
    const handWritten = b64(pass());
    const kubectl = b64(pass());
    const inConfigMap = b64(pass());
    const lower = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const token = `${randomFrom(lower, 6)}.${randomFrom(lower, 16)}`;
    const found = await scan({
      'k8s/db.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  user: ${b64('app')}\n  password: ${handWritten}\n`,
      'k8s/api.yaml': `apiVersion: v1\ndata:\n  db-password: ${kubectl}\nkind: Secret\nmetadata:\n  name: api\n`,
      'k8s/both.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: empty\n---\napiVersion: v1\nkind: ConfigMap\ndata:\n  blob: ${inConfigMap}\n`,
      'k8s/weak.yaml': `apiVersion: v1\nkind: Secret\ndata:\n  auth: ${b64('admin:password')}\n`,
      'join.sh': `kubeadm join 10.0.0.10:6443 --token ${token} --discovery-token-unsafe-skip-ca-verification\n`,
      'docs/join.md': 'kubeadm join 10.0.0.10:6443 --token abcdef.0123456789abcdef\n',
    });
    const where = (secret: string): Found | undefined => found.find((f) => f.secret === secret);
    // Secret data is decoded with its key names (src/detect/decoders.ts) and read by the generic rules.
    const decoded = (value: string): string => Buffer.from(value, 'base64').toString('utf8');
    expect(where(decoded(handWritten))).toMatchObject({ file: 'k8s/db.yaml', line: 8 });
    expect(where(decoded(kubectl))).toMatchObject({ file: 'k8s/api.yaml', line: 3 });
    expect(where(token)?.ruleId).toBe('kubernetes-bootstrap-token');
    // The ConfigMap, the Secret of admin:password and the documentation's token are quiet.
    expect([...new Set(found.map((f) => f.file))].sort()).toEqual(['join.sh', 'k8s/api.yaml', 'k8s/db.yaml']);
  });
});
