import { describe, expect, it } from 'vitest';
import { insideBlockComment, insideDocstring } from '../../../src/detect/generic/block-comment.js';
import { runCli } from '../../helpers/run-cli.js';
import { randomFrom } from '../../helpers/fake-secrets.js';
import { tempDir, writeFiles } from '../../helpers/temp-dir.js';

const at = (text: string, needle: string): number => text.indexOf(needle);

describe('insideBlockComment', () => {
  const go = ['package idp', '', '/*', '{', '  "access_token": "VALUE",', '}', '*/', 'const token = "CODE"', ''].join('\n');

  it('reads a place between /* and */ as a comment, and after */ as code', () => {
    expect(insideBlockComment(go, at(go, 'VALUE'), 'go')).toBe(true);
    expect(insideBlockComment(go, at(go, 'CODE'), 'go')).toBe(false);
  });

  it('takes a glob in a string for no comment opener', () => {
    const js = ['const files = "src/**/*.js";', 'const token = "CODE";', ''].join('\n');
    expect(insideBlockComment(js, at(js, 'CODE'), 'js')).toBe(false);
  });

  it('knows only the languages that have /* */ comments', () => {
    const py = ['x = "/*"', 'token = "CODE"', ''].join('\n');
    expect(insideBlockComment(py, at(py, 'CODE'), 'python')).toBe(false);
  });
});

describe('a sample response pasted into a block comment', () => {
  it('is documentation in a published project (low), and keeps its level in a private one', async () => {
    const dir = tempDir();
    const token = `${randomFrom('abcdef0123456789', 38)}9a`;
    writeFiles(dir, { 'idp/lark.go': ['package idp', '', '/*', '{', `  "access_token": "${token}",`, '  "expires_in": 7200', '}', '*/', ''].join('\n') });
    const levels = async (): Promise<string[]> => {
      const result = await runCli(['scan', '.', '--format', 'json', '--no-baseline', '--confidence', 'low'], { cwd: dir });
      expect(result.code, result.stderr).toBeLessThan(2);
      return (JSON.parse(result.stdout) as { findings: Array<{ confidence: string }> }).findings.map((finding) => finding.confidence);
    };
    expect(await levels()).toEqual(['high']);
    writeFiles(dir, { LICENSE: 'Apache License\n' });
    expect(await levels()).toEqual(['low']);
  });
});

describe('insideDocstring', () => {
  it('reads the string opening a function body as its docstring, and a triple-quoted value as data', () => {
    const py = ['def put(self, request):', '    """Store a key.', '', '        {"auth_data": "VALUE"}', '    """', '    body = """', '    {"token": "DATA"}', '    """', ''].join('\n');
    expect(insideDocstring(py, py.indexOf('VALUE'))).toBe(true);
    expect(insideDocstring(py, py.indexOf('DATA'))).toBe(false);
    expect(insideDocstring(py, py.indexOf('body'))).toBe(false);
  });

  it('reads a one-line docstring too, at the value inside it', () => {
    const py = ['def get():', '    """Use token = \'VALUE\' to call it."""', '    token = "CODE"', ''].join('\n');
    expect(insideDocstring(py, py.indexOf('VALUE'))).toBe(true);
    expect(insideDocstring(py, py.indexOf('CODE'))).toBe(false);
  });

  it("reads Ansible's module-level DOCUMENTATION, EXAMPLES and RETURN strings as documentation", () => {
    const module = ['DOCUMENTATION = r"""', 'module: nsupdate', '"""', '', 'EXAMPLES = r"""', '- nsupdate:', '    key_secret: "VALUE"', '"""', '', 'TEMPLATE = """', 'token: DATA', '"""', ''].join('\n');
    expect(insideDocstring(module, module.indexOf('VALUE'))).toBe(true);
    expect(insideDocstring(module, module.indexOf('DATA'))).toBe(false);
  });
});

describe('insideCommentFence', () => {
  const go = { family: 'code', language: 'go' } as const;
  const lines = ['func TestDemo(t *testing.T) {', '\t// ```js', '\t// const key = generate()', '\t// // { token: "VALUE" }', '\t// ```', '', '\t// token := "AFTER"', '}', ''];
  const text = lines.join('\n');
  const lineAt = (needle: string): { start: number; line: string } => {
    const start = text.lastIndexOf('\n', text.indexOf(needle)) + 1;
    return { start, line: text.slice(start, text.indexOf('\n', start)) };
  };

  it('reads a comment line inside a Markdown fence opened in its comment block as a docs example', async () => {
    const { insideCommentFence } = await import('../../../src/detect/generic/comment-line.js');
    const inside = lineAt('VALUE');
    expect(insideCommentFence(text, inside.start, inside.line, go)).toBe(true);
    // after the fence closes, and after a line of code ends the block, it is an ordinary comment
    const after = lineAt('AFTER');
    expect(insideCommentFence(text, after.start, after.line, go)).toBe(false);
  });
});
