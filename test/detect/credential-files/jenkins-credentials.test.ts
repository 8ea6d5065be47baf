// Jenkins credentials read by their XML class wherever the file is (credential-file-jenkins-element),
// and Jenkins' own reading of a value (hudson.util.Secret.fromString): the {AQAAAB…} envelope is
// ciphertext, any other value the plaintext, braces and all. Files built at run time.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { readJenkinsCredentials } from '../../../src/detect/credential-files/jenkins-credentials.js';
import { createDetector } from '../../../src/detect/detector.js';
import { parseRuleset } from '../../../src/rules/parse-ruleset.js';
import type { Finding } from '../../../src/detect/types.js';
import { makeRepo } from '../../helpers/git-repo.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { fakePassword, fakeToken, jenkinsEncrypted } from './fake-credentials.js';

const config = loadConfig(tempDir(), undefined);
const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false });
const CONTENT_RULE = 'credential-file-jenkins-element';
const withoutIt = createDetector(config.rules.filter((rule) => rule.id !== CONTENT_RULE), config.allowlists, { includeInvalid: false });

const detect = (path: string, text: string, on = detector): Finding[] => on.detect({ path, text, startLine: 1 }).findings;
const shown = (findings: readonly Finding[]): Array<[string, number, string, string]> => findings.map((f) => [f.ruleId, f.line, f.secret, f.confidence]);

const USERNAME_PASSWORD = 'com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl';
const SECRET_TEXT = 'org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl';
const SSH_KEY = 'com.cloudbees.jenkins.plugins.sshcredentials.impl.BasicSSHUserPrivateKey';

const element = (cls: string, body: string): string => `<${cls}>\n  <scope>GLOBAL</scope>\n${body}\n</${cls}>`;

/** A folder's config.xml holding folder-scoped credentials (FolderCredentialsProvider), as XStream writes it. */
const folderConfig = (credentials: string, other = ''): string => `<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.hudson.plugins.folder.Folder plugin="cloudbees-folder@6.928">
  <description>payments</description>
  <properties>
    <com.cloudbees.hudson.plugins.folder.properties.FolderCredentialsProvider_-FolderCredentialsProperty>
      <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
        <entry>
          <com.cloudbees.plugins.credentials.domains.Domain plugin="credentials@1319"/>
          <java.util.concurrent.CopyOnWriteArrayList>
${credentials}
          </java.util.concurrent.CopyOnWriteArrayList>
        </entry>
      </domainCredentialsMap>
    </com.cloudbees.hudson.plugins.folder.properties.FolderCredentialsProvider_-FolderCredentialsProperty>
  </properties>
${other}
</com.cloudbees.hudson.plugins.folder.Folder>
`;

describe('readJenkinsCredentials', () => {
  it('reads the entries inside credential elements only', () => {
    const inside = fakePassword();
    const text = `<root>\n<password>${fakePassword()}</password>\n${element(USERNAME_PASSWORD, `  <username>ops</username>\n  <password>${inside}</password>`)}\n<token>${fakeToken()}</token>\n</root>`;
    expect(readJenkinsCredentials(text).map((entry) => [entry.key, entry.value])).toEqual([['scope', 'GLOBAL'], ['username', 'ops'], ['password', inside]]);
  });

  it('reads none where the class is only named: code, an import, a self-closing tag', () => {
    expect(readJenkinsCredentials(`import ${USERNAME_PASSWORD};\nList<${USERNAME_PASSWORD}> all = find();\n<password>${fakePassword()}</password>`)).toEqual([]);
    expect(readJenkinsCredentials(`<${SECRET_TEXT}/>\n<secret>${fakeToken()}</secret>`)).toEqual([]);
  });

  it('reads to the end of a fragment whose element is not closed (a diff hunk)', () => {
    const secret = fakeToken(32);
    expect(readJenkinsCredentials(`  <${SECRET_TEXT}>\n    <secret>${secret}</secret>`).map((entry) => entry.value)).toEqual([secret]);
  });
});

describe('Jenkins credentials in any XML file', () => {
  it('reads folder credentials in a job or folder config.xml, high', () => {
    const secret = fakeToken(32);
    const password = fakePassword();
    const text = folderConfig(`${element(SECRET_TEXT, `  <id>deploy-hook</id>\n  <secret>${secret}</secret>`)}\n${element(USERNAME_PASSWORD, `  <id>nexus</id>\n  <username>deploy</username>\n  <password>${password}</password>`)}`);
    expect(shown(detect('jobs/payments/config.xml', text))).toEqual([
      [CONTENT_RULE, 13, secret, 'high'],
      [CONTENT_RULE, 19, password, 'high'],
    ]);
  });

  it('reads an export with any name, and a private key passphrase', () => {
    const passphrase = fakePassword();
    const text = element(SSH_KEY, `  <id>agent</id>\n  <username>jenkins</username>\n  <passphrase>${passphrase}</passphrase>`);
    expect(shown(detect('backup/jenkins-credentials-export.xml', text))).toEqual([[CONTENT_RULE, 5, passphrase, 'high']]);
  });

  it('keeps one finding per value in credentials.xml, read both by its name and by its elements', () => {
    const password = fakePassword();
    const text = `<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319">\n${element(USERNAME_PASSWORD, `  <password>${password}</password>`)}\n</com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n`;
    expect(shown(detect('var/lib/jenkins/credentials.xml', text))).toEqual([['credential-file-jenkins', 4, password, 'high']]);
  });

  it('reports the {AQAAAB…} envelope low, as ciphertext whose key is elsewhere', () => {
    const envelope = jenkinsEncrypted();
    const found = detect('jobs/payments/config.xml', folderConfig(element(SECRET_TEXT, `  <secret>${envelope}</secret>`)));
    expect(shown(found)).toEqual([[CONTENT_RULE, 12, envelope.slice(1, -1), 'low']]);
  });

  it('reads any other braced value as Jenkins does: the plaintext, braces and all, judged by what they hold', () => {
    const token = fakeToken(32);
    const text = (value: string): string => folderConfig(element(SECRET_TEXT, `  <id>{deploy-hook}</id>\n  <secret>${value}</secret>`));
    expect(shown(detect('jobs/payments/config.xml', text(`{${token}}`)))).toEqual([[CONTENT_RULE, 13, `{${token}}`, 'high']]);
    // A placeholder or a template inside the braces, and the id beside it, stay quiet.
    for (const quiet of ['{changeme}', '{<token>}', '{${DEPLOY_HOOK}}', '{}', '{xxxxxxxxxxxx}']) {
      expect(detect('jobs/payments/config.xml', text(quiet)), quiet).toEqual([]);
    }
  });

  it('stays quiet on configuration as code: ${VAR} is resolved by the CasC plugin', () => {
    const text = folderConfig(element(USERNAME_PASSWORD, '  <username>${NEXUS_USER}</username>\n  <password>${NEXUS_PASSWORD}</password>'));
    expect(detect('casc/exported/config.xml', text)).toEqual([]);
  });

  it('adds nothing to an unrelated config.xml with a <password> element (Maven, Android): the same findings as without the rule', () => {
    const files = [
      `<settings>\n  <servers>\n    <server>\n      <id>nexus</id>\n      <username>deploy</username>\n      <password>${fakePassword()}</password>\n    </server>\n  </servers>\n</settings>\n`,
      `<settings>\n  <servers>\n    <server>\n      <id>nexus</id>\n      <password>{${fakeToken(24)}=}</password>\n    </server>\n  </servers>\n</settings>\n`,
      `<?xml version="1.0" encoding="utf-8"?>\n<widget id="test.acme.app" version="1.0.0">\n  <preference name="keystore" value="release.jks" />\n  <password>${fakePassword()}</password>\n</widget>\n`,
    ];
    for (const text of files) {
      const found = detect('app/config.xml', text);
      expect(found.some((f) => f.ruleId.startsWith('credential-file-')), text).toBe(false);
      expect(shown(found)).toEqual(shown(detect('app/config.xml', text, withoutIt)));
    }
  });
});

describe('a credential-file rule known by its content', () => {
  const rule = (id: string): string => `[[rules]]\nid = "${id}"\nkeywords = ["plaincredentials."]\ntags = ["credential-file"]\n`;

  it('may go without path and regex when its id has a reader, and runs where its keywords hit', () => {
    const [spec] = parseRuleset(rule(CONTENT_RULE), 'user.toml').rules;
    expect(spec).toMatchObject({ id: CONTENT_RULE, path: undefined, regex: undefined, keywords: ['plaincredentials.'] });
  });

  it('is refused without a reader: it would report the name of every file naming the keyword', () => {
    expect(() => parseRuleset(rule('credential-file-acme'), 'user.toml')).toThrow(/rule "credential-file-acme".*regex/);
  });
});

describe('Jenkins credentials in a commit range', () => {
  it('reports them at their lines when added, and not for a change elsewhere in the file', async () => {
    const repo = makeRepo();
    repo.commit('init', { 'README.md': '# jenkins home\n' });
    const secret = fakeToken(32);
    const text = folderConfig(element(SECRET_TEXT, `  <id>deploy-hook</id>\n  <secret>${secret}</secret>`));
    const added = repo.commit('folder credentials', { 'jobs/payments/config.xml': text });
    const edited = repo.commit('describe the folder', { 'jobs/payments/config.xml': text.replace('<description>payments</description>', '<description>payments, EU</description>') });
    const range = async (sha: string): Promise<Array<[string, number]>> => {
      const result = await runCli(['history', `${sha}~1..${sha}`, '--format', 'json', '--no-progress'], { cwd: repo.dir });
      expect(result.code, result.stderr).not.toBe(2);
      return (JSON.parse(result.stdout) as { findings: Finding[] }).findings.map((f) => [f.ruleId, f.line]);
    };
    expect(await range(added)).toEqual([[CONTENT_RULE, 13]]);
    expect(await range(edited)).toEqual([]);
  });
});
