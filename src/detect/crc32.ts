// CRC-32 (ISO-HDLC: polynomial 0xEDB88320 reflected, initial and final XOR 0xFFFFFFFF), what zlib's
// crc32 computes, over a string of ASCII characters. Here rather than `node:zlib`: loading zlib cost
// every start of the CLI ~3 ms for a check that runs only on GitHub and npm token candidates.
// The table-driven form: https://www.w3.org/TR/png/#D-CRCAppendix
const TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLE[n] = c;
}

/** The CRC-32 of an ASCII string (each character one byte, as its UTF-8 is), unsigned. */
export const crc32 = (ascii: string): number => {
  let crc = -1;
  for (let i = 0; i < ascii.length; i++) crc = (TABLE[(crc ^ ascii.charCodeAt(i)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
};
