// Sampling and verdict matching: pure functions over plain findings and verdicts.
import { createHash } from 'node:crypto';

export const SAMPLE_SIZE = 40;

// A finding's rank depends only on the repository and the finding itself, so a finding that stays
// from one run to the next keeps its rank, and the sample of a run with fewer findings is mostly the
// old sample minus what went away (plus findings that were ranked just below the cut).
const rank = (repo, f) => createHash('sha256').update(`${repo}\0${f.file}\0${f.line}\0${f.ruleId}`).digest('hex');

/** The (at most `size`) findings of one repository with the lowest ranks, in rank order. */
export function sampleFindings(repo, findings, size = SAMPLE_SIZE) {
  return findings
    .map((f) => ({ f, r: rank(repo, f) }))
    .sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0))
    .slice(0, size)
    .map((x) => x.f);
}

const key = (...parts) => parts.join('\0');

/** Indexes verdict lines; a later line for the same (repo, file, line, rule) wins. */
export function indexVerdicts(verdicts, familyOf) {
  const exact = new Map();
  const byFamily = new Map();
  const byLine = new Map();
  for (const v of verdicts) {
    exact.set(key(v.repo, v.file, v.line, v.rule), v);
    byFamily.set(key(v.repo, v.file, v.line, familyOf(v.rule)), v);
    // A "duplicate" verdict says another finding at that place already reports the secret: it
    // judges that rule's finding, not whichever finding stands there in a later run.
    if (v.category !== 'duplicate') byLine.set(key(v.repo, v.file, v.line), v);
  }
  return { exact, byFamily, byLine };
}

/** (repo, file, line, ruleId), then the same place with a rule of the same family, then the place. */
export function verdictFor(index, repo, finding, familyOf) {
  return (
    index.exact.get(key(repo, finding.file, finding.line, finding.ruleId)) ??
    index.byFamily.get(key(repo, finding.file, finding.line, familyOf(finding.ruleId))) ??
    index.byLine.get(key(repo, finding.file, finding.line)) ??
    null
  );
}

export const VERDICTS = ['TL', 'TF', 'FP', 'U'];

/** Parses a verdicts-*.jsonl file's text; a bad line is an error naming the file and line. */
export function parseVerdicts(text, name) {
  const out = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    let v;
    try {
      v = JSON.parse(raw);
    } catch {
      throw new Error(`${name}:${i + 1}: not JSON`);
    }
    if (typeof v.repo !== 'string' || typeof v.file !== 'string' || !Number.isInteger(v.line) ||
        typeof v.rule !== 'string' || !VERDICTS.includes(v.verdict)) {
      throw new Error(`${name}:${i + 1}: a verdict needs repo, file, line, rule and verdict TL|TF|FP|U`);
    }
    out.push(v);
  });
  return out;
}
