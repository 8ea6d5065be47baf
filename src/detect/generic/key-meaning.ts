// Words whose meaning depends on the language they are written in, and on where they stand.
import { keySegments } from './key-segments.js';
import type { Syntax } from './syntax-of-path.js';

// Shells set PWD and OLDPWD to the working directory (POSIX, XCU 2.5.3 "Shell Variables"; bash(1)
// "Shell Variables"); PowerShell's $PWD is the current location (about_Automatic_Variables). Prompt
// themes keep shortened or decorated copies of it (prompt_pwd, short_pwd, current_pwd).
const DIRECTORY_WORDS = new Set(['pwd', 'oldpwd', 'old', 'prompt', 'short', 'shortened', 'current', 'cur', 'display', 'abs',
  'absolute', 'real', 'full', 'git', 'repo', 'last', 'prev', 'previous', 'new', 'my', 'local', 'dir', 'path', 'formatted', 'fmt', 'trimmed']);

const SHELLS = new Set(['shell', 'powershell']);

/**
 * In shell and PowerShell code `pwd` is the working directory: a key made of `pwd` and the words
 * prompt themes put around it. A password named by `pwd` keeps a qualifier saying whose it is
 * (MYSQL_PWD, DB_PWD), and is still read as one.
 */
export const namesWorkingDirectory = (key: string, syntax: Syntax): boolean => {
  if (syntax.family !== 'code' || !SHELLS.has(syntax.language)) return false;
  const segments = keySegments(key.replace(/^\$/, ''));
  return segments.some((segment) => segment === 'pwd' || segment === 'oldpwd') && segments.every((segment) => DIRECTORY_WORDS.has(segment));
};

/**
 * The word is itself a value in a list of options written key=value:key=value, as in ffmpeg's
 * filtergraphs (`overlay=eof_action=pass:x=10`; ffmpeg-filters(1), "Filtergraph syntax": a filter's
 * options are key=value pairs separated by ':'). `pass` there is an action, not a key.
 */
export const isOptionListValue = (line: string, keyStart: number, keyEnd: number): boolean =>
  /[\w\]]=$/.test(line.slice(0, keyStart)) && line[keyEnd] === ':' && /^[\w.-]+=/.test(line.slice(keyEnd + 1));
