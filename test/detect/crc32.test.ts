// The GitHub and npm checksum's CRC-32 must be zlib's, byte for byte, on the strings it is given.
import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/detect/crc32.js';

describe('crc32', () => {
  it('is zlib.crc32 on ASCII strings, empty included', () => {
    expect(crc32('')).toBe(0);
    expect(crc32('123456789')).toBe(0xcbf43926);
    fc.assert(fc.property(fc.stringMatching(/^[\x00-\x7f]{0,120}$/), (text) => {
      expect(crc32(text)).toBe(zlibCrc32(text));
    }), { numRuns: 2000 });
  });
});
