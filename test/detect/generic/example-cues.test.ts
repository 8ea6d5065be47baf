import { describe, expect, it } from 'vitest';
import { inFieldHint, inHelpExample, introducedAsExample, isDocCommentLine, snippetMarkedAsExample, underExampleKey } from '../../../src/detect/generic/example-cues.js';

/** The offset of the line holding `marker` in `text`. */
const at = (text: string, marker: string): number => text.lastIndexOf('\n', text.indexOf(marker)) + 1;
const page = (...lines: string[]): string => `${lines.join('\n')}\n`;

describe('introducedAsExample', () => {
  it.each([
    ['a reStructuredText "Output::" label over a JSON result', page('**To create a key**', '', 'Output::', '', '    {', '        "AppKey": "VALUE"', '    }')],
    ['"the following example" in the lead-in paragraph', page('The following `create-key` example creates a key. ::', '', '    aws x create-key \\', '        --secret "VALUE"')],
    ['"For example" before a snippet', page('For example, the file might look like the following:', '', '```json', '{ "password": "VALUE" }', '```')],
    ['a comment saying "a string like this"', page('# to get a string like this run:', '# openssl rand -hex 32', 'SECRET_KEY = "VALUE"')],
    ['JSDoc\'s @example tag', page(' * @example', ' *', ' * Usage with a symmetric secret', ' *', ' * ```js', ' * const jwt =', ' *   \'VALUE\'')],
    ['an "Example response:" label', page('## Create a token', '', 'Example response:', '', '```json', '{"token": "VALUE"}', '```')],
    ['a transcribed HTTP response', page('If everything works, the server returns the access token now:', '', '    HTTP/1.1 200 OK', '    Content-Type: application/x-www-form-urlencoded', '', '    oauth_token_secret=VALUE')],
    ['"a credential like:" before an HTTP response', page('And the server will respond with a temporary credential like:', '', '.. code-block:: http', '', '    oauth_token_secret=VALUE')],
  ])('%s', (_, text) => {
    expect(introducedAsExample(text, at(text, 'VALUE'))).toBe(true);
  });

  it.each([
    ['a runbook that pastes the key to use', page('# Incident runbook', '', 'Rotate the staging key after the incident. The current one is:', '', '```bash', 'export API_KEY="VALUE"', '```')],
    ['a setup note with a bold key', page('## Syncing orders', '', 'The service syncs orders every 5 minutes and writes a summary per invoice.', 'Run it locally with `make sync-orders` once the stack is up.', '', '**API_KEY**: `VALUE`')],
    ['a cue too far above, past three lines of prose', page('For example, run it twice.', '', 'Then check the logs of the worker.', 'The queue drains within a minute or two.', 'Ask the platform team if it does not.', '', '`TOKEN=VALUE`')],
    ['code words that are not prose (--output, sample_rate =)', page('aws s3 ls --output json', 'sample_rate = 44100', 'token = "VALUE"')],
  ])('not %s', (_, text) => {
    expect(introducedAsExample(text, at(text, 'VALUE'))).toBe(false);
  });
});

describe('isDocCommentLine', () => {
  it.each([' * const jwt = "x"', '/// let key = "x";', '//! key = "x"', '>>> token = "x"', '   *   \'eyJ\''])('%s is in a doc comment', (line) => {
    expect(isDocCommentLine(line)).toBe(true);
  });
  it.each(['const key = "x"', '// const key = "x"', '# key = "x"', 'a * b', '**KEY**: `x`'])('%s is not', (line) => {
    expect(isDocCommentLine(line)).toBe(false);
  });
});

describe('underExampleKey', () => {
  const yaml = page('components:', '  examples:', '    Sample User:', '      name: Ann', '      preferences:', '        session_key: VALUE', '  schemas:', '    User:', '      api_key: OTHER');
  it('a value nested under an OpenAPI examples key (or a "Sample …" key) is an example', () => {
    expect(underExampleKey(yaml, at(yaml, 'VALUE'), '        session_key: VALUE')).toBe(true);
    const json = page('{', '  "example": {', '    "token": "VALUE"', '  }', '}');
    expect(underExampleKey(json, at(json, 'VALUE'), '    "token": "VALUE"')).toBe(true);
  });
  it('a sibling subtree, or a value at the top level, is not', () => {
    expect(underExampleKey(yaml, at(yaml, 'OTHER'), '      api_key: OTHER')).toBe(false);
    const flat = page('examples: 3', 'token: VALUE');
    expect(underExampleKey(flat, at(flat, 'VALUE'), 'token: VALUE')).toBe(false);
  });
});

describe('inHelpExample', () => {
  it('a line under .EXAMPLE in PowerShell comment-based help', () => {
    const text = page('<#', '    .SYNOPSIS', '        Builds a connection string.', '    .EXAMPLE', '        PS C:\\> "UID=sa;PWD=VALUE" | New-Builder', '#>');
    expect(inHelpExample(text, at(text, 'VALUE'))).toBe(true);
  });
  it('not under .PARAMETER, nor after the help block ends', () => {
    const param = page('<#', '    .EXAMPLE', '        PS C:\\> New-Builder', '    .PARAMETER Password', '        "VALUE"', '#>');
    expect(inHelpExample(param, at(param, 'VALUE'))).toBe(false);
    const after = page('<#', '    .EXAMPLE', '        PS C:\\> New-Builder', '#>', '$password = "VALUE"');
    expect(inHelpExample(after, at(after, 'VALUE'))).toBe(false);
  });
});

describe('snippetMarkedAsExample', () => {
  const check = (text: string): boolean => snippetMarkedAsExample(text, at(text, 'VALUE'), text.split('\n').find((l) => l.includes('VALUE')) as string);
  it('its own line or its block holds example markers (EXAMPLE ids, example.com)', () => {
    expect(check(page('aws kms create \\', '    --credential "AccessKeyId=AKIDEXAMPLE, Secret=VALUE"'))).toBe(true);
    expect(check(page('```bash', 'export API_URL=https://api.example.com', 'export API_KEY=VALUE', '```'))).toBe(true);
  });
  it('not when the marker is in another block, past a blank line', () => {
    expect(check(page('See the example below.', '', '```bash', 'export API_URL=https://api.acme-corp.io', 'export API_KEY=VALUE', '```'))).toBe(false);
  });
});

describe('inFieldHint', () => {
  const at = (line: string, value: string): boolean => inFieldHint(line, line.indexOf(value));
  it('reads the text of a placeholder or hint as a form field hint, in HTML, JSX, Vue, form schemas and Android layouts', () => {
    expect(at('<input name="token" placeholder="e.g. tok_4f9d" />', 'tok_4f9d')).toBe(true);
    expect(at("  placeholder: 'tok_4f9d',", 'tok_4f9d')).toBe(true);
    expect(at('<TextField placeholder={"tok_4f9d"} />', 'tok_4f9d')).toBe(true);
    expect(at('<el-input :placeholder="`tok_4f9d`" />', 'tok_4f9d')).toBe(true);
    expect(at('<EditText android:hint="tok_4f9d" />', 'tok_4f9d')).toBe(true);
  });
  it('does not read a value beside a placeholder, nor after a closed hint', () => {
    expect(at('<input name="token" value="tok_4f9d" placeholder="Token" />', 'tok_4f9d')).toBe(false);
    expect(at('<input placeholder="Token" value="tok_4f9d" />', 'tok_4f9d')).toBe(false);
    expect(at("const token = 'tok_4f9d'; // placeholder", 'tok_4f9d')).toBe(false);
    expect(at("const placeholderToken = 'tok_4f9d';", 'tok_4f9d')).toBe(false);
  });
});
