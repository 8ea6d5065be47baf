// The built-in rules' regexes come translated to JavaScript and checked at build time
// (lib/rules-cache.json): compileRule neither translates them again nor builds their RegExps
// before a scan needs them. A 400-file `scan .` runs 56 of 529 rules; translating and
// constructing all of them cost ~25 ms of its start (node --cpu-prof, compileConfig).
import type { RuleSpec } from './rule-spec.js';

/** A regex in JavaScript syntax, as translateRegex gives it. */
export interface JsPattern {
  readonly source: string;
  readonly flags: string;
}

const vetted = new WeakMap<RuleSpec, JsPattern>();

/** Marks a spec whose regex was translated and compiled at build time (the rules cache). */
export const markVetted = (spec: RuleSpec, pattern: JsPattern): void => {
  vetted.set(spec, pattern);
};

export const vettedPattern = (spec: RuleSpec): JsPattern | undefined => vetted.get(spec);
