import { describe, expect, it } from 'vitest';
import { readLiteral } from '../../../src/detect/generic/read-literal.js';
import { stringSyntaxOf } from '../../../src/detect/generic/string-syntax.js';
import { syntaxOfPath } from '../../../src/detect/generic/syntax-of-path.js';

/** Reads the value marked «…» on the line as the file at `path` would hold it. */
const read = (path: string, marked: string) => {
  const start = marked.indexOf('«');
  const end = marked.indexOf('»') - 1;
  const line = marked.replace('«', '').replace('»', '');
  return readLiteral(line, start, end, stringSyntaxOf(syntaxOfPath(path)));
};

describe('readLiteral', () => {
  it.each([
    ['app.js', 'const password = "«value»";'],
    ['app.ts', "apiKey: '«value»',"],
    ['settings.py', 'SECRET_KEY = "«value»"'],
    ['main.go', 'var token = `«value»`'],
    ['Config.cs', 'var pwd = @"«value»";'],
    ['app.rb', "CLIENT_SECRET = '«value»'.freeze"],
    ['deploy.sh', 'export DB_PASSWORD=«value»'],
    ['config.php', "'password' => '«value»',"],
    ['.env', 'DB_PASSWORD=«value»'],
    ['values.yaml', '  password: «value»'],
    ['Main.java', 'byte[] key = "«value»".getBytes();'],
    // inside a string whose own quotes are escaped: the escaped ones do not close it
    ['deploy.py', "cmd = 'mysql --user=root pass=\\'«value»\\''"],
    ['deploy.js', "const cmd = 'login pass=\\'«value»\\'';"],
    // a value that starts with a backtick, inside other quotes
    ['settings.py', "PASSWORD = '«`value»'"],
    // PowerShell's argument mode: a parameter's bare argument is a string
    ['connect.ps1', 'Connect-VIServer -Server vc01 -User ops -Password «value»'],
    ['connect.ps1', '$null = Connect-VIServer vc01 -Password:«value»'],
    ['deploy.ps1', 'psexec \\\\build01 -u ACME\\svc -p «value» cmd'],
  ])('%s: a literal', (path, line) => {
    expect(read(path, line)).toEqual({ literal: true });
  });

  it.each([
    ['app.js', 'const password = «getPassword()»;', 'code-expression'],
    ['main.go', 'token := «parser.tokens[i-1]»', 'code-expression'],
    ['app.js', 'const url = `https://${user}:«${password}»@host`;', 'interpolation'],
    ['app.py', 'password = f"«{prefix}abc»"', 'interpolation'],
    ['app.rb', 'password = "«#{base}x»"', 'interpolation'],
    ['app.php', '$password = "«$prefix.x»";', 'interpolation'],
    ['app.js', 'const password = "«abc»" + suffix;', 'code-expression'],
    ['app.php', "$password = $a . '«abcdef»';", 'code-expression'],
    ['run.sh', 'PASSWORD="«$(cat /run/secret)»"', 'interpolation'],
    ['run.ps1', '$password = «Get-SecretParam»', 'code-expression'],
    ['run.ps1', 'Connect-VIServer vc01 -Password «$password»', 'interpolation'],
    ['run.ps1', 'Connect-VIServer vc01 -Password «pre$suffix»', 'interpolation'],
    ['run.ps1', '$password = -join «Get-Chars»', 'code-expression'],
    ['run.ps1', '$line = $template -replace «Placeholder»', 'code-expression'],
    ['settings.json', '"password": «null»', 'code-expression'],
    ['main.tf', 'password = «var.db_password»', 'code-expression'],
  ])('%s: %s is not a literal', (path, line, why) => {
    expect(read(path, line)).toEqual({ literal: false, why });
  });
});

describe('syntaxOfFile: a script without an extension by its shebang', () => {
  it('reads #!/usr/bin/env bash, #!/bin/sh and #!/usr/bin/python3 as the interpreter\'s language; a path that names one keeps it', async () => {
    const { syntaxOfFile } = await import('../../../src/detect/generic/syntax-of-path.js');
    expect(syntaxOfFile('fstest/testserver/init.d/TestSeafile', '#!/usr/bin/env bash\nset -e\n', true)).toEqual({ family: 'code', language: 'shell' });
    expect(syntaxOfFile('bin/deploy', '#!/bin/sh\n', true)).toEqual({ family: 'code', language: 'shell' });
    expect(syntaxOfFile('bin/tool', '#!/usr/bin/python3\n', true)).toEqual({ family: 'code', language: 'python' });
    expect(syntaxOfFile('bin/tool', '#!/usr/bin/env -S node --no-warnings\n', true)).toEqual({ family: 'code', language: 'js' });
    // not from the file's start (a piece of it), no shebang, or a path that already says
    expect(syntaxOfFile('bin/tool', '#!/bin/sh\n', false)).toEqual({ family: 'plain' });
    expect(syntaxOfFile('notes/README', 'token: x\n', true)).toEqual({ family: 'plain' });
    expect(syntaxOfFile('config/app.yml', '#!/bin/sh\n', true)).toEqual({ family: 'config', format: 'yaml' });
  });
});
