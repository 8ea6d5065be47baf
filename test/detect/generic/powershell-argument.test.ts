import { describe, expect, it } from 'vitest';
import { isPowershellArgument } from '../../../src/detect/generic/powershell-argument.js';

describe('isPowershellArgument', () => {
  it.each([
    // a cmdlet's parameter, in either form
    'Connect-VIServer -Server vc01 -User ops -Password ',
    '$null = Connect-VIServer vc01 -Password:',
    // native programs, by name or path, after the call operator, in a block or a pipeline
    'psexec \\\\build01 -u ACME\\svc -p ',
    '& "C:\\Tools\\PsExec.exe" \\\\build01 -p ',
    '.\\bin\\cmdkey.exe /generic:TERMSRV/build01 /user:svc /pass:',
    'foreach ($h in $hosts) { net use Z: \\\\$h\\share ',
    'Get-Content hosts.txt | ForEach-Object { winrs -r:$_ -u:svc -p:',
    // a separator inside a quoted argument does not start a statement
    'Invoke-Sqlcmd -Query "select 1; select 2" -Password ',
    // a parameter that starts a line continues the command of the line before (a backtick ends it)
    '    -Password ',
    '    -SqlCredential $cred -Token:',
  ])('after «%s» a bare word is a command argument', (before) => {
    expect(isPowershellArgument(before)).toBe(true);
  });

  it.each([
    // expression mode: assignments of expressions, operators, keywords
    '$password = ',
    '$line = $template -replace ',
    '$joined = -join ',
    '-join ',
    '  -not ',
    'if ($x -eq ',
    'return ',
    '$parts = @(',
    // the command's own name is not its argument
    '',
    '$x = ',
  ])('after «%s» a bare word is not a command argument', (before) => {
    expect(isPowershellArgument(before)).toBe(false);
  });
});
