import { describe, expect, it } from 'vitest';
import { decodeContent, sniffEncoding } from '../../src/sources/decode-content.js';

const utf32 = (text: string, little: boolean): Buffer => {
  const out = Buffer.alloc([...text].length * 4);
  [...text].forEach((ch, i) => (little ? out.writeUInt32LE(ch.codePointAt(0) as number, i * 4) : out.writeUInt32BE(ch.codePointAt(0) as number, i * 4)));
  return out;
};
const be16 = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

describe('sniffEncoding: decided by the text', () => {
  const cases: ReadonlyArray<readonly [string, Buffer, string]> = [
    ['plain ASCII', Buffer.from('key = value\n'), 'utf-8'],
    ['a UTF-8 BOM', Buffer.from('\ufeffkey = value\n'), 'utf-8'],
    ['FF FE then ASCII', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('key = value\n')]), 'utf-8'],
    ['FE FF then ASCII', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('key = value\n')]), 'utf-8'],
    ['UTF-16LE with its BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('key = value\n', 'utf16le')]), 'utf-16le'],
    ['UTF-16BE with its BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), be16('key = value\n')]), 'utf-16be'],
    ['UTF-16LE CJK with its BOM (no zero bytes)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('密码设置完成了吗', 'utf16le')]), 'utf-16le'],
    ['UTF-16LE without a BOM', Buffer.from('key = value\n', 'utf16le'), 'utf-16le'],
    ['UTF-32LE with its BOM', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32('key = value\n', true)]), 'utf-32le'],
    ['UTF-32BE with its BOM', Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32('key = value\n', false)]), 'utf-32be'],
    ['UTF-32LE without a BOM', utf32('key = value\n', true), 'utf-32le'],
    ['text with a stray NUL', Buffer.from('# config\u0000\nkey = value\nother = thing\n'), 'utf-8'],
    ['invalid UTF-8, no NUL', Buffer.from([0xc3, 0x28, 0xff, 0x20, 0x41]), 'utf-8'],
    ['binary (a PNG header and noise)', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0, 4, 5]), 'binary'],
  ];
  for (const [name, bytes, encoding] of cases) {
    it(name, () => expect(sniffEncoding(bytes).encoding).toBe(encoding));
  }

  it('decodes UTF-32 (astral characters included) and keeps the ASCII after a stray BOM', () => {
    const text = 'pw = 🔑x\n';
    expect(decodeContent(utf32(text, true))).toEqual({ kind: 'text', text, encoding: 'utf-32le' });
    const stray = decodeContent(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('token = abc\n')]));
    expect(stray.kind === 'text' && stray.text.endsWith('token = abc\n')).toBe(true);
  });
});
