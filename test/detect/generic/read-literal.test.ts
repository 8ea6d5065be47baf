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
    ['app.js', 'const password = "«Hx8tN3qWz5v»";'],
    ['app.ts', "apiKey: '«Vt4Lq8Zx2Wm6»',"],
    ['settings.py', 'SECRET_KEY = "«k7p2vzq9xw4m»"'],
    ['main.go', 'var token = `«Zk4vR9qLw2»`'],
    ['Config.cs', 'var pwd = @"«Zk4vR9qLw2»";'],
    ['app.rb', "CLIENT_SECRET = '«Vt4Lq8Zx2Wm6»'.freeze"],
    ['deploy.sh', 'export DB_PASSWORD=«Tr0ub4dor3xQ»'],
    ['config.php', "'password' => '«Hx8tN3qWz5v»',"],
    ['.env', 'DB_PASSWORD=«Tr0ub4dor3xQ»'],
    ['values.yaml', '  password: «q9Lm2vXz7Rk»'],
    ['Main.java', 'byte[] key = "«k7p2vzq9xw4m»".getBytes();'],
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
    ['settings.json', '"password": «null»', 'code-expression'],
    ['main.tf', 'password = «var.db_password»', 'code-expression'],
  ])('%s: %s is not a literal', (path, line, why) => {
    expect(read(path, line)).toEqual({ literal: false, why });
  });
});
