// Battery cases, cloud CLIs, mail and chat clients, servers, shell start-up files, password
// stores and hashes, key files (see cases-tools.ts for the shape of a case).
import type { BatteryCase } from './cases-tools.js';
import {
  apr1Hash, bcryptHash, ciscoType8Hash, dbeaverCredentials, djangoHash, fakeHex, fakePassword, fakeToken, md5CryptHash, mysqlNativeHash,
  rcloneObscure, sha512CryptHash, sshaDigest, weakPassword,
} from './fake-credentials.js';

const p = (): string => fakePassword();

const line = (format: string, path: string, secret: string, make: (value: string) => string, decoy: string): BatteryCase =>
  ({ format, path, secret, true: make(secret), decoy });

const ppk = (encryption: string, privateLines: string): string =>
  `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: ${encryption}\nComment: deploy@acme\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${fakeToken(43)}\n${fakeToken(8)}\nKey-Derivation: Argon2id\nPrivate-Lines: 1\n${privateLines}\nPrivate-MAC: ${fakeHex(64)}\n`;

export const storeCases = (): BatteryCase[] => {
  const awsSecret = fakeToken(40);
  const kubeToken = fakeToken(48);
  const privateLines = `AAAAI${fakeToken(43)}`;
  return [
    { format: 'AWS CLI credentials', path: 'home/u/.aws/credentials', secret: awsSecret, true: `[default]\naws_access_key_id = ${fakeToken(20).toUpperCase()}\naws_secret_access_key = ${awsSecret}\n`, decoy: `[default]\naws_access_key_id = <your-access-key-id>\naws_secret_access_key = <your-secret-access-key>\n` },
    line('gcloud application_default_credentials.json', 'home/u/.config/gcloud/application_default_credentials.json', `1//0${fakeToken(60)}`, (v) => `{\n  "client_id": "${fakeHex(12)}.apps.googleusercontent.test",\n  "client_secret": "d-${fakeToken(22)}",\n  "refresh_token": "${v}",\n  "type": "authorized_user"\n}\n`, `{\n  "client_id": "",\n  "client_secret": "",\n  "refresh_token": "",\n  "type": "authorized_user"\n}\n`),
    line('Azure CLI service_principal_entries.json', 'home/u/.azure/service_principal_entries.json', `${fakeToken(3)}8Q~${fakeToken(34)}`, (v) => `[{"client_id": "${fakeHex(8)}-0000-0000-0000-${fakeHex(12)}", "tenant": "${fakeHex(8)}-0000-0000-0000-${fakeHex(12)}", "client_secret": "${v}"}]\n`, `[{"client_id": "00000000-0000-0000-0000-000000000000", "tenant": "contoso", "client_secret": "<client-secret>"}]\n`),
    { format: 'kubeconfig token', path: 'home/u/.kube/config', secret: kubeToken, true: `apiVersion: v1\nkind: Config\nusers:\n- name: ops\n  user:\n    token: ${kubeToken}\n`, decoy: `apiVersion: v1\nkind: Config\nusers:\n- name: ops\n  user:\n    token: <token>\n` },
    line('rclone.conf, obscured password', 'home/u/.config/rclone/rclone.conf', p(), (v) => `[backup]\ntype = sftp\nhost = files.acme.test\nuser = deploy\npass = ${rcloneObscure(v)}\n`, `[backup]\ntype = sftp\nhost = files.acme.test\nuser = deploy\nkey_file = ~/.ssh/id_ed25519\n`),
    line('rclone.conf, OAuth token', 'home/u2/.config/rclone/rclone.conf', `1//0${fakeToken(60)}`, (v) => `[drive]\ntype = drive\nscope = drive\ntoken = {"access_token":"ya29.${fakeToken(80)}","token_type":"Bearer","refresh_token":"${v}","expiry":"2026-01-01T00:00:00Z"}\n`, `[drive]\ntype = drive\nscope = drive\ntoken =\n`),
    line('esmtp .esmtprc', 'home/u/.esmtprc', p(), (v) => `identity ops@acme.test\n  hostname = smtp.acme.test:587\n  username = "ops"\n  password = "${v}"\n  starttls = required\n`, `identity ops@acme.test\n  hostname = smtp.acme.test:587\n  username = "ops"\n  password = ""\n`),
    line('msmtp .msmtprc', 'home/u/.msmtprc', p(), (v) => `account work\nhost smtp.acme.test\nauth on\nuser ops\npassword ${v}\n`, `account work\nhost smtp.acme.test\nauth on\nuser ops\npasswordeval "gpg --quiet --decrypt ~/.msmtp-password.gpg"\n`),
    line('mutt .muttrc', 'home/u/.muttrc', p(), (v) => `set smtp_url = "smtps://ops@smtp.acme.test:465/"\nset smtp_pass = "${v}"\nset imap_user = "ops"\n`, `set smtp_url = "smtps://ops@smtp.acme.test:465/"\n# set smtp_pass = "password"\nset imap_user = "ops"\n`),
    line('irssi config', 'home/u/.irssi/config', p(), (v) => `servers = (\n  { address = "irc.acme.test"; chatnet = "acme"; port = "6697"; use_tls = "yes"; password = "${v}"; }\n);\n`, `servers = (\n  { address = "irc.acme.test"; chatnet = "acme"; port = "6697"; use_tls = "yes"; password = ""; }\n);\n`),
    line('WeeChat irc.conf', 'home/u/.config/weechat/irc.conf', p(), (v) => `[server]\nacme.addresses = "irc.acme.test/6697"\nacme.sasl_username = "ops"\nacme.sasl_password = "${v}"\n`, `[server]\nacme.addresses = "irc.acme.test/6697"\nacme.sasl_username = "ops"\nacme.sasl_password = "\${sec.data.acme}"\n`),
    line('Ventrilo ventrilo_srv.ini', 'srv/ventrilo/ventrilo_srv.ini', p(), (v) => `[Server]\nName=guild\nPhonetic=guild\nAdminPassword=${v}\nPassword=\nMaxClients=8\n`, `[Server]\nName=guild\nAdminPassword=\nPassword=\nMaxClients=8\n`),
    // The decoy's Password is DPAPI ciphertext (readable only by its user on its machine): low, under the default floor.
    line('NuGet.Config ClearTextPassword', 'src/NuGet.Config', p(), (v) => `<configuration>\n  <packageSourceCredentials>\n    <acme>\n      <add key="Username" value="ci" />\n      <add key="ClearTextPassword" value="${v}" />\n    </acme>\n  </packageSourceCredentials>\n</configuration>\n`, `<configuration>\n  <packageSourceCredentials>\n    <acme>\n      <add key="Username" value="ci" />\n      <add key="Password" value="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA${fakeToken(80)}" />\n    </acme>\n  </packageSourceCredentials>\n</configuration>\n`),
    line('Tomcat tomcat-users.xml', 'opt/tomcat/conf/tomcat-users.xml', p(), (v) => `<tomcat-users xmlns="http://tomcat.apache.org/xml">\n  <role rolename="manager-gui"/>\n  <user username="admin" password="${v}" roles="manager-gui"/>\n</tomcat-users>\n`, `<tomcat-users xmlns="http://tomcat.apache.org/xml">\n<!--\n  <user username="admin" password="<must-be-changed>" roles="manager-gui"/>\n-->\n</tomcat-users>\n`),
    line('redis.conf', 'etc/redis/redis.conf', weakPassword(), (v) => `bind 127.0.0.1\nport 6379\nrequirepass ${v}\n`, `bind 127.0.0.1\nport 6379\n# requirepass foobared\n`),
    line('pg_service.conf', 'home/u/.pg_service.conf', p(), (v) => `[main]\nhost=db.acme.test\ndbname=app\nuser=app\npassword=${v}\n`, `[main]\nhost=db.acme.test\ndbname=app\nuser=app\n`),
    line('postgresql.auto.conf primary_conninfo', 'var/lib/postgresql/16/main/postgresql.auto.conf', p(), (v) => `primary_conninfo = 'host=db1.acme.test port=5432 user=replicator password=${v}'\n`, `primary_conninfo = 'host=db1.acme.test port=5432 user=replicator passfile=/var/lib/postgresql/.pgpass'\n`),
    line('.bashrc export', 'home/u/.bashrc', fakeToken(40), (v) => `alias ll='ls -l'\nexport EDITOR=vim\nexport DEPLOY_TOKEN=${v}\n`, `alias ll='ls -l'\nexport EDITOR=vim\nexport DEPLOY_TOKEN="$(pass show deploy/token)"\n`),
    line('.zshrc export', 'home/u/.zshrc', fakeToken(36), (v) => `export PATH="$HOME/bin:$PATH"\nexport OPENSEARCH_API_KEY="${v}"\n`, `export PATH="$HOME/bin:$PATH"\nexport OPENSEARCH_API_KEY="\${OPENSEARCH_API_KEY:-}"\n`),
    line('Flutter key.properties beside a key store', 'mobile/android/key.properties', p(), (v) => `storePassword=${v}\nkeyPassword=${v}\nkeyAlias=upload\nstoreFile=/home/u/upload-keystore.jks\n`, `storePassword=<password-from-previous-step>\nkeyPassword=<password-from-previous-step>\nkeyAlias=upload\nstoreFile=<keystore-file-location>\n`),
    line('/etc/shadow', 'backup/etc/shadow', sha512CryptHash(), (v) => `root:*:19700:0:99999:7:::\nops:${v}:19700:0:99999:7:::\n`, `root:*:19700:0:99999:7:::\nops:!:19700:0:99999:7:::\nsshd:!!:19700::::::\n`),
    line('passwd with a hash', 'backup/etc/passwd', md5CryptHash(), (v) => `root:x:0:0:root:/root:/bin/bash\nlegacy:${v}:1001:1001::/home/legacy:/bin/sh\n`, `root:x:0:0:root:/root:/bin/bash\nops:x:1000:1000:Ops:/home/ops:/bin/bash\n`),
    line('.htpasswd', 'www/admin/.htpasswd', apr1Hash(), (v) => `admin:${v}\n`, `# admin:${apr1Hash()}\n`),
    line('ProFTPD ftpd.passwd', 'etc/proftpd/ftpd.passwd', md5CryptHash(), (v) => `web:${v}:2001:2001::/srv/ftp/web:/bin/false\n`, `web:x:2001:2001::/srv/ftp/web:/bin/false\n`),
    line('Pure-FTPd pureftpd.passwd', 'etc/pure-ftpd/pureftpd.passwd', bcryptHash(), (v) => `web:${v}:2001:2001::/srv/ftp/web/./::::::::::::\n`, `web::2001:2001::/srv/ftp/web/./::::::::::::\n`),
    line('SQL dump, bcrypt', 'backup/laravel.sql', bcryptHash(), (v) => `CREATE TABLE \`users\` (\`id\` int, \`email\` varchar(255), \`password\` varchar(255));\nINSERT INTO \`users\` VALUES (1,'ops@acme.test','${v}');\n`, `CREATE TABLE \`users\` (\`id\` int, \`email\` varchar(255), \`password\` varchar(255));\n-- INSERT INTO \`users\` VALUES (1,'ops@acme.test','<hash>');\n`),
    line('SQL dump, Django PBKDF2', 'backup/django.sql', djangoHash(), (v) => `INSERT INTO "auth_user" ("id", "password", "username") VALUES (1, '${v}', 'admin');\n`, `INSERT INTO "auth_user" ("id", "password", "username") VALUES (1, '!${fakeToken(40)}', 'admin');\n`),
    line('SQL dump, MySQL native password', 'backup/mysql-users.sql', mysqlNativeHash(), (v) => `INSERT INTO \`user\` (\`Host\`, \`User\`, \`authentication_string\`) VALUES ('%','app','${v}');\n`, `INSERT INTO \`user\` (\`Host\`, \`User\`, \`authentication_string\`) VALUES ('%','app','');\n`),
    line('password hashes one a line', 'notes/hashes', bcryptHash(), (v) => `${v}\n${sha512CryptHash()}\n`, `bcrypt hashes start with $2y$10$ and hold 53 more characters\n`),
    line('Cisco IOS running-config', 'network/core-sw1.cfg', ciscoType8Hash(), (v) => `hostname core-sw1\nusername netops privilege 15 secret 8 ${v}\n`, `hostname core-sw1\naaa new-model\n`),
    line('useradd -p in a provisioning script', 'provision/users.sh', sha512CryptHash(), (v) => `#!/bin/sh\nuseradd -m -s /bin/bash -p '${v}' deploy\n`, `#!/bin/sh\nuseradd -m -p "$(openssl passwd -6 "$DEPLOY_PASSWORD")" deploy\n`),
    line('cloud-init user-data', 'cloud/user-data', sha512CryptHash(), (v) => `#cloud-config\nusers:\n  - name: ops\n    lock_passwd: false\n    passwd: ${v}\n`, `#cloud-config\nusers:\n  - name: ops\n    lock_passwd: true\n`),
    line('LDIF export, {SSHA} userPassword', 'backup/people.ldif', sshaDigest(), (v) => `dn: uid=ops,ou=people,dc=acme,dc=test\nobjectClass: inetOrgPerson\nuid: ops\nuserPassword: {SSHA}${v}\n`, `dn: uid=ops,ou=people,dc=acme,dc=test\nobjectClass: inetOrgPerson\nuid: ops\n`),
    { format: 'PuTTY .ppk, unencrypted', path: 'keys/deploy.ppk', secret: privateLines, true: ppk('none', privateLines), decoy: ppk('aes256-cbc', `AAAAI${fakeToken(43)}`) },
    { format: 'Firefox logins.json', path: 'home/u/.mozilla/firefox/x1y2z3.default-release/logins.json', true: `{"nextId":2,"logins":[{"id":1,"hostname":"https://app.acme.test","encryptedUsername":"MDIEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECA${fakeToken(10)}","encryptedPassword":"MDoEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcEC${fakeToken(40)}","encType":1}],"version":3}\n`, decoy: `{"nextId":1,"logins":[],"potentiallyVulnerablePasswords":[],"dismissedBreachAlertsByLoginGUID":{},"version":3}\n` },
    { format: 'KeePass database (.kdbx, by name)', path: 'ops/Passwords.kdbx', decoyPath: 'test/fixtures/Sample.kdbx', true: Buffer.concat([Buffer.from([0x03, 0xd9, 0xa2, 0x9a, 0x67, 0xfb, 0x4b, 0xb5, 0, 0, 4, 0]), Buffer.from(fakeToken(64))]), decoy: Buffer.from([0x03, 0xd9, 0xa2, 0x9a, 0x67, 0xfb, 0x4b, 0xb5, 0, 0, 4, 0]) },
    { format: 'DBeaver credentials-config.json (by name)', path: 'home/u/.local/share/DBeaverData/workspace6/General/.dbeaver/credentials-config.json', decoyPath: 'test/fixtures/.dbeaver/credentials-config.json', true: dbeaverCredentials('app', p()), decoy: dbeaverCredentials('', '') },
  ];
};
