// Reads report documents from files without holding more than one at a time: a first pass finds
// each document's byte span, and a document is read back by its span when it is needed. Stdin is
// copied to a temporary file first, since it cannot be read twice.
import { closeSync, createWriteStream, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { LeakgateError } from '../../errors.js';
import { createSplitter, type DocumentSpan } from './split-documents.js';

export interface DocumentRef extends DocumentSpan {
  readonly path: string;
  /** How errors name it: the file as given ("-" for stdin) and the line. */
  readonly where: string;
  /** A report file's own name, for reports that name no repository (one document per file only). */
  readonly fallbackName: string | undefined;
}

/** Copies stdin to a temporary folder; returns the file and a function that removes it. */
export const spoolStdin = async (stdin: AsyncIterable<Buffer | string>): Promise<{ path: string; remove: () => void }> => {
  const dir = mkdtempSync(join(tmpdir(), 'leakgate-merge-'));
  const path = join(dir, 'stdin.jsonl');
  const out = createWriteStream(path);
  for await (const chunk of stdin) if (!out.write(chunk)) await new Promise<void>((done) => out.once('drain', () => done()));
  out.end();
  await finished(out);
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
};

/**
 * One buffer for every read, grown to the largest document: a buffer per file or per document
 * (10,000 of them in an org merge) is memory outside the JS heap that the GC frees late, and
 * that alone grew peak RSS by half at 10,000 reports (npm run bench -- --only merge).
 */
let scratch = Buffer.allocUnsafe(1 << 20);
const scratchOf = (size: number): Buffer => {
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
  return scratch;
};

/** Every document's span in one file. */
export const documentSpans = async (path: string, shown: string): Promise<DocumentRef[]> => {
  const splitter = createSplitter((line) => {
    throw new LeakgateError('usage', `${shown}:${line}: text outside a JSON report (not a leakgate JSON report or JSON lines?)`);
  });
  const spans: DocumentSpan[] = [];
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = scratchOf(1 << 20);
      for (let n = readSync(fd, buffer, 0, buffer.length, null); n > 0; n = readSync(fd, buffer, 0, buffer.length, null)) {
        spans.push(...splitter.push(buffer.subarray(0, n)));
      }
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof LeakgateError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new LeakgateError('io', `cannot read ${shown}: ${code}`, { cause: error });
  }
  const cut = splitter.unfinished();
  if (cut !== undefined) throw new LeakgateError('usage', `${shown}:${cut}: the report is cut short (unterminated JSON)`);
  if (spans.length === 0) throw new LeakgateError('usage', `${shown}:1: no report in this file (it is empty)`);
  const single = spans.length === 1 && shown !== '-';
  const fallbackName = single ? basename(path).replace(/\.(json|jsonl|ndjson)$/i, '') : undefined;
  return spans.map((span) => ({ ...span, path, where: `${shown}:${span.line}`, fallbackName }));
};

const lineOfPosition = (text: string, position: number): number => {
  let line = 0;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};

/** One document, parsed; a syntax error names its file and line. */
export const readDocument = (ref: DocumentRef): unknown => {
  const length = ref.end - ref.start;
  const buffer = scratchOf(length);
  const fd = openSync(ref.path, 'r');
  try {
    let read = 0;
    while (read < length) {
      const n = readSync(fd, buffer, read, length - read, ref.start + read);
      if (n === 0) throw new LeakgateError('io', `${ref.where}: the file changed while it was merged`);
      read += n;
    }
  } finally {
    closeSync(fd);
  }
  const text = buffer.toString('utf8', 0, length);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = ref.line + (position === undefined ? 0 : lineOfPosition(text, Number(position)));
    const shown = ref.where.replace(/:\d+$/, '');
    // Not V8's message: it quotes the text around the error, which may be a secret.
    throw new LeakgateError('usage', `${shown}:${line}: invalid JSON`, { cause: error });
  }
};
