// Battery cases, tool configurations: each a realistic path, a true file (a credential as the tool
// writes it) and a decoy of the same format (placeholder, empty, templated, commented out or
// encrypted without its key). `secret` is what the finding must report (decoded where the tool encodes).
import { base64, fakeHex, fakePassword, fakeToken, jenkinsEncrypted, jetbrainsEncode, weakPassword, winscpEncode } from './fake-credentials.js';

export interface BatteryCase {
  readonly format: string;
  readonly path: string;
  readonly true: string | Buffer;
  readonly decoy: string | Buffer;
  /** Where the decoy sits, when not at `path` (a name-only finding's decoy is a test fixture). */
  readonly decoyPath?: string;
  readonly secret?: string;
}

const p = (): string => fakePassword();

const filezilla = (pass: string): BatteryCase => ({
  format: 'FileZilla sitemanager.xml (base64)', path: 'home/u/.config/filezilla/sitemanager.xml', secret: pass,
  true: `<?xml version="1.0" encoding="UTF-8"?>\n<FileZilla3 version="3.66.5" platform="linux">\n<Servers>\n<Server>\n<Host>files.acme.test</Host>\n<Port>21</Port>\n<User>deploy</User>\n<Pass encoding="base64">${base64(pass)}</Pass>\n<Logontype>1</Logontype>\n</Server>\n</Servers>\n</FileZilla3>\n`,
  decoy: `<FileZilla3>\n<Servers>\n<Server>\n<Host>files.acme.test</Host>\n<User>deploy</User>\n<Pass encoding="crypt" pubkey="${fakeToken(64)}">${base64(fakeToken(48))}</Pass>\n</Server>\n</Servers>\n</FileZilla3>\n`,
});

const winscp = (pass: string): BatteryCase => ({
  format: 'WinSCP.ini', path: 'Users/u/AppData/Roaming/WinSCP.ini', secret: pass,
  true: `[Sessions\\deploy@files]\nHostName=files.acme.test\nUserName=deploy\nPassword=${winscpEncode('deploy', 'files.acme.test', pass)}\n`,
  decoy: `[Sessions\\deploy@files]\nHostName=files.acme.test\nUserName=deploy\nPublicKeyFile=C:%5Ckeys%5Cdeploy.ppk\n`,
});

const jsonPair = (format: string, path: string, key: string, pass: string, decoyValue: string): BatteryCase => ({
  format, path, secret: pass,
  true: `{\n  "host": "files.acme.test",\n  "user": "deploy",\n  "${key}": "${pass}",\n  "port": 22\n}\n`,
  decoy: `{\n  "host": "files.acme.test",\n  "user": "deploy",\n  "${key}": "${decoyValue}",\n  "port": 22\n}\n`,
});

export const toolCases = (): BatteryCase[] => {
  const jb = p();
  const jbDs = p();
  const [auth, npmPass] = [p(), p()];
  return [
    filezilla(p()),
    (() => { const pass = p(); return { format: 'FileZilla recentservers.xml (plain)', path: 'Users/u/AppData/Roaming/FileZilla/recentservers.xml', secret: pass, true: `<FileZilla3>\n<RecentServers>\n<Server>\n<Host>ftp.acme.test</Host>\n<User>web</User>\n<Pass>${pass}</Pass>\n</Server>\n</RecentServers>\n</FileZilla3>\n`, decoy: `<FileZilla3>\n<RecentServers>\n<Server>\n<Host>ftp.acme.test</Host>\n<User>web</User>\n<Pass></Pass>\n</Server>\n</RecentServers>\n</FileZilla3>\n` }; })(),
    winscp(p()),
    (() => { const pass = p(); return { format: 'Sublime SFTP sftp-config.json', path: 'site/sftp-config.json', secret: pass, true: `{\n    // sftp, ftp or ftps\n    "type": "sftp",\n    "host": "files.acme.test",\n    "user": "deploy",\n    "password": "${pass}",\n    "remote_path": "/var/www/",\n}\n`, decoy: `{\n    "type": "sftp",\n    "host": "files.acme.test",\n    "user": "deploy",\n    //"password": "password",\n    "remote_path": "/var/www/",\n}\n` }; })(),
    jsonPair('VS Code sftp.json', 'site/.vscode/sftp.json', 'password', p(), '${env:SFTP_PASSWORD}'),
    jsonPair('Atom remote-ftp .ftpconfig', 'site/.ftpconfig', 'pass', p(), ''),
    jsonPair('Atom remote-sync .remote-sync.json', 'site/.remote-sync.json', 'password', p(), 'your-password'),
    jsonPair('deployment-config.json', 'site/deployment-config.json', 'password', p(), '<password>'),
    { format: 'JetBrains webServers.xml', path: 'site/.idea/webServers.xml', secret: jb, true: `<project version="4">\n  <component name="WebServers">\n    <option name="servers">\n      <webServer id="1" name="prod">\n        <fileTransfer host="files.acme.test" port="21" accessType="FTP" login="deploy" password="${jetbrainsEncode(jb)}" />\n      </webServer>\n    </option>\n  </component>\n</project>\n`, decoy: `<project version="4">\n  <component name="WebServers">\n    <option name="servers">\n      <webServer id="1" name="prod">\n        <fileTransfer host="files.acme.test" port="22" accessType="SFTP" login="deploy" keyPair="true" />\n      </webServer>\n    </option>\n  </component>\n</project>\n` },
    { format: 'JetBrains dataSources.local.xml', path: 'site/.idea/dataSources.local.xml', secret: jbDs, true: `<project version="4">\n  <component name="dataSourceStorageLocal">\n    <data-source name="prod" uuid="1">\n      <user-name>app</user-name>\n      <user-password>${jetbrainsEncode(jbDs)}</user-password>\n    </data-source>\n  </component>\n</project>\n`, decoy: `<project version="4">\n  <component name="dataSourceStorageLocal">\n    <data-source name="prod" uuid="1">\n      <user-name>app</user-name>\n      <secret-storage>master_key</secret-storage>\n    </data-source>\n  </component>\n</project>\n` },
    jsonPair('Robo 3T robo3t.json', 'home/u/.3T/robo-3t/1.4.4/robo3t.json', 'userPassword', p(), ''),
    jsonPair('Robomongo robomongo.json', 'home/u/.config/robomongo/1.0/robomongo.json', 'userPassword', p(), 'changeme'),
    (() => { const pass = p(); return { format: 'MySQL Workbench connections.xml', path: 'Users/u/AppData/Roaming/MySQL/Workbench/connections.xml', secret: pass, true: `<data grt_format="2.0">\n  <value type="dict" key="parameterValues">\n    <value type="string" key="hostName">db.acme.test</value>\n    <value type="string" key="userName">app</value>\n    <value type="string" key="password">${pass}</value>\n  </value>\n</data>\n`, decoy: `<data grt_format="2.0">\n  <value type="dict" key="parameterValues">\n    <value type="string" key="hostName">db.acme.test</value>\n    <value type="string" key="userName">app</value>\n    <value type="string" key="password"></value>\n  </value>\n</data>\n` }; })(),
    (() => { const pass = weakPassword(); return { format: '.my.cnf', path: 'home/u/.my.cnf', secret: pass, true: `[client]\nuser=app\npassword=${pass}\nhost=db.acme.test\n`, decoy: `[client]\nuser=app\n#password=${pass}\nhost=db.acme.test\n` }; })(),
    (() => { const pass = p(); return { format: '.pgpass', path: 'home/u/.pgpass', secret: pass, true: `db.acme.test:5432:app:app:${pass}\n`, decoy: `db.acme.test:5432:app:app:\${PGPASSWORD}\n` }; })(),
    // A password that is its account's user name is a development default (exercism: exercism).
    (() => { const pass = p(); return { format: 'Rails config/database.yml, user name as password', path: 'shop/config/database.yml', secret: pass, true: `development:\n  adapter: mysql2\n  database: storefront_dev\n  username: storefront\n  password: ${pass}\n`, decoy: `development:\n  adapter: mysql2\n  database: storefront_dev\n  username: storefront\n  password: storefront\n` }; })(),
    (() => { const pass = p(); return { format: 'Rails config/database.yml', path: 'app/config/database.yml', secret: pass, true: `production:\n  adapter: postgresql\n  database: app\n  username: app\n  password: ${pass}\n`, decoy: `production:\n  adapter: postgresql\n  database: app\n  username: app\n  password: <%= ENV['DATABASE_PASSWORD'] %>\n` }; })(),
    (() => { const pass = p(); return { format: 'Mongoid mongoid.yml', path: 'shop/config/mongoid.yml', secret: pass, true: `production:\n  clients:\n    default:\n      database: shop\n      hosts:\n        - db.acme.test:27017\n      options:\n        user: shop\n        password: "${pass}"\n`, decoy: `production:\n  clients:\n    default:\n      database: shop\n      options:\n        user: shop\n        password: <%= ENV['MONGODB_PASSWORD'] %>\n` }; })(),
    (() => { const key = fakeToken(40); return { format: 's3cmd .s3cfg', path: 'home/u/.s3cfg', secret: key, true: `[default]\naccess_key = ${fakeToken(20).toUpperCase()}\nsecret_key = ${key}\nhost_base = s3.amazonaws.com\n`, decoy: `[default]\naccess_key =\nsecret_key =\nhost_base = s3.amazonaws.com\n` }; })(),
    (() => { const key = fakeHex(64); return { format: 'tugboat .tugboat', path: 'home/u/.tugboat', secret: key, true: `---\nauthentication:\n  access_token: ${key}\nssh:\n  ssh_user: root\n`, decoy: `---\nauthentication:\n  access_token: ''\nssh:\n  ssh_user: root\n` }; })(),
    (() => { const key = fakeToken(64); return { format: 'doctl config.yaml', path: 'home/u/.config/doctl/config.yaml', secret: key, true: `access-token: ${key}\ncontext: default\noutput: text\n`, decoy: `access-token: ""\ncontext: default\noutput: text\n` }; })(),
    (() => { const key = fakeHex(40); return { format: 'hub config', path: 'home/u/.config/hub', secret: key, true: `github.com:\n- user: ops\n  oauth_token: ${key}\n  protocol: https\n`, decoy: `github.com:\n- user: ops\n  oauth_token: YOUR_TOKEN\n  protocol: https\n` }; })(),
    (() => { const pass = p(); return { format: '.netrc', path: 'home/u/.netrc', secret: pass, true: `machine api.acme.test\n  login ops\n  password ${pass}\n`, decoy: `machine api.acme.test\n  login ops\n  password <password>\n` }; })(),
    (() => { const pass = p(); return { format: '.git-credentials', path: 'home/u/.git-credentials', secret: pass, true: `https://ops:${encodeURIComponent(pass)}@git.acme.test\n`, decoy: `https://ops:\${GIT_TOKEN}@git.acme.test\n` }; })(),
    { format: '.npmrc _auth (base64 user:pass)', path: 'home/u1/.npmrc', secret: auth, true: `registry=https://npm.acme.test/\n//npm.acme.test/:_auth=${base64(`ci:${auth}`)}\n`, decoy: `registry=https://npm.acme.test/\n//npm.acme.test/:_auth=\${NPM_AUTH}\n` },
    { format: '.npmrc _password (base64)', path: 'home/u2/.npmrc', secret: npmPass, true: `//npm.acme.test/:username=ci\n//npm.acme.test/:_password=${base64(npmPass)}\n`, decoy: `//npm.acme.test/:username=ci\n//npm.acme.test/:_password=\${NPM_PASSWORD}\n` },
    (() => { const pass = p(); return { format: '.pypirc', path: 'home/u/.pypirc', secret: pass, true: `[distutils]\nindex-servers = internal\n\n[internal]\nrepository = https://pypi.acme.test/\nusername = ops\npassword = ${pass}\n`, decoy: `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = <your PyPI token>\n` }; })(),
    (() => { const key = `rubygems_${fakeHex(48)}`; return { format: 'RubyGems .gem/credentials', path: 'home/u/.gem/credentials', secret: key, true: `---\n:rubygems_api_key: ${key}\n`, decoy: `---\n:rubygems_api_key: YOUR_API_KEY\n` }; })(),
    (() => { const key = `cio${fakeToken(32)}`; return { format: 'Cargo credentials.toml', path: 'home/u/.cargo/credentials.toml', secret: key, true: `[registry]\ntoken = "${key}"\n`, decoy: `[registry]\ntoken = ""\n` }; })(),
    (() => { const key = `${fakeToken(14)}.atlasv1.${fakeToken(67)}`; return { format: 'Terraform credentials.tfrc.json', path: 'home/u/.terraform.d/credentials.tfrc.json', secret: key, true: `{\n  "credentials": {\n    "app.terraform.io": {\n      "token": "${key}"\n    }\n  }\n}\n`, decoy: `{\n  "credentials": {\n    "app.terraform.io": {\n      "token": "<token>"\n    }\n  }\n}\n` }; })(),
    (() => { const pass = p(); return { format: 'Jenkins credentials.xml', path: 'var/lib/jenkins/credentials.xml', secret: pass, true: `<?xml version='1.1' encoding='UTF-8'?>\n<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319">\n  <domainCredentialsMap>\n    <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n      <id>deploy</id>\n      <username>deploy</username>\n      <password>${pass}</password>\n    </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  </domainCredentialsMap>\n</com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n`, decoy: `<?xml version='1.1' encoding='UTF-8'?>\n<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319">\n  <domainCredentialsMap>\n    <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n      <id>deploy</id>\n      <username>deploy</username>\n      <password>${jenkinsEncrypted()}</password>\n    </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  </domainCredentialsMap>\n</com.cloudbees.plugins.credentials.SystemCredentialsProvider>\n` }; })(),
  ];
};
