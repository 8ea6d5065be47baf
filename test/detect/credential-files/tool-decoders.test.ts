import { describe, expect, it } from 'vitest';
import { base64Text, isJenkinsSecret, jetbrainsPassword, npmAuthPassword, rclonePassword, winscpPassword } from '../../../src/detect/credential-files/tool-decoders.js';
import { base64, fakePassword, fakeToken, jenkinsEncrypted, jetbrainsEncode, rcloneObscure, winscpEncode } from './fake-credentials.js';

describe('tool decoders', () => {
  it('reverses WinSCP’s obfuscation with the session’s user and host, and refuses another key', () => {
    for (let i = 0; i < 50; i++) {
      const password = fakePassword();
      const encoded = winscpEncode('deploy', 'files.acme.test', password);
      expect(winscpPassword(encoded, 'deploy', 'files.acme.test')).toBe(password);
      expect(winscpPassword(encoded, 'other', 'files.acme.test')).toBeUndefined();
    }
    expect(winscpPassword('not hex', 'u', 'h')).toBeUndefined();
  });

  it('reverses JetBrains’ XOR encoding, and refuses what is not four hex digits a character', () => {
    const password = fakePassword();
    expect(jetbrainsPassword(jetbrainsEncode(password))).toBe(password);
    expect(jetbrainsPassword('dfe2dfc')).toBeUndefined();
    expect(jetbrainsPassword('0000')).toBeUndefined();
  });

  it('decodes base64 of text only, and npm’s _auth to its password', () => {
    const password = fakePassword();
    expect(base64Text(base64(password))).toBe(password);
    expect(base64Text(Buffer.from([0, 1, 2, 3, 250, 251]).toString('base64'))).toBeUndefined();
    expect(npmAuthPassword(base64(`ci:${password}`))).toBe(password);
    expect(npmAuthPassword(base64('no-colon-here'))).toBeUndefined();
  });

  it('tells a value Jenkins encrypted from a plain one', () => {
    expect(isJenkinsSecret(jenkinsEncrypted())).toBe(true);
    expect(isJenkinsSecret(fakePassword())).toBe(false);
    expect(isJenkinsSecret('{not base64}')).toBe(false);
  });

  it('reveals what `rclone obscure` wrote, and refuses a plain value', () => {
    const password = fakePassword();
    expect(rclonePassword(rcloneObscure(password))).toBe(password);
    expect(rclonePassword(fakeToken(12))).toBeUndefined();
  });
});
