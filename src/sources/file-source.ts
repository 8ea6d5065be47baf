// Files and directories as a source: walk, read ahead a few files at a time, decode, yield text.
import { readFile } from 'node:fs/promises';
import { decodeContent } from './decode-content.js';
import type { SourceItem } from './source-item.js';
import { walkFiles, type WalkItem, type WalkOptions } from './walk-files.js';

export interface FileSourceOptions extends WalkOptions {
  readonly maxFileSize: number;
}

const READ_AHEAD = 16;

const formatSize = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

/** A file whose content is not scanned is still checked by the rules that look at names (a .p12, an id_rsa). */
const nameOnly = (path: string): SourceItem => ({ kind: 'fragment', fragment: { path, text: '', startLine: 1 }, bytes: 0, file: false });

const readItem = async (item: WalkItem, maxFileSize: number): Promise<SourceItem[]> => {
  if (item.kind === 'skipped') return [item];
  if (item.size > maxFileSize) {
    return [{ kind: 'skipped', path: item.path, reason: `larger than --max-file-size (${formatSize(item.size)})` }, nameOnly(item.path)];
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(item.abs);
  } catch (error) {
    return [{ kind: 'skipped', path: item.path, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` }];
  }
  const decoded = decodeContent(bytes);
  if (decoded.kind === 'binary') return [{ kind: 'skipped', path: item.path, reason: 'binary' }, nameOnly(item.path)];
  return [{ kind: 'fragment', fragment: { path: item.path, text: decoded.text, startLine: 1 }, bytes: bytes.length, file: true }];
};

export async function* fileSource(targets: readonly string[], options: FileSourceOptions): AsyncGenerator<SourceItem> {
  const pending: Array<Promise<SourceItem[]>> = [];
  for (const item of walkFiles(targets, options)) {
    pending.push(readItem(item, options.maxFileSize));
    if (pending.length >= READ_AHEAD) yield* await (pending.shift() as Promise<SourceItem[]>);
  }
  while (pending.length > 0) yield* await (pending.shift() as Promise<SourceItem[]>);
}

export async function* stdinSource(stdin: AsyncIterable<Buffer | string>): AsyncGenerator<SourceItem> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const bytes = Buffer.concat(chunks);
  const decoded = decodeContent(bytes);
  if (decoded.kind === 'binary') {
    yield { kind: 'skipped', path: '-', reason: 'binary' };
    return;
  }
  yield { kind: 'fragment', fragment: { path: '-', text: decoded.text, startLine: 1 }, bytes: bytes.length, file: true };
}
