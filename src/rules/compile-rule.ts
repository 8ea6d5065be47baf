// Turns validated rule and allowlist specs into the compiled forms the detector runs.
import type { Allowlist, Rule, RuleWindow } from '../detect/types.js';
import type { AllowlistSpec, RuleSpec } from './rule-spec.js';
import { compilePathMatcher, compileRegex } from './compile-pattern.js';
import { vettedPattern, type JsPattern } from './vetted-patterns.js';

export const compileAllowlist = (spec: AllowlistSpec, where: string): Allowlist => ({
  description: spec.description,
  condition: spec.condition,
  regexes: spec.regexes.map((pattern) => compileRegex(pattern, where)),
  regexTarget: spec.regexTarget,
  stopwords: spec.stopwords,
  paths: spec.paths.map((pattern) => compilePathMatcher(pattern, where)),
  commits: spec.commits,
  targetRules: spec.targetRules ?? [],
  targetTags: spec.targetTags ?? [],
  skipTags: spec.skipTags ?? [],
});

/** Counts the capture groups of a compiled regex (this compiles it: only `rules check` pays for it). */
export const groupCount = (regex: RegExp): number => (new RegExp(`${regex.source}|`, regex.flags).exec('')?.length ?? 1) - 1;

// A rule whose regex can cross a newline needs windows that are not cut at the end of a line.
const windowOf = (source: string, multiline: boolean): RuleWindow => {
  if (multiline || /\\n|\\r|\[\\s\\S\]|-----BEGIN/.test(source)) return 'block';
  return /\\s/.test(source) ? 'lines' : 'line';
};

/** How a rule gets its compiled parts: values made already, or made on first use. */
interface Parts {
  readonly regex: () => RegExp;
  readonly anchoredAt: () => RegExp | undefined;
  readonly path: () => Rule['path'];
  readonly allowlists: () => Rule['allowlists'];
}

const once = <T>(make: () => T): (() => T) => {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
};

const PARTS = Symbol('compiled parts');
type WithParts = { readonly [PARTS]: Parts };

/**
 * The compiled parts are accessors shared by every rule (one function each, reading the rule's own
 * PARTS), so all rules keep one shape with fast properties; a getter made per rule gives each rule
 * its own map, and V8 then keeps them as dictionaries (%HasFastProperties: 0 of 529).
 */
const ACCESSORS: PropertyDescriptorMap = {
  regex: { enumerable: true, get(this: WithParts) { return this[PARTS].regex(); } },
  anchoredAt: { enumerable: true, get(this: WithParts) { return this[PARTS].anchoredAt(); } },
  path: { enumerable: true, get(this: WithParts) { return this[PARTS].path(); } },
  allowlists: { enumerable: true, get(this: WithParts) { return this[PARTS].allowlists(); } },
};

const ruleOf = (spec: RuleSpec, source: string, parts: Parts): Rule => {
  const fields = {
    id: spec.id,
    description: spec.description,
    secretGroup: spec.secretGroup,
    keywords: spec.keywords,
    entropy: spec.entropy,
    window: windowOf(source, spec.multiline),
    pathOnly: spec.regex === undefined,
    severity: spec.severity,
    validate: spec.validate,
    references: spec.references,
    tags: spec.tags,
    chosen: spec.chosen,
    assignment: spec.assignment,
    confidence: spec.confidence,
    [PARTS]: parts,
  };
  return Object.defineProperties(fields, ACCESSORS) as typeof fields & Pick<Rule, keyof Parts>;
};

/**
 * A vetted rule: its regex and sticky form are built when a keyword first hits, its path and
 * allowlists when it is first in scope or matches. The build compiled them all: none can fail here.
 */
const lazyParts = (spec: RuleSpec, pattern: JsPattern, where: string): Parts => {
  const flags = [...new Set(`${pattern.flags}g`)].sort().join('');
  return {
    regex: once(() => new RegExp(pattern.source, flags)),
    anchoredAt: once(() => (spec.anchored ? new RegExp(pattern.source, `${flags.replace('g', '')}y`) : undefined)),
    path: once(() => (spec.path === undefined ? undefined : compilePathMatcher(spec.path, where))),
    allowlists: once(() => spec.allowlists.map((allowlist) => compileAllowlist(allowlist, where))),
  };
};

export const compileRule = (spec: RuleSpec): Rule => {
  const where = `${spec.file}: rule "${spec.id}"`;
  const vetted = spec.regex === undefined ? undefined : vettedPattern(spec);
  if (vetted) return ruleOf(spec, vetted.source, lazyParts(spec, vetted, where));
  // A rule from a config file is compiled now, so that a bad pattern is an error at load, naming it.
  // A path-only rule (gitleaks style) matches the whole file once.
  const regex = compileRegex(spec.regex ?? '^', where, 'g');
  const anchoredAt = spec.anchored && spec.regex !== undefined ? new RegExp(regex.source, `${regex.flags.replace('g', '')}y`) : undefined;
  const path = spec.path === undefined ? undefined : compilePathMatcher(spec.path, where);
  const allowlists = spec.allowlists.map((allowlist) => compileAllowlist(allowlist, where));
  return ruleOf(spec, regex.source, { regex: () => regex, anchoredAt: () => anchoredAt, path: () => path, allowlists: () => allowlists });
};
