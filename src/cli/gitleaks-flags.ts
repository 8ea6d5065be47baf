// gitleaks' flags, as teams have them in scripts and CI, rewritten into leakgate's before any
// parser sees them (https://github.com/gitleaks/gitleaks#usage). `--redact[=N]` is redact-flag.ts's.
import { LeakgateError } from '../errors.js';

export interface GitleaksFlags {
  readonly argv: string[];
  /** --exit-code N: the code for "new findings" (gitleaks' default is 1, as ours). */
  readonly exitCode: number | undefined;
}

const SCANNING = new Set(['scan', 'staged', 'history', 'baseline']);
const MIB = 1024 * 1024;

const wholeNumber = (flag: string, value: string | undefined, max: number): number => {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) > max) throw new LeakgateError('usage', `${flag} needs a whole number from 0 to ${max} (got ${value ?? 'nothing'})`);
  return Number(value);
};

// gitleaks: "files larger than this will be skipped"; 0, its default, means no limit.
const megabytes = (value: string | undefined): number => {
  const n = wholeNumber('--max-target-megabytes', value, 1024 * 1024);
  return n === 0 ? Number.MAX_SAFE_INTEGER : n * MIB;
};

const exitCodeOf = (value: string | undefined): number => {
  const code = wholeNumber('--exit-code', value, 255);
  if (code === 2) throw new LeakgateError('usage', '--exit-code 2: 2 is leakgate\'s code for an error (bad input, config, git); choose another code for findings');
  return code;
};

/**
 * --log-opts "…" (history): gitleaks hands the string to `git log`. leakgate reads its history
 * itself, so the options it can honour are mapped and the rest refused rather than ignored:
 * a revision or range (A..B, A...B, a ref), --all, --since/--after=DATE.
 */
export const logOptsToArgs = (text: string): string[] => {
  const words = text.trim().split(/\s+/).filter((word) => word !== '');
  const out: string[] = [];
  const ranges: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const since = /^--(since|after)(?:=(.*))?$/.exec(word);
    if (since) {
      const date = since[2] ?? words[++i];
      if (date === undefined || date === '') throw new LeakgateError('usage', `--log-opts: ${word} needs a date`);
      out.push('--since', date);
    } else if (word === '--all') continue;
    else if (word.startsWith('-')) throw new LeakgateError('usage', `--log-opts: "${word}" is not supported: give a range (A..B), --all or --since=DATE`);
    else ranges.push(word);
  }
  if (ranges.length > 1) throw new LeakgateError('usage', `--log-opts: one range only (got ${ranges.join(' ')}): use A..B`);
  return [...ranges, ...out];
};

export const readGitleaksFlags = (given: readonly string[]): GitleaksFlags => {
  const command = given[0] ?? '';
  if (!SCANNING.has(command)) return { argv: [...given], exitCode: undefined };
  const argv: string[] = [];
  let exitCode: number | undefined;
  for (let i = 0; i < given.length; i++) {
    const arg = given[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? given[++i];
    if (arg === '--') {
      argv.push(...given.slice(i));
      break;
    }
    if (flag === '--exit-code') exitCode = exitCodeOf(value());
    else if (arg === '--no-banner' || arg === '--banner=false') continue; // leakgate prints no banner
    else if (arg === '-v') argv.push('--verbose');
    else if (arg === '-b') argv.push(`--baseline-path=${value() ?? ''}`); // gitleaks' short forms
    else if (arg === '-r') argv.push(`--output=${value() ?? ''}`);
    else if (flag === '--max-target-megabytes') argv.push(`--max-file-size=${megabytes(value())}`);
    else if (flag === '--report-path') argv.push(`--output=${value() ?? ''}`);
    else if (flag === '--report-format') argv.push(`--format=${value() ?? ''}`);
    else if (flag === '--log-opts') {
      if (command !== 'history') throw new LeakgateError('usage', '--log-opts applies to `leakgate history` (git history)');
      argv.push(...logOptsToArgs(value() ?? ''));
    } else argv.push(arg);
  }
  return { argv, exitCode };
};
