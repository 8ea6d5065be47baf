// Options of `scan` and `history` for org-wide audits: which repository a report speaks for, and
// the key that correlates secrets across repositories (docs/org-audit.md).
import { defaultRepoName, folderName } from '../sources/repo-name.js';
import { readCorrelationKey } from './correlation-key.js';
import type { Io } from './io.js';
import type { CommonOptions, OptionSpec } from './options.js';

export interface OrgOptions {
  readonly repo: string | undefined;
  readonly correlationKeyFile: string | undefined;
}

export const ORG_OPTIONS: readonly OptionSpec[] = [
  { name: 'repo', type: 'string', describe: "the repository's name in the report, e.g. acme/api (default: the origin remote's owner/name, else the folder's name)" },
  {
    name: 'correlation-key-file',
    type: 'string',
    describe: 'file holding the key under which each secret gets an HMAC-SHA256 to correlate it across repositories (default: $LEAKGATE_ORG_KEY; none: no correlation)',
  },
];

export const readOrgOptions = (args: Record<string, unknown>): OrgOptions => ({
  repo: typeof args['repo'] === 'string' && args['repo'] !== '' ? args['repo'] : undefined,
  correlationKeyFile: typeof args['correlationKeyFile'] === 'string' ? args['correlationKeyFile'] : undefined,
});

/** The formats that print the repository's name: the default name costs a git call, so only then. */
const NAMED: ReadonlySet<string> = new Set(['json', 'sarif', 'html']);

/**
 * Outside a git repository (`scan` of a plain folder) there is no origin remote to ask git for:
 * the folder names it, as when git answers that there is none, without starting git (~5-10 ms of
 * a small scan's start).
 */
export const repositoryFor = async (options: CommonOptions & OrgOptions, root: string, inRepository = true): Promise<string | undefined> =>
  options.repo ?? (NAMED.has(options.format) ? (inRepository ? defaultRepoName(root) : folderName(root)) : undefined);

/** What a scan request carries for an org audit. */
export const orgRequest = async (io: Io, options: CommonOptions & OrgOptions, root: string, inRepository = true) => {
  const correlationKey = readCorrelationKey(io, options.correlationKeyFile);
  const repository = await repositoryFor(options, root, inRepository);
  return { ...(repository !== undefined ? { repository } : {}), ...(correlationKey ? { correlationKey } : {}) };
};
