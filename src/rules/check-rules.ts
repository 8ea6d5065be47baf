// checkRules(): every rule compiles, ids are unique, examples are found with the expected secret,
// negatives are not. The same check runs in the test suite and as `leakgate rules check`.
import { createDetector } from '../detect/detector.js';
import type { Allowlist, Rule } from '../detect/types.js';
import { isLeakgateError } from '../errors.js';
import { nestedQuantifier } from './backtracking.js';
import { compileRule, groupCount } from './compile-rule.js';
import type { RuleSpec } from './rule-spec.js';

export interface RuleProblem {
  readonly file: string;
  readonly ruleId: string;
  readonly message: string;
}

const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text).replace(/\n/g, '\\n');

const checkSamples = (spec: RuleSpec, rule: Rule, global: readonly Allowlist[]): string[] => {
  const problems: string[] = [];
  const detector = createDetector([rule], global, { includeInvalid: false, decode: false });
  if (spec.examples.length === 0) problems.push('has no examples: add at least one text the rule must find');
  if (spec.negatives.length === 0 && !rule.pathOnly) {
    problems.push('has no negatives: add at least one text the rule must not find');
  }
  spec.examples.forEach((example, n) => {
    const found = detector.detect({ path: example.path ?? 'example.txt', text: example.text, startLine: 1 }).findings;
    if (found.length === 0) problems.push(`example #${n + 1} is not found: ${shorten(example.text)}`);
    else if (example.secret !== undefined && !found.some((finding) => finding.secret === example.secret)) {
      const got = found.map((finding) => shorten(finding.secret)).join(', ');
      problems.push(`example #${n + 1} yields ${got}, expected ${shorten(example.secret)}`);
    }
  });
  if (rule.anchoredAt) {
    // The declaration holds on every example: each match of the plain regex starts at a keyword.
    spec.examples.forEach((example, n) => {
      const lower = example.text.toLowerCase();
      const starts = new Set(spec.keywords.flatMap((word) => [...lower.matchAll(new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => m.index)));
      for (const m of example.text.matchAll(rule.regex)) {
        if (!starts.has(m.index)) problems.push(`is anchored, but in example #${n + 1} a match starts where no keyword does: ${shorten(m[0])}`);
      }
    });
  }
  spec.negatives.forEach((negative, n) => {
    const found = detector.detect({ path: negative.path ?? 'example.txt', text: negative.text, startLine: 1 }).findings;
    if (found.length > 0) problems.push(`negative #${n + 1} is found: ${shorten(negative.path ?? negative.text)}`);
  });
  return problems;
};

export const checkRules = (specs: readonly RuleSpec[], global: readonly Allowlist[] = []): RuleProblem[] => {
  const problems: RuleProblem[] = [];
  const seen = new Map<string, string>();
  for (const spec of specs) {
    const report = (message: string): void => {
      problems.push({ file: spec.file, ruleId: spec.id, message });
    };
    const previous = seen.get(spec.id);
    if (previous !== undefined) report(`duplicate id (also in ${previous})`);
    seen.set(spec.id, spec.file);
    // A rule limited to some paths (a .pgpass) runs on those files only: it may do without keywords.
    if (spec.keywords.length === 0 && spec.regex !== undefined && spec.path === undefined) {
      report('has no keywords and no path: it would run its regex over every file');
    }
    let rule: Rule;
    try {
      rule = compileRule(spec);
    } catch (error) {
      if (!isLeakgateError(error)) throw error;
      report(error.message.replace(`${spec.file}: rule "${spec.id}": `, ''));
      continue;
    }
    const nested = nestedQuantifier(rule.regex.source);
    if (nested) {
      report(`regex may backtrack catastrophically: ${nested} repeats a group that repeats without bound; bound the inner or outer repetition`);
      continue;
    }
    if (spec.secretGroup > groupCount(rule.regex)) {
      report(`secretGroup ${spec.secretGroup} does not exist in the regex`);
      continue;
    }
    for (const message of checkSamples(spec, rule, global)) report(message);
  }
  return problems;
};
