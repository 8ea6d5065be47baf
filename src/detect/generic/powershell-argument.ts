// PowerShell parses a statement in argument mode when it starts with a command's name (a cmdlet, a
// function, a native program such as psexec.exe or cmdkey), and there a bare word is an expandable
// string: `Connect-VIServer -Password Tq4v…`, `psexec \\host -p Tq4v…`, `cmdkey /pass:Tq4v…` all pass
// the word as a value. A statement that starts with a variable, a number, a quote or an operator is
// in expression mode, where a bare word is a command (`$pw = Get-Secret`, `$a -join Suffix`).
// https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.core/about/about_parsing

// Statement keywords, which are followed by expressions or blocks, not by a command's arguments.
const KEYWORDS: ReadonlySet<string> = new Set(('if elseif else switch foreach for while do until return throw exit break ' +
  'continue param function filter workflow configuration trap try catch finally begin process end clean class enum ' +
  'using data dynamicparam in hidden static').split(' '));

// `$x = `, `[string]$x += `: an assignment, whose right-hand side is a statement of its own.
const ASSIGNMENT = /^\s*(?:\[[^\]]*\]\s*)*\$[\w:{}.]+\s*(?:[-+*/%]|\?\?)?=\s*/;
// A command's name, after the call operators (& and .): a word or a path, or a quoted path.
const COMMAND = /^\s*(?:[&.]\s+)?("[^"]*"|'[^']*'|[A-Za-z_.\\/~][\w.\\/:~-]*)\s/;
// A line that starts with a parameter continues a command from the line before (ended by a backtick):
// no statement starts with one, except the unary operators -not, -bnot, -join and -split.
const CONTINUED = /^\s*-(?!(?:not|bnot|join|split)\b)[A-Za-z][\w-]*(?::|\s)/i;

/** Where the statement holding the end of `before` starts: after the last ; | { ( outside quotes. */
const statementStart = (before: string): number => {
  let start = 0;
  let quote: string | undefined;
  for (let i = 0; i < before.length; i++) {
    const c = before[i] as string;
    if (c === '`') i++;
    else if (quote !== undefined) quote = c === quote ? undefined : quote;
    else if (c === '"' || c === '\'') quote = c;
    else if (';|{('.includes(c)) start = i + 1;
  }
  return start;
};

/** Is a bare word that follows `before` (the start of its line) an argument of a command? */
export const isPowershellArgument = (before: string): boolean => {
  const statement = before.slice(statementStart(before)).replace(ASSIGNMENT, '');
  if (statement === before && CONTINUED.test(statement)) return true;
  const command = COMMAND.exec(statement)?.[1];
  return command !== undefined && !KEYWORDS.has(command.toLowerCase());
};
