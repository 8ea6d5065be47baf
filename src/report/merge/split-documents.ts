// Finds where each top-level JSON value starts and ends in a stream of bytes: one report per
// file, JSON lines (one per line), or reports simply concatenated (cat *.json). Only strings,
// escapes and brackets are tracked; JSON.parse checks each document afterwards.

export interface DocumentSpan {
  /** Byte offsets in the file, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** 1-based line of the document's first byte. */
  readonly line: number;
}

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const isSpace = (byte: number): boolean => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

export interface Splitter {
  /** Feeds the next chunk; returns the documents that ended in it. */
  readonly push: (chunk: Buffer) => DocumentSpan[];
  /** After the last chunk: undefined, or the line where an unterminated document starts. */
  readonly unfinished: () => number | undefined;
}

/** `onStray(line)` is called for a byte outside any document that is not white space. */
export const createSplitter = (onStray: (line: number) => never): Splitter => {
  let offset = 0;
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = 0;
  let startLine = 0;
  const push = (chunk: Buffer): DocumentSpan[] => {
    const done: DocumentSpan[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      if (byte === NEWLINE) line++;
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) inString = false;
      } else if (byte === QUOTE) {
        if (depth === 0) onStray(line);
        inString = true;
      } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
        if (depth++ === 0) {
          start = offset + i;
          startLine = line;
        }
      } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        if (depth === 0) onStray(line);
        if (--depth === 0) done.push({ start, end: offset + i + 1, line: startLine });
      } else if (depth === 0 && !isSpace(byte)) onStray(line);
    }
    offset += chunk.length;
    return done;
  };
  return { push, unfinished: () => (depth > 0 || inString ? startLine : undefined) };
};
