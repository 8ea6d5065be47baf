// Allowlist regexes come from configs too, and may backtrack without end like a rule's (`(a+)+$`).
// In a worker, each is wrapped so that while it runs the shared progress array names it (slots
// OWNER and INDEX): the watchdog then blames the allowlist, not the rule whose match it was judging.
import type { Allowlist, Rule } from '../detect/types.js';

/** Progress slots: [fragment, rule, allowlist owner (-1 none, 0 global, r + 1 rule r's), allowlist index]. */
export const PROGRESS_SLOTS = 4;
export const OWNER = 2;
export const INDEX = 3;

/** A RegExp that records itself in the progress array while it runs (RegExp.prototype.test calls exec). */
class WatchedRegExp extends RegExp {
  constructor(
    source: RegExp,
    private readonly progress: () => Int32Array,
    private readonly owner: number,
    private readonly index: number,
  ) {
    super(source.source, source.flags);
  }

  override exec(text: string): RegExpExecArray | null {
    const progress = this.progress();
    Atomics.store(progress, OWNER, this.owner);
    Atomics.store(progress, INDEX, this.index);
    try {
      return super.exec(text);
    } finally {
      Atomics.store(progress, OWNER, -1);
    }
  }
}

const watch = (allowlist: Allowlist, progress: () => Int32Array, owner: number, index: number): Allowlist =>
  allowlist.regexes.length === 0 ? allowlist : { ...allowlist, regexes: allowlist.regexes.map((regex) => new WatchedRegExp(regex, progress, owner, index)) };

export const watchAllowlists = (
  rules: readonly Rule[],
  global: readonly Allowlist[],
  progress: () => Int32Array,
): { rules: Rule[]; allowlists: Allowlist[] } => ({
  rules: rules.map((rule, r) => (rule.allowlists.some((a) => a.regexes.length > 0) ? { ...rule, allowlists: rule.allowlists.map((a, i) => watch(a, progress, r + 1, i)) } : rule)),
  allowlists: global.map((a, i) => watch(a, progress, 0, i)),
});

/** Names the allowlist a progress array points at, for the watchdog's message. */
export const describeWatched = (owner: number, index: number, rules: readonly Rule[], globalWhere: readonly string[]): string | undefined => {
  if (owner < 0) return undefined;
  if (owner === 0) return `the allowlist regex (${globalWhere[index] ?? `global allowlist #${index + 1}`})`;
  const rule = rules[owner - 1];
  return rule ? `the allowlist regex of rule "${rule.id}" (its allowlist #${index + 1})` : undefined;
};
