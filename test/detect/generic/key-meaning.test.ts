import { describe, expect, it } from 'vitest';
import { isOptionListValue, namesWorkingDirectory } from '../../../src/detect/generic/key-meaning.js';
import type { Syntax } from '../../../src/detect/generic/syntax-of-path.js';
import { randomFrom } from '../../helpers/fake-secrets.js';

// Built at run time: the project scans its own history.
const value = randomFrom('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 12);

const shell: Syntax = { family: 'code', language: 'shell' };
const powershell: Syntax = { family: 'code', language: 'powershell' };
const python: Syntax = { family: 'code', language: 'python' };
const env: Syntax = { family: 'config', format: 'env' };

describe('namesWorkingDirectory', () => {
  it.each(['pwd', 'PWD', 'OLDPWD', 'prompt_pwd', 'short_pwd', '$PWD', 'current_pwd'])('%s in a shell is the working directory', (key) => {
    expect(namesWorkingDirectory(key, shell)).toBe(true);
  });
  it('$pwd in PowerShell is the current location', () => {
    expect(namesWorkingDirectory('$pwd', powershell)).toBe(true);
  });
  it.each(['MYSQL_PWD', 'DB_PWD', 'admin_pwd', 'password'])('%s in a shell still names a password', (key) => {
    expect(namesWorkingDirectory(key, shell)).toBe(false);
  });
  it.each([[python], [env]])('pwd outside shells names a password (%o)', (syntax) => {
    expect(namesWorkingDirectory('pwd', syntax)).toBe(false);
  });
});

describe('isOptionListValue', () => {
  const span = (line: string, word: string): [string, number, number] => [line, line.indexOf(word), line.indexOf(word) + word.length];
  it('pass is the value of eof_action in an ffmpeg filtergraph', () => {
    expect(isOptionListValue(...span('ffmpeg -filter_complex overlay=eof_action=pass:x=W-w-10:y=10 out.mp4', 'pass'))).toBe(true);
    expect(isOptionListValue(...span('-vf "[0][1]overlay=eof_action=pass:shortest=1"', 'pass'))).toBe(true);
  });
  it.each([`DB_PASS=pass:${value}`, `pass:${value}`, `mode=pass ${value}`, 'x = pass:y=1'])('not in %s', (line) => {
    expect(isOptionListValue(...span(line, 'pass'))).toBe(false);
  });
});
