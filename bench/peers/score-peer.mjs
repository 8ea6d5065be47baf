// Recall on a peer's realistic positives and the share of its negatives flagged, per peer and per
// rule family, at the floors asked for. Pure: examples and their scan results in, counts out.

const RANK = { low: 1, medium: 2, high: 3 };

/** Whether a finding of confidence `c` (or none) shows at floor `floor`. */
export const shownAt = (c, floor) => c !== null && c !== undefined && RANK[c] >= RANK[floor];

const emptyRow = (floors) => ({
  positives: 0, notSecrets: 0, placeholders: 0, scored: 0, negatives: 0, alsoPositive: 0,
  found: Object.fromEntries(floors.map((f) => [f, 0])),
  flagged: Object.fromEntries(floors.map((f) => [f, 0])),
  flaggedByProvider: Object.fromEntries(floors.map((f) => [f, 0])),
});

// A negative flagged by a provider rule is a false alarm of that provider's format; one flagged only
// by the generic rules is a random value under a secret-like name, which the peer rejects for
// reasons of its own (its detector wants another length or a keyword nearby): both are counted.
const count = (row, example, confidence, providerConfidence, floors) => {
  if (example.polarity === 'negative' && example.alsoPositive) {
    row.alsoPositive++;
    return;
  }
  if (example.polarity === 'negative') {
    row.negatives++;
    for (const f of floors) if (shownAt(confidence, f)) row.flagged[f]++;
    for (const f of floors) if (shownAt(providerConfidence, f)) row.flaggedByProvider[f]++;
    return;
  }
  row.positives++;
  if (example.notSecret) {
    row.notSecrets++;
    return;
  }
  if (example.placeholder) {
    row.placeholders++;
    return;
  }
  row.scored++;
  for (const f of floors) if (shownAt(confidence, f)) row.found[f]++;
};

/**
 * Totals and per-family rows for one peer; `confidences[i]` (any rule) and `providerConfidences[i]`
 * (provider rules only) belong to `examples[i]`.
 */
export const scorePeer = (examples, confidences, floors, providerConfidences = confidences) => {
  const total = emptyRow(floors);
  const families = new Map();
  examples.forEach((e, i) => {
    if (!families.has(e.family)) families.set(e.family, emptyRow(floors));
    count(total, e, confidences[i], providerConfidences[i], floors);
    count(families.get(e.family), e, confidences[i], providerConfidences[i], floors);
  });
  return { total, families };
};

/** A share as a percentage with one decimal, or '-' when there is nothing to share. */
export const percent = (part, whole) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`);

/** The positives not found at `floor`, and the negatives flagged at it, for the JSON-lines files. */
export const misses = (peer, examples, confidences, floor, rules = []) => {
  const missed = [];
  const flagged = [];
  examples.forEach((e, i) => {
    const line = { peer, rule: e.rule, family: e.family, source: e.source, confidence: confidences[i], leakgateRules: rules[i] ?? [], text: e.text };
    if (e.polarity === 'positive' && !e.notSecret && !e.placeholder && !shownAt(confidences[i], floor)) missed.push(line);
    if (e.polarity === 'negative' && !e.alsoPositive && shownAt(confidences[i], floor)) flagged.push(line);
  });
  return { missed, flagged };
};
