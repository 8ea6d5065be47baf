// A rule id that names no rule (a typo, or gitleaks' name for it) used to be ignored silently:
// `disabledRules = ["generic-password"]` disabled nothing. It is refused, with the close names.
import { LeakgateError } from '../errors.js';

/** Edit distance, to suggest the ids a typo was probably meant to be. */
const distance = (a: string, b: string): number => {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length] ?? 0;
};

/** Up to five ids that contain the unknown one (or its words), or are a few edits away. */
export const closeIds = (unknown: string, known: readonly string[]): string[] => {
  const words = unknown.toLowerCase().split(/[-_]/).filter((word) => word.length > 2);
  const score = (id: string): number => {
    if (id.includes(unknown)) return 0;
    const d = distance(unknown, id);
    if (d <= Math.max(2, unknown.length / 4)) return d;
    return words.length > 0 && words.every((word) => id.includes(word)) ? 10 : Number.POSITIVE_INFINITY;
  };
  return known
    .map((id) => ({ id, s: score(id) }))
    .filter(({ s }) => Number.isFinite(s))
    .sort((a, b) => a.s - b.s || a.id.localeCompare(b.id))
    .slice(0, 5)
    .map(({ id }) => id);
};

export const checkRuleIds = (ids: readonly string[], known: ReadonlySet<string>, file: string, where: string): void => {
  for (const id of ids) {
    if (known.has(id)) continue;
    const close = closeIds(id, [...known]);
    const hint = close.length > 0 ? `did you mean ${close.map((name) => `"${name}"`).join(', ')}?` : 'see `leakgate rules list` for the ids';
    throw new LeakgateError('config', `${file}: ${where}: no rule has the id "${id}": ${hint}`);
  }
};
