// Where detection runs: in this thread, or in worker threads under the watchdog. `staged` and a
// small `scan` share the rule: in-process only with regexes vetted linear (the built-in ones), and
// only when the input is small enough that a worker's start-up would cost more than the scan.
import type { ScanConfig } from '../config/load-config.js';

/**
 * Does the config bring regexes of its own (rules, or allowlist regexes)? They are not vetted
 * like the built-in ones and may backtrack without end: `(a+)+$` as an allowlist regex hung the
 * pre-commit hook. (load-config names the built-in allowlists' place "rules/".)
 */
export const hasOwnRegexes = (config: ScanConfig): boolean =>
  config.ownRules > 0 || config.specs.allowlists.some(({ spec, where }) => where !== 'rules/' && spec.regexes.length > 0);

/**
 * Input up to this many bytes is scanned in-process by `scan`. Workers cost ~60–100 ms each to start
 * (an isolate, its modules, compiling the rules again) and the copies to them; on trees of 3, 6 and
 * 12 MB of real code the pool took ~1.7× the CPU of one thread, so two cores can only win past
 * ~10–12 MB (measured under load: in-process won at all three; see commit 0be5985).
 */
export const IN_PROCESS_BYTES = 8 * 1024 * 1024;

/** The request fields that let a scan of vetted rules detect in-process when its input is small. */
export const inProcessWhenSmall = (config: ScanConfig): { readonly inProcessUpTo?: number } =>
  hasOwnRegexes(config) ? {} : { inProcessUpTo: IN_PROCESS_BYTES };
