// The pre-commit hook's and a small scan's way in: their common command lines parsed without
// yargs (whose loading and parsing cost ~70 ms a start).
import type { ExitCode } from '../exit-codes.js';
import type { Io } from './io.js';
import { COMMON_OPTIONS, IGNORE_OPTION, parseSimpleOptions, readCommonOptions } from './options.js';
import { ORG_OPTIONS, readOrgOptions } from './org-options.js';

export type Run = () => Promise<ExitCode> | ExitCode;

/**
 * The common cases, `leakgate staged [options]` (the pre-commit hook) and `leakgate scan [paths]
 * [options]`, without loading yargs; anything else goes to yargs.
 */
export const fastPath = (argv: readonly string[], io: Io): Run | undefined => {
  if (argv[0] === 'staged') {
    const args = parseSimpleOptions(argv.slice(1), COMMON_OPTIONS);
    if (!args) return undefined;
    return async () => {
      const { stagedCommand } = await import('./commands/git-scans.js');
      return stagedCommand(io, readCommonOptions(args));
    };
  }
  if (argv[0] === 'scan') {
    const args = parseSimpleOptions(argv.slice(1), [...COMMON_OPTIONS, IGNORE_OPTION, ...ORG_OPTIONS], true);
    if (!args) return undefined;
    return async () => {
      const { scanCommand } = await import('./commands/scan.js');
      return scanCommand(io, { ...readCommonOptions(args), ...readOrgOptions(args), paths: args['paths'] as string[], ignore: args['ignore'] as boolean });
    };
  }
  return undefined;
};
