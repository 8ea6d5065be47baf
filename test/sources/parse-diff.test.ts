import { describe, expect, it } from 'vitest';
import { createDiffParser, unquotePath, type DiffEvent } from '../../src/sources/parse-diff.js';

const parse = (text: string): DiffEvent[] => {
  const events: DiffEvent[] = [];
  const parser = createDiffParser((event) => events.push(event));
  for (const line of text.split('\n')) parser.push(line);
  parser.end();
  return events;
};

describe('parseDiff', () => {
  it('keeps added lines with their new line numbers, across hunks and "no newline" markers', () => {
    const events = parse(
      [
        'diff --git a/src/app.js b/src/app.js',
        'index 1111111111111111111111111111111111111111..2222222222222222222222222222222222222222 100644',
        '--- a/src/app.js',
        '+++ b/src/app.js',
        '@@ -3 +3,2 @@ function x() {',
        '-old',
        '+new one\r',
        '+new two',
        '@@ -10,0 +11 @@',
        '+eleven',
        '\\ No newline at end of file',
        '+after marker',
      ].join('\n'),
    );
    expect(events).toEqual([
      {
        kind: 'file',
        file: {
          path: 'src/app.js',
          added: ['new one', 'new two', 'eleven', 'after marker'],
          lineNumbers: [3, 4, 11, 12],
          binary: false,
          blob: '2222222222222222222222222222222222222222',
          skip: undefined,
          created: false,
          renamedFrom: undefined,
        },
      },
    ]);
  });

  it('unquotes C-style paths with spaces, quotes, tabs, newlines and UTF-8 octal escapes', () => {
    expect(unquotePath('"b/sp ace \\"q\\" \\t\\n\\303\\251.txt"')).toBe('b/sp ace "q" \t\n\u00e9.txt');
    const [event] = parse(['diff --git "a/new\\nline.txt" "b/new\\nline.txt"', 'new file mode 100644', '--- /dev/null', '+++ "b/new\\nline.txt"', '@@ -0,0 +1 @@', '+x'].join('\n'));
    expect(event).toMatchObject({ kind: 'file', file: { path: 'new\nline.txt', added: ['x'] } });
  });

  it('skips deletions, submodules and symlinks, and marks binary files', () => {
    const events = parse(
      [
        'diff --git a/gone.txt b/gone.txt',
        'deleted file mode 100644',
        '--- a/gone.txt',
        '+++ /dev/null',
        '@@ -1 +0,0 @@',
        '-bye',
        'diff --git a/lib b/lib',
        'new file mode 160000',
        'index 0000000..abcdef1',
        '--- /dev/null',
        '+++ b/lib',
        '@@ -0,0 +1 @@',
        '+Subproject commit abcdef1234567890abcdef1234567890abcdef12',
        'diff --git a/img.png b/img.png',
        'new file mode 100644',
        'index 0000000000000000000000000000000000000000..3333333333333333333333333333333333333333',
        'Binary files /dev/null and b/img.png differ',
      ].join('\n'),
    );
    expect(events.map((e) => (e.kind === 'file' ? [e.file.path, e.file.skip, e.file.binary] : e.kind))).toEqual([
      ['lib', 'submodule', false],
      ['img.png', undefined, true],
    ]);
  });

  it('reads commit headers and, in combined merge diffs, only lines new to every parent', () => {
    const events = parse(
      [
        '\u0000\u0000abc\u0000Ada\u0000ada@x\u00002024-01-01T00:00:00Z\u00001704067200\u0000p1 p2\u0000Merge branch x',
        '',
        'diff --cc conf.ini',
        'index 1111111,2222222..3333333',
        '--- a/conf.ini',
        '+++ b/conf.ini',
        '@@@ -1,1 -1,1 +1,3 @@@',
        '+ from parent two',
        ' +from parent one',
        '++resolved in merge',
      ].join('\n'),
    );
    expect(events[0]).toMatchObject({ kind: 'commit', commit: { sha: 'abc', author: 'Ada', committedAt: 1704067200, parents: ['p1', 'p2'], message: 'Merge branch x' } });
    expect(events[1]).toMatchObject({ kind: 'file', file: { path: 'conf.ini', added: ['resolved in merge'], lineNumbers: [3] } });
  });
});
