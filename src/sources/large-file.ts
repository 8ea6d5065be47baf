// A file too large to hold whole for long (up to --max-file-size, 256 MB by default) is read in
// pieces, straight from the file: the cuts that scan/split-fragment.ts would make in its bytes,
// each piece read when the scan asks for it. Memory then stays at the pieces in flight (a 200 MB
// file: see the commit and npm run bench), where reading it whole held all of it at once.
import { planCuts, piecesOf, SPLIT, type SplitOptions } from '../scan/split-fragment.js';
import { isUtf8Text } from './decode-content.js';
import { openFileBytes, type FileBytes } from './file-bytes.js';
import type { SourceItem } from './source-item.js';
import type { FsPath } from './walk-files.js';

/** Files larger than this are read in pieces: what splitRaw would cut (two pieces and a half). */
export const LARGE_FILE = SPLIT.piece * 2.5;

/** What git reads to call a file text (the first 8,000 bytes, decode-content.ts). */
const SNIFF = 8000;

function* pieceItems(bytes: FileBytes, path: string, cuts: NonNullable<ReturnType<typeof planCuts>>): Generator<SourceItem> {
  try {
    let i = 0;
    for (const piece of piecesOf({ path, startLine: 1 }, bytes, cuts)) {
      const cut = cuts[i] as (typeof cuts)[number];
      // The file counts once, its bytes once: each piece adds the lines it owns.
      yield { kind: 'fragment', fragment: piece, bytes: cut.end - cut.start, file: i === 0 };
      i++;
    }
  } finally {
    bytes.close();
  }
}

/**
 * The pieces of a large UTF-8 text file as source items, read lazily; undefined when it is not
 * one to cut (UTF-16, binary, lines over 1 MiB, over the limit by now): read it whole instead.
 */
export const largeFileItems = (abs: FsPath, path: string, maxFileSize: number, options: SplitOptions = SPLIT): Iterable<SourceItem> | undefined => {
  const bytes = openFileBytes(abs);
  let handedOver = false;
  try {
    if (bytes.length <= options.piece * 2.5 || bytes.length > maxFileSize || !isUtf8Text(bytes.slice(0, SNIFF))) return undefined;
    const cuts = planCuts(bytes, options);
    if (!cuts) return undefined;
    handedOver = true;
    return pieceItems(bytes, path, cuts);
  } finally {
    if (!handedOver) bytes.close();
  }
};
