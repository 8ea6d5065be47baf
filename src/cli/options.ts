// Options shared by the scanning commands, and their parsed form.
import type { Argv } from 'yargs';
import { FORMATS, type Format } from '../report/report.js';

export interface CommonOptions {
  readonly config: string | undefined;
  /** A path, or false for --no-baseline, or undefined for the default file when present. */
  readonly baseline: string | false | undefined;
  readonly format: Format;
  readonly output: string | undefined;
  readonly redact: boolean;
  readonly color: boolean | undefined;
  readonly progress: boolean | undefined;
  readonly maxFileSize: number;
  readonly quiet: boolean;
  readonly verbose: boolean;
  readonly includeInvalid: boolean;
  readonly reportUnused: boolean;
}

/** yargs drops a lone "-" from positional arrays: it travels under this name and is restored after. */
export const STDIN_ARG = '\u0000stdin';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export const withCommonOptions = <T>(y: Argv<T>) =>
  y
    .option('config', { type: 'string', describe: 'config file (default: .leakgate.toml at the repository root)' })
    .option('baseline', { describe: 'baseline file (default: .leakgate-baseline.json when present); --no-baseline ignores it' })
    .option('format', { alias: 'f', choices: FORMATS, default: 'text' as Format, describe: 'report format' })
    .option('output', { alias: 'o', type: 'string', describe: 'write the report to this file instead of stdout' })
    .option('redact', { type: 'boolean', default: true, describe: 'mask secrets in every output (--no-redact shows them)' })
    .option('color', { type: 'boolean', describe: 'colour the text report (default: on a terminal, unless NO_COLOR)' })
    .option('progress', { type: 'boolean', describe: 'show progress on a terminal' })
    .option('max-file-size', { type: 'number', default: DEFAULT_MAX_FILE_SIZE, describe: 'skip files larger than this many bytes (noted in the summary)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print only findings' })
    .option('verbose', { type: 'boolean', default: false, describe: 'say what was suppressed and why' })
    .option('include-invalid', { type: 'boolean', default: false, describe: 'also report tokens whose checksum fails' })
    .option('report-unused', { type: 'boolean', default: false, describe: 'list baseline entries that no finding matched' });

export const readCommonOptions = (args: Record<string, unknown>): CommonOptions => {
  const baseline = args['baseline'];
  return {
    config: args['config'] as string | undefined,
    baseline: baseline === false ? false : typeof baseline === 'string' ? baseline : undefined,
    format: args['format'] as Format,
    // "-o -" means stdout.
    output: args['output'] === STDIN_ARG ? undefined : (args['output'] as string | undefined),
    redact: args['redact'] !== false,
    color: args['color'] as boolean | undefined,
    progress: args['progress'] as boolean | undefined,
    maxFileSize: args['maxFileSize'] as number,
    quiet: args['quiet'] === true,
    verbose: args['verbose'] === true,
    includeInvalid: args['includeInvalid'] === true,
    reportUnused: args['reportUnused'] === true,
  };
};
