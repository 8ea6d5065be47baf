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
});

/** Counts the capture groups of a compiled regex (this compiles it: only `rules check` pays for it). */
export const groupCount = (regex: RegExp): number => (new RegExp(`${regex.source}|`, regex.flags).exec('')?.length ?? 1) - 1;

// A rule whose regex can cross a newline needs windows that are not cut at the end of a line.
const windowOf = (source: string, multiline: boolean): RuleWindow => {
  if (multiline || /\\n|\\r|\[\\s\\S\]|-----BEGIN/.test(source)) return 'block';
  return /\\s/.test(source) ? 'lines' : 'line';
};

/** The rule's regex and its sticky form, built on first use (a vetted pattern cannot fail to compile). */
const lazyRegexes = (pattern: JsPattern, anchored: boolean): Pick<Rule, 'regex' | 'anchoredAt'> => {
  const flags = [...new Set(`${pattern.flags}g`)].sort().join('');
  let regex: RegExp | undefined;
  let sticky: RegExp | undefined;
  return {
    get regex() {
      return (regex ??= new RegExp(pattern.source, flags));
    },
    get anchoredAt() {
      return anchored ? (sticky ??= new RegExp(pattern.source, `${flags.replace('g', '')}y`)) : undefined;
    },
  };
};

const eagerRegexes = (spec: RuleSpec, where: string): Pick<Rule, 'regex' | 'anchoredAt'> => {
  // A path-only rule (gitleaks style) matches the whole file once.
  const regex = compileRegex(spec.regex ?? '^', where, 'g');
  return { regex, anchoredAt: spec.anchored && spec.regex !== undefined ? new RegExp(regex.source, `${regex.flags.replace('g', '')}y`) : undefined };
};

export const compileRule = (spec: RuleSpec): Rule => {
  const where = `${spec.file}: rule "${spec.id}"`;
  const vetted = spec.regex === undefined ? undefined : vettedPattern(spec);
  const regexes = vetted ? lazyRegexes(vetted, spec.anchored) : eagerRegexes(spec, where);
  const fields = {
    id: spec.id,
    description: spec.description,
    secretGroup: spec.secretGroup,
    keywords: spec.keywords,
    entropy: spec.entropy,
    window: windowOf(vetted?.source ?? regexes.regex.source, spec.multiline),
    pathOnly: spec.regex === undefined,
    path: spec.path === undefined ? undefined : compilePathMatcher(spec.path, where),
    allowlists: spec.allowlists.map((allowlist) => compileAllowlist(allowlist, where)),
    severity: spec.severity,
    validate: spec.validate,
    references: spec.references,
    tags: spec.tags,
    chosen: spec.chosen,
    assignment: spec.assignment,
    confidence: spec.confidence,
  };
  // Getters are kept as getters: Object.assign would call them.
  return Object.defineProperties(fields, Object.getOwnPropertyDescriptors(regexes)) as typeof fields & Pick<Rule, 'regex' | 'anchoredAt'>;
};
