// The built-in rules' keyword automaton, built once at build time into lib/keyword-index.bin
// (scripts/build-rules-cache.mjs): a JSON header, then the transition table's bytes. A scan whose
// rules have exactly the built-in keywords, in order, loads it; any other builds its own.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AUTOMATON_FORMAT, buildKeywordIndex, keywordIndexFrom, keywordsKey, type KeywordAutomaton, type KeywordIndex } from '../detect/keyword-index.js';
import type { Rule } from '../detect/types.js';
import { packageFile } from '../package-file.js';

export const keywordIndexCachePath = (): string => packageFile('lib/keyword-index.bin');

type Header = Omit<KeywordAutomaton, 'table'> & { readonly tableSha256: string };

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export const serializeKeywordAutomaton = (automaton: KeywordAutomaton): Buffer => {
  const { table, ...rest } = automaton;
  const header: Header = { ...rest, tableSha256: sha256(new Uint8Array(table.buffer, table.byteOffset, table.byteLength)) };
  const json = Buffer.from(JSON.stringify(header));
  // The table starts on a 4-byte boundary: [length of the header][header][padding][table].
  const start = 4 + json.length + ((4 - ((4 + json.length) % 4)) % 4);
  const out = Buffer.alloc(start + table.byteLength);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  Buffer.from(table.buffer, table.byteOffset, table.byteLength).copy(out, start);
  return out;
};

/** The saved automaton if it was built for these keywords; undefined when missing, stale or unreadable. */
export const readKeywordAutomaton = (path: string, key: string): KeywordAutomaton | undefined => {
  try {
    const bytes = readFileSync(path);
    const length = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as Header;
    // Saved by a build whose table meant something else (an old lib/ beside a new one): rebuilt.
    if (header.key !== key || header.format !== AUTOMATON_FORMAT) return undefined;
    const start = 4 + length + ((4 - ((4 + length) % 4)) % 4);
    const tableBytes = bytes.subarray(start);
    if (tableBytes.length % 4 !== 0 || header.width < 1 || (tableBytes.length / 4) % header.width !== 0) return undefined;
    // A damaged file must not pass for the automaton: it would miss keywords silently.
    if (sha256(tableBytes) !== header.tableSha256) return undefined;
    // A copy with its own aligned buffer (a Buffer may sit at any offset of a shared slab).
    const table = new Int32Array(tableBytes.length / 4);
    new Uint8Array(table.buffer).set(tableBytes);
    const { tableSha256: _checked, ...automaton } = header;
    return { ...automaton, table };
  } catch {
    return undefined;
  }
};

/** The keyword index for these rules: loaded when they are the built-in ones, else built. */
export const keywordIndexFor = (rules: readonly Rule[], path = keywordIndexCachePath()): KeywordIndex => {
  const saved = readKeywordAutomaton(path, keywordsKey(rules));
  return saved ? keywordIndexFrom(saved) : buildKeywordIndex(rules);
};
