// A scan's compiled rules and allowlists, and the plain specs they came from (a worker thread
// receives the specs and compiles them again: RegExps cannot cross threads).
import type { Allowlist, Confidence, DocsMode, Rule } from '../detect/types.js';
import { compileAllowlist, compileRule } from '../rules/compile-rule.js';
import type { AllowlistSpec, RuleSpec } from '../rules/rule-spec.js';

export interface ScanConfig {
  readonly rules: readonly Rule[];
  readonly allowlists: readonly Allowlist[];
  /** The config file read, if any (as shown to the user). */
  readonly file: string | undefined;
  /** Rules the config file defines itself (not vetted like the built-in ones: they run under the watchdog). */
  readonly ownRules: number;
  /** The same rules and allowlists uncompiled: plain data a worker thread can compile again. */
  readonly specs: { readonly rules: readonly RuleSpec[]; readonly allowlists: readonly CompiledAllowlistSpec[] };
  /** The config file's confidence floor (`confidence = "low"`), if it sets one. */
  readonly confidence?: Confidence;
  /** What the tree's documentation holds: the config's `docs`, else `examples` when the root has a license file. */
  readonly docs: DocsMode;
}

/** An allowlist spec with the place its errors name (compileAllowlist's `where`). */
export interface CompiledAllowlistSpec {
  readonly spec: AllowlistSpec;
  readonly where: string;
}

/** Compiles the specs of a ScanConfig (in the main thread, or again in a worker). */
export const compileConfig = (
  specs: ScanConfig['specs'],
  file: string | undefined,
  docs: DocsMode,
  ownRules = 0,
  confidence?: Confidence,
): ScanConfig => ({
  ...(confidence ? { confidence } : {}),
  docs,
  rules: specs.rules.map(compileRule),
  allowlists: specs.allowlists.map(({ spec, where }) => compileAllowlist(spec, where)),
  file,
  ownRules,
  specs,
});

