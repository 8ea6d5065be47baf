// Two places in Rust source that its conventions make plain: the unit tests module (The Rust
// Programming Language, ch. 11.3: `#[cfg(test)] mod tests { … }`, compiled only for `cargo test`,
// by convention the last item of the file it tests), and a command-line tool's help text (clap's
// `#[command(after_help = "…")]`, `#[arg(help = "…")]`: what `--help` prints, examples included).
import { linesAbove } from './lines-around.js';

// The attribute that makes the next item test-only, and the module it opens.
const TEST_MODULE = /^[ \t]*#\[cfg\(test\)\][ \t]*\r?\n(?:[ \t]*(?:\/\/.*|#\[[^\]\n]*\])?\r?\n){0,3}[ \t]*(?:pub(?:\([\w ]+\))?[ \t]+)?mod[ \t]+\w+[ \t]*\{/gm;

// Where the last text asked about opens its tests module (-1: none): a file's candidates are assessed
// one after another, and the file is searched once.
let lastText: string | undefined;
let lastOpening = -1;

/** Whether offset `at` of a Rust file comes after the opening of its `#[cfg(test)]` module. */
export const inRustTestModule = (text: string, at: number): boolean => {
  if (text !== lastText) {
    TEST_MODULE.lastIndex = 0;
    lastOpening = TEST_MODULE.exec(text)?.index ?? -1;
    lastText = text;
  }
  return lastOpening !== -1 && lastOpening < at;
};

// A help attribute of clap's derive API whose string opens on its line and runs on.
const HELP_OPENS = /#\[(?:command|arg|clap)\(.*\b(?:after_help|after_long_help|before_help|before_long_help|about|long_about|help|long_help)\s*=\s*"(?:[^"\\]|\\.)*$/;
// A line that ends a string literal (an unescaped quote with only `)]`, `,` or `)` after it).
const STRING_ENDS = /(?:^|[^\\])"\s*(?:\)\]|,|\))/;

/** Whether the line starting at `lineStart` lies inside the string of a clap help attribute (within 60 lines of its opening). */
export const inClapHelpText = (text: string, lineStart: number): boolean => {
  for (const line of linesAbove(text, lineStart - 1, 60)) {
    if (HELP_OPENS.test(line)) return true;
    if (STRING_ENDS.test(line)) return false;
  }
  return false;
};
