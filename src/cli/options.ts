// Options shared by the scanning commands, and their parsed form.
import type { Argv } from 'yargs';
import { LeakgateError } from '../errors.js';
import { FORMATS, type Format } from '../report/report.js';
import { CONFIDENCES, type Confidence } from '../detect/types.js';

export interface CommonOptions {
  readonly config: string | undefined;
  /** A path, or false for --no-baseline, or undefined for the default file when present. */
  readonly baseline: string | false | undefined;
  readonly format: Format;
  readonly output: string | undefined;
  readonly redact: boolean;
  /** With redact: the percent of each secret masked (gitleaks' --redact=N; see redact-flag.ts). */
  readonly redactPercent: number;
  readonly color: boolean | undefined;
  readonly progress: boolean | undefined;
  readonly maxFileSize: number;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly explain: boolean;
  readonly includeInvalid: boolean;
  readonly reportUnused: boolean;
  /** Seconds one batch of files may take before the watchdog stops the scan. */
  readonly ruleTimeout: number;
  /** Report findings of at least this confidence (default: the config's, else medium). */
  readonly confidence: Confidence | undefined;
  /** --baseline-path: a gitleaks JSON report whose findings count as known (gitleaks-known.ts). */
  readonly gitleaksBaseline: string | undefined;
}

/** yargs drops a lone "-" from positional arrays: it travels under this name and is restored after. */
export const STDIN_ARG = '\u0000stdin';

/**
 * 256 MiB, Kingfisher's cap (gitleaks has none): a 30 MB minified bundle or SQL dump holding a key
 * is scanned. A file over 10 MiB is read in pieces (sources/large-file.ts), so memory stays flat.
 */
export const DEFAULT_MAX_FILE_SIZE = 256 * 1024 * 1024;

export interface OptionSpec {
  readonly name: string;
  readonly type: 'string' | 'number' | 'boolean';
  readonly alias?: string;
  readonly default?: string | number | boolean;
  readonly choices?: readonly string[];
  readonly describe: string;
  readonly hidden?: boolean;
}

/** The options every scanning command takes: data, read by yargs and by the fast path alike. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'config', type: 'string', describe: 'config file (default: .leakgate.toml at the repository root)' },
  { name: 'baseline', type: 'string', describe: 'baseline file (default: .leakgate-baseline.json when present); --no-baseline ignores it' },
  { name: 'format', type: 'string', alias: 'f', choices: FORMATS, default: 'text', describe: 'report format' },
  { name: 'output', type: 'string', alias: 'o', describe: 'write the report to this file instead of stdout' },
  { name: 'redact', type: 'boolean', default: true, describe: 'mask secrets in every output; --redact=N masks N% of each (gitleaks); --no-redact shows them' },
  { name: 'redact-percent', type: 'number', default: 100, describe: 'set by --redact=N', hidden: true },
  { name: 'color', type: 'boolean', describe: 'colour the text report (default: on a terminal, unless NO_COLOR)' },
  { name: 'progress', type: 'boolean', describe: 'show progress on a terminal' },
  { name: 'max-file-size', type: 'string', describe: 'skip files larger than this (bytes, or with a k, m or g suffix: 10m, 256MB), 256 MiB by default (noted in the summary)' },
  { name: 'quiet', type: 'boolean', alias: 'q', default: false, describe: 'print only findings' },
  { name: 'verbose', type: 'boolean', default: false, describe: 'say what was suppressed and why, and explain each finding' },
  { name: 'explain', type: 'boolean', default: false, describe: 'for each finding: the rule, the keyword hit, how the value was read, its entropy, the confidence and what would silence it' },
  { name: 'include-invalid', type: 'boolean', default: false, describe: 'also report tokens whose checksum fails' },
  { name: 'report-unused', type: 'boolean', default: false, describe: 'list baseline entries that no finding matched' },
  { name: 'confidence', type: 'string', choices: CONFIDENCES, describe: 'report findings of at least this confidence: high, medium (default) or low' },
  { name: 'baseline-path', type: 'string', describe: 'a gitleaks JSON report whose findings are known (migrating from gitleaks; .gitleaksignore is honoured too)' },
  { name: 'rule-timeout', type: 'number', default: 60, describe: 'stop the scan (exit 2) if a rule runs longer than this many seconds on one batch of files' },
];

/** `scan` and `baseline`'s own option. */
export const IGNORE_OPTION: OptionSpec = { name: 'ignore', type: 'boolean', default: true, describe: 'honour .gitignore (--no-ignore scans ignored files too)' };

export const withCommonOptions = <T>(y: Argv<T>): Argv<T> => {
  let out = y;
  for (const spec of COMMON_OPTIONS) {
    // --baseline FILE and --no-baseline: yargs parses it untyped so that "false" survives.
    const type = spec.name === 'baseline' ? undefined : spec.type;
    out = out.option(spec.name, {
      ...(type ? { type } : {}),
      ...(spec.alias ? { alias: spec.alias } : {}),
      ...(spec.default !== undefined ? { default: spec.default } : {}),
      ...(spec.choices ? { choices: spec.choices } : {}),
      ...(spec.hidden ? { hidden: true } : {}),
      describe: spec.describe,
    }) as Argv<T>;
  }
  return out;
};

const camel = (name: string): string => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Parses simple command lines without yargs (whose loading and parsing cost a pre-commit hook or a
 * small scan ~70 ms): the given options, and with `positional`, plain arguments as `paths` ("-"
 * included). Anything else (an unknown option, "--", a value that is not a choice) gives
 * undefined, and yargs parses it, with its messages.
 */
export const parseSimpleOptions = (argv: readonly string[], specs: readonly OptionSpec[], positional = false): Record<string, unknown> | undefined => {
  const byName = new Map<string, OptionSpec>();
  for (const spec of specs) {
    byName.set(spec.name, spec);
    if (spec.alias) byName.set(spec.alias, spec);
  }
  const args: Record<string, unknown> = {};
  for (const spec of specs) if (spec.default !== undefined) args[camel(spec.name)] = spec.default;
  const paths: string[] = [];
  if (positional) args['paths'] = paths;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (positional && (arg === '-' || (arg !== '' && !arg.startsWith('-')))) {
      paths.push(arg);
      continue;
    }
    const m = /^--?(no-)?([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (!m) return undefined;
    const [, negated, name = '', inline] = m;
    const spec = byName.get(name);
    if (!spec || (arg.startsWith('--') !== (name.length > 1))) return undefined;
    if (negated) {
      if (spec.type !== 'boolean' && spec.name !== 'baseline') return undefined;
      args[camel(spec.name)] = false;
      continue;
    }
    if (spec.type === 'boolean') {
      if (inline !== undefined) return undefined;
      args[camel(spec.name)] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (spec.choices && !spec.choices.includes(value))) return undefined;
    if (spec.type === 'number' && !/^\d+$/.test(value)) return undefined;
    args[camel(spec.name)] = spec.type === 'number' ? Number(value) : value;
  }
  return args;
};

/** yargs gives NaN for a number option's value that is not one. */
const shownNumber = (value: unknown): string => (typeof value === 'number' && Number.isNaN(value) ? 'a value that is not a number' : String(value));

/** Node's timers hold at most 2^31 - 1 ms (~24.8 days); a longer --rule-timeout means "never", so it is capped there. */
export const MAX_RULE_TIMEOUT_S = 2_147_483;

/** 0, -1 and "abc" (NaN from yargs) used to become 60 silently; above the cap, every scan failed at once. */
const ruleTimeoutOf = (value: unknown): number => {
  if (value === undefined) return 60;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new LeakgateError('usage', `--rule-timeout must be a number of seconds above 0, 60 by default (got ${shownNumber(value)})`);
  }
  return Math.min(value, MAX_RULE_TIMEOUT_S);
};

// A size as git's config reads one (git-config(1), "Values: integer"): k, m and g multiply by 1024,
// 1024² and 1024³; a trailing b or ib is accepted too (256MB, 256MiB: the same here).
const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

const maxFileSizeOf = (value: unknown): number => {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  const size = /^(\d+)\s*(?:([kmg])(?:i?b)?|b)?$/i.exec(String(value).trim());
  const bytes = size ? Number(size[1]) * (SIZE_UNITS[(size[2] ?? '').toLowerCase()] ?? 1) : Number.NaN;
  if (!Number.isSafeInteger(bytes)) {
    throw new LeakgateError('usage', `--max-file-size must be a whole number of bytes, or with a k, m or g suffix (10m, 256MB); 256m by default (got ${shownNumber(value)})`);
  }
  return bytes;
};

const redactPercentOf = (value: unknown): number => {
  if (value === undefined) return 100;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100) return value;
  throw new LeakgateError('usage', `--redact=${String(value)}: give the percent of each secret to mask, 1 to 100`);
};

export const readCommonOptions = (args: Record<string, unknown>): CommonOptions => {
  const baseline = args['baseline'];
  return {
    config: args['config'] as string | undefined,
    baseline: baseline === false ? false : typeof baseline === 'string' ? baseline : undefined,
    format: args['format'] as Format,
    // "-o -" means stdout.
    output: args['output'] === STDIN_ARG ? undefined : (args['output'] as string | undefined),
    redact: args['redact'] !== false,
    redactPercent: redactPercentOf(args['redactPercent']),
    color: args['color'] as boolean | undefined,
    progress: args['progress'] as boolean | undefined,
    maxFileSize: maxFileSizeOf(args['maxFileSize']),
    quiet: args['quiet'] === true,
    verbose: args['verbose'] === true,
    explain: args['explain'] === true || args['verbose'] === true,
    includeInvalid: args['includeInvalid'] === true,
    reportUnused: args['reportUnused'] === true,
    confidence: args['confidence'] as Confidence | undefined,
    ruleTimeout: ruleTimeoutOf(args['ruleTimeout']),
    gitleaksBaseline: args['baselinePath'] as string | undefined,
  };
};
