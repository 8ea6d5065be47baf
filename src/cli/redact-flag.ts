// gitleaks spells redaction `--redact[=N]` (N: the percent of each secret masked, 100 by default).
// yargs reads `--redact=100` on a boolean option as false, and `--redact false` as a value: both
// used to switch redaction off. Here every spelling of --redact keeps masking; only --no-redact
// shows secrets, and a value that means neither is refused rather than guessed.
import { LeakgateError } from '../errors.js';

const YES = new Set(['', 'true', 'yes', 'on']);

const percentFor = (value: string): number => {
  if (YES.has(value.toLowerCase())) return 100;
  const n = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (n >= 1 && n <= 100) return n;
  throw new LeakgateError('usage', `--redact=${value}: give the percent of each secret to mask, 1 to 100 (100 when no value is given); only --no-redact shows secrets`);
};

/**
 * Rewrites `--redact=N` (and `--redact true|false`) into `--redact --redact-percent=N` before
 * any parser sees it; arguments after `--` are paths and left alone.
 */
export const normalizeRedactFlag = (argv: readonly string[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    let value: string | undefined;
    if (arg.startsWith('--redact=')) value = arg.slice('--redact='.length);
    else if (arg === '--redact' && (argv[i + 1] === 'true' || argv[i + 1] === 'false')) value = argv[++i] as string;
    else if (arg.startsWith('--no-redact=')) throw new LeakgateError('usage', `${arg}: --no-redact takes no value`);
    if (value === undefined) out.push(arg);
    else out.push('--redact', `--redact-percent=${percentFor(value)}`);
  }
  return out;
};
