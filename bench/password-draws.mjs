// node bench/password-draws.mjs [--lib DIR] [--draws N]
// How many generated passwords of the 94 printable ASCII characters (a password manager's "all
// symbols" setting) the generic rules find, written as each format writes a string: a YAML
// single-quoted scalar (`''` for a quote), a .env double-quoted value, a Python and a JavaScript
// string literal (backslash escapes). Draws are seeded, so two builds see the same passwords.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const lib = resolve(arg('lib', join(dirname(fileURLToPath(import.meta.url)), '..', 'lib')));
const draws = Number(arg('draws', '1000'));
const { loadConfig } = await import(pathToFileURL(join(lib, 'config', 'load-config.js')).href);
const { createDetector } = await import(pathToFileURL(join(lib, 'detect', 'detector.js')).href);

const scratch = mkdtempSync(join(tmpdir(), 'leakgate-draws-'));
const config = loadConfig(scratch, undefined);
rmSync(scratch, { recursive: true, force: true });
const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false });

const PRINTABLE = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join('');
const backslashed = (value, quote) => value.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`);
const FORMATS = [
  ['config/app.yml', (v) => `jwt_secret: '${v.replaceAll('\'', '\'\'')}'\n`],
  ['.env', (v) => `DB_PASSWORD="${backslashed(v, '"')}"\n`],
  ['app/settings.py', (v) => `API_TOKEN = "${backslashed(v, '"')}"\n`],
  ['src/config.js', (v) => `const password = '${backslashed(v, '\'')}';\n`],
];

console.log(`lib ${lib}, ${draws} draws per row`);
for (const length of [16, 24, 32]) {
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const values = Array.from({ length: draws }, () => Array.from({ length }, () => PRINTABLE[Math.floor(random() * 94)]).join(''));
  for (const [path, write] of FORMATS) {
    const missed = values.filter((value) => detector.detect({ path, text: write(value), startLine: 1 }).findings.length === 0).length;
    console.log(`${String(length).padStart(2)} characters  ${path.padEnd(16)} ${(100 * (1 - missed / draws)).toFixed(1).padStart(5)} % found`);
  }
}
