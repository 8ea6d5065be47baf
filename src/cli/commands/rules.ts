// leakgate rules list | check FILE
import { resolve } from 'node:path';
import { configFor } from '../config-for.js';
import { ExitCode } from '../../exit-codes.js';
import { compileAllowlist } from '../../rules/compile-rule.js';
import { checkRules } from '../../rules/check-rules.js';
import { loadBuiltinRules, readRuleFile } from '../../rules/load-rules.js';
import { findRepoRoot } from '../../sources/walk-files.js';
import type { Io } from '../io.js';

export const rulesList = (io: Io, format: 'text' | 'json', config: string | undefined): ExitCode => {
  const root = findRepoRoot(io.cwd) ?? io.cwd;
  const { rules } = configFor(io, { config }, root);
  if (format === 'json') {
    const list = rules.map((rule) => ({
      id: rule.id,
      description: rule.description,
      severity: rule.severity,
      keywords: rule.keywords,
      tags: rule.tags,
      validate: rule.validate ?? null,
      references: rule.references,
    }));
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    return ExitCode.Clean;
  }
  const width = Math.max(...rules.map((rule) => rule.id.length), 2);
  for (const rule of rules) io.stdout.write(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${rule.description}\n`);
  io.stdout.write(`${rules.length} rules\n`);
  return ExitCode.Clean;
};

export const rulesCheck = (io: Io, file: string): ExitCode => {
  const library = readRuleFile(resolve(io.cwd, file), file);
  const shared = loadBuiltinRules().allowlists.map((spec) => compileAllowlist(spec, 'rules/'));
  const own = library.allowlists.map((spec) => compileAllowlist(spec, file));
  const problems = checkRules(library.rules, [...shared, ...own]);
  for (const problem of problems) io.stdout.write(`${problem.file}: rule "${problem.ruleId}": ${problem.message}\n`);
  const examples = library.rules.reduce((sum, rule) => sum + rule.examples.length + rule.negatives.length, 0);
  io.stdout.write(
    problems.length === 0
      ? `${file}: ${library.rules.length} rules OK (${examples} examples and negatives checked)\n`
      : `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${library.rules.length} rules\n`,
  );
  return problems.length === 0 ? ExitCode.Clean : ExitCode.Findings;
};
