// Commit and tag messages as a source of their own (a key pasted into `git commit -m` is in the
// history as surely as one in a file), and the blobs that tags point at (reachable from no commit,
// so neither history route reads them). Findings name the file "<commit message>" or
// "<tag message>", and "<tag NAME>" for a tagged blob.
// https://git-scm.com/docs/git-log#_pretty_formats · https://git-scm.com/docs/git-for-each-ref#_field_names
import type { CommitInfo } from '../detect/types.js';
import { openBlobReader } from './blob-reader.js';
import { gitStream, gitText } from './git.js';
import type { SourceItem } from './source-item.js';

export const COMMIT_MESSAGE = '<commit message>';
export const TAG_MESSAGE = '<tag message>';

/** sha, author, email, author date, committer time, subject, raw body: each field ends with a NUL. */
const LOG_FORMAT = '%H%x00%an%x00%ae%x00%aI%x00%ct%x00%s%x00%B%x00';
const LOG_FIELDS = 7;

/** Splits NUL-terminated fields from chunks; a field's parts are joined once, at its NUL. */
const fieldsOf = async function* (chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let parts: Buffer[] = [];
  for await (const chunk of chunks) {
    let from = 0;
    for (let nul = chunk.indexOf(0); nul !== -1; nul = chunk.indexOf(0, from)) {
      parts.push(chunk.subarray(from, nul));
      yield Buffer.concat(parts).toString('utf8');
      parts = [];
      from = nul + 1;
    }
    if (from < chunk.length) parts.push(chunk.subarray(from));
  }
};

export interface MessageOptions {
  /** Revisions as history reads them: ['--all'] or a checked range. */
  readonly revisions: readonly string[];
  readonly since: string | undefined;
  /** Annotated tags' messages and tagged blobs too (a full audit, not a range). */
  readonly tags: boolean;
}

async function* commitMessages(root: string, options: MessageOptions): AsyncGenerator<SourceItem> {
  const args = ['log', `--format=${LOG_FORMAT}`, ...(options.since ? [`--since=${options.since}`] : []), ...options.revisions, '--'];
  const stream = gitStream(args, root);
  try {
    let fields: string[] = [];
    for await (const field of fieldsOf(stream.stdout as AsyncIterable<Buffer>)) {
      // git ends each commit's format with a newline: it opens the next commit's first field.
      fields.push(fields.length === 0 ? field.replace(/^\n/, '') : field);
      if (fields.length < LOG_FIELDS) continue;
      const [sha = '', author = '', email = '', date = '', time = '0', subject = '', body = ''] = fields;
      fields = [];
      if (body.trim() === '') continue;
      const commit: CommitInfo = { sha, author, email, date, committedAt: Number(time) || 0, message: subject };
      yield { kind: 'fragment', fragment: { path: COMMIT_MESSAGE, text: body, startLine: 1, commit }, bytes: body.length, file: false };
    }
    await stream.done;
  } finally {
    stream.kill();
  }
}

const TAG_FORMAT = ['objectname', 'objecttype', 'refname:short', '*objectname', '*objecttype', 'taggername', 'taggeremail:trim', 'taggerdate:iso-strict', 'taggerdate:unix', 'contents']
  .map((field) => `%(${field})%00`)
  .join('');

async function* tags(root: string): AsyncGenerator<SourceItem> {
  const fields = (await gitText(['for-each-ref', `--format=${TAG_FORMAT}`, 'refs/tags/'], root)).split('\u0000');
  const blobs: Array<{ readonly oid: string; readonly name: string }> = [];
  for (let i = 0; i + 10 <= fields.length; i += 10) {
    const [oid = '', type = '', name = '', peeled = '', peeledType = '', tagger = '', email = '', date = '', time = '0', contents = ''] = fields
      .slice(i, i + 10)
      .map((field, at) => (at === 0 ? field.replace(/^\n/, '') : field));
    if (type === 'blob') blobs.push({ oid, name });
    if (type !== 'tag') continue;
    if (peeledType === 'blob') blobs.push({ oid: peeled, name });
    if (contents.trim() === '') continue;
    const commit: CommitInfo = { sha: oid, author: tagger, email, date, committedAt: Number(time) || 0, message: `tag ${name}` };
    yield { kind: 'fragment', fragment: { path: TAG_MESSAGE, text: contents, startLine: 1, commit }, bytes: contents.length, file: false };
  }
  if (blobs.length === 0) return;
  const reader = openBlobReader(root);
  try {
    for (const { oid, name } of blobs) {
      const content = await reader.read(oid);
      if (content !== undefined) yield { kind: 'fragment', fragment: { path: `<tag ${name}>`, raw: content, startLine: 1 }, bytes: content.length, file: true };
    }
  } finally {
    await reader.close();
  }
}

/** Every commit message the history scan covers, then (a full audit) tag messages and tagged blobs. */
export async function* messageSource(root: string, options: MessageOptions): AsyncGenerator<SourceItem> {
  yield* commitMessages(root, options);
  if (options.tags) yield* tags(root);
}
