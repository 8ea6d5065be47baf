import { describe, expect, it } from 'vitest';
import { inClapHelpText, inRustTestModule } from '../../../src/detect/generic/rust-cues.js';
import { fakeGithubToken } from '../../helpers/fake-secrets.js';
import { runCli } from '../../helpers/run-cli.js';
import { tempDir, writeFiles } from '../../helpers/temp-dir.js';

const lineStartOf = (text: string, needle: string): number => text.lastIndexOf('\n', text.indexOf(needle)) + 1;

describe('Rust: the unit tests module and clap help text', () => {
  const source = [
    'pub fn sign(key: &str) -> String { key.to_owned() }',
    'const REAL: &str = "A";',
    '',
    '#[cfg(test)]',
    '#[allow(clippy::unwrap_used)]',
    'mod tests {',
    '    use super::*;',
    '    const KEY: &str = "B";',
    '}',
  ].join('\n');

  it('a place after `#[cfg(test)] mod …{` is in the tests module; one before it is not', () => {
    expect(inRustTestModule(source, source.indexOf('"B"'))).toBe(true);
    expect(inRustTestModule(source, source.indexOf('"A"'))).toBe(false);
    // `#[cfg(test)]` on a function, not a module: no tests module
    expect(inRustTestModule('#[cfg(test)]\nfn helper() {}\nconst K: &str = "C";', 30)).toBe(false);
  });

  it('the lines of a multi-line help attribute string are help text; those after it are not', () => {
    const cli = [
      '#[derive(Subcommand)]',
      'pub enum Command {',
      '    #[command(after_help = "Example body:',
      '{',
      '  \\"key\\": \\"K1\\"',
      '}\\n")]',
      '    Rotate { id: String },',
      '    Create { key: String },',
      '}',
    ].join('\n');
    expect(inClapHelpText(cli, lineStartOf(cli, 'K1'))).toBe(true);
    expect(inClapHelpText(cli, lineStartOf(cli, 'Create'))).toBe(false);
  });

  it('end to end: a token in the tests module is a test fixture (medium), in help text an example (low), in code high', async () => {
    const dir = tempDir();
    const [inCode, inTests, inHelp] = [fakeGithubToken(), fakeGithubToken(), fakeGithubToken()];
    writeFiles(dir, {
      'src/client.rs': `pub const TOKEN: &str = "${inCode}";\n\n#[cfg(test)]\nmod tests {\n    const TOKEN: &str = "${inTests}";\n}\n`,
      'src/cli.rs': `pub enum Command {\n    #[command(after_help = "Example body:\n{\n  \\"token\\": \\"${inHelp}\\"\n}\\n")]\n    Login,\n}\n`,
    });
    const result = await runCli(['scan', '.', '-f', 'json', '--no-baseline', '--confidence', 'low'], { cwd: dir });
    const findings = (JSON.parse(result.stdout) as { findings: Array<{ file: string; line: number; confidence: string }> }).findings;
    expect(findings.map((f) => `${f.file}:${f.line} ${f.confidence}`).sort()).toEqual(['src/cli.rs:4 low', 'src/client.rs:1 high', 'src/client.rs:5 medium']);
  });
});
