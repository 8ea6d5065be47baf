// Matching findings to labels, and the numbers: per family recall, precision, F1.
import { FAMILIES } from './secrets.mjs';

export const redact = (value) => {
  const s = String(value ?? '').replace(/\s+/g, ' ');
  if (s.length <= 8) return `${s.slice(0, 2)}…(${s.length})`;
  if (s.length <= 16) return `${s.slice(0, 4)}…(${s.length})`;
  return `${s.slice(0, 8)}…${s.slice(-3)}(${s.length})`;
};

/** The match with the secret in it masked, cut to `width` characters. */
export const context = (match, secret, width = 90) => {
  let m = String(match ?? '').replace(/\s+/g, ' ');
  const sec = String(secret ?? '').replace(/\s+/g, ' ');
  if (sec && m.includes(sec)) m = m.replace(sec, `⟨${redact(sec)}⟩`);
  else m = redact(m);
  return m.length > width ? `${m.slice(0, width - 1)}…` : m;
};

const overlaps = (a, b) => {
  if (!a || !b) return false;
  const x = a.trim();
  const y = b.trim();
  if (x.includes(y) || y.includes(x)) return true;
  // URL- or JSON-escaped spellings of the same value.
  const norm = (s) => {
    try {
      return decodeURIComponent(s).replace(/\\n/g, '\n').replace(/\\\//g, '/');
    } catch {
      return s;
    }
  };
  const nx = norm(x);
  const ny = norm(y);
  return nx.includes(ny) || ny.includes(nx);
};

/**
 * Match each finding to a label. A finding is:
 *  - TP: on a planted secret's line(s) and (for one-line secrets) overlapping the planted value;
 *  - DUP: a second finding of a secret already matched (counted apart, not an FP);
 *  - OPT: on an optional label (ambiguous value, neither credited nor blamed);
 *  - FP: anything else (a decoy's line, a secret's line with a different value, an unlabelled line).
 * Path-only findings (the file itself is the finding) match file-level labels, and so does any
 * finding of the file's content.
 */
export const matchFindings = (findings, labels) => {
  const byFile = new Map();
  for (const label of labels) {
    if (!byFile.has(label.file)) byFile.set(label.file, []);
    byFile.get(label.file).push(label);
  }
  const matched = new Map(); // label -> findings
  const results = [];
  for (const f of findings) {
    const fileLabels = byFile.get(f.file) ?? [];
    const pathOnly = f.secret === f.file && f.match === f.file;
    let outcome;
    if (pathOnly) {
      const label = fileLabels.find((l) => l.fileLevel);
      if (label?.type === 'secret') outcome = { label, kind: label.optional ? 'OPT' : matched.has(label) ? 'DUP' : 'TP' };
      else outcome = { label, kind: 'FP', reason: label ? label.category : 'file-not-sensitive' };
    } else {
      const fLine = f.line;
      const fEnd = f.endLine ?? f.line;
      const onLines = fileLabels.filter((l) => !l.fileLevel && fLine <= l.endLine && fEnd >= l.line);
      const secrets = onLines.filter((l) => l.type === 'secret' && (l.multiline || overlaps(f.secret, l.secret)));
      if (secrets.length) {
        const exact = secrets.find((l) => l.secret === f.secret && !matched.has(l));
        const label = exact ?? secrets.find((l) => !matched.has(l)) ?? secrets[0];
        outcome = { label, kind: label.optional ? 'OPT' : matched.has(label) ? 'DUP' : 'TP' };
      } else {
        const decoy = onLines.find((l) => l.type === 'decoy');
        const secretLine = onLines.find((l) => l.type === 'secret');
        if (decoy) outcome = { label: decoy, kind: 'FP', reason: decoy.category };
        else if (secretLine) outcome = { label: secretLine, kind: 'FP', reason: 'secret-line-wrong-value' };
        else outcome = { label: undefined, kind: 'FP', reason: 'unlabelled-line' };
      }
    }
    if (outcome.kind === 'TP' || outcome.kind === 'DUP' || outcome.kind === 'OPT') {
      if (!matched.has(outcome.label)) matched.set(outcome.label, []);
      matched.get(outcome.label).push(f);
    }
    results.push({ finding: f, ...outcome });
  }
  // A file reported by what it holds stands for the file itself: leakgate reports one secret at
  // one place once, and the content finding, which says where, replaces the file-name finding.
  for (const label of labels) {
    if (!label.fileLevel || label.type !== 'secret' || matched.has(label)) continue;
    const inFile = findings.filter((f) => f.file === label.file);
    if (inFile.length > 0) matched.set(label, inFile);
  }
  const required = labels.filter((l) => l.type === 'secret' && !l.optional);
  const fn = required.filter((l) => !matched.has(l));
  return { results, matched, required, fn };
};

/** The benchmark family a rule's findings count towards (for precision). */
export const familyOfRule = (id, tags = []) => {
  if (/^connection-string-url/.test(id)) return 'url-credential';
  if (/^connection-string/.test(id)) return 'connection-string';
  if (/^jwt/.test(id)) return 'jwt';
  if (tags.includes('private-key')) return 'private-key';
  if (tags.includes('sensitive-file')) return 'sensitive-file';
  if (tags.includes('generic') || tags.length === 0) {
    if (/jwt/.test(id)) return 'jwt';
    if (/conn|jdbc|dsn|database-url|db-url|(mongo|postgres|mysql|redis|amqp)/.test(id)) return 'connection-string';
    if (/url|basic-auth|userinfo|uri/.test(id)) return 'url-credential';
    if (/private-key|pem/.test(id)) return 'private-key';
    return 'generic';
  }
  for (const tag of tags) {
    if (tag === 'saas' || tag === 'data') return 'saas/data';
    if (FAMILIES.includes(tag)) return tag;
  }
  return 'generic';
};

const ratio = (a, b) => (b === 0 ? null : a / b);
const f1 = (p, r) => (p === null || r === null || p + r === 0 ? (p === 0 || r === 0 ? 0 : null) : (2 * p * r) / (p + r));

/** Per family and overall: planted, found, FN, FP, recall, precision, F1. */
export const metrics = (match, labels, familyOfFinding) => {
  const rows = new Map();
  const row = (family) => {
    if (!rows.has(family)) rows.set(family, { family, planted: 0, tp: 0, fp: 0, dup: 0 });
    return rows.get(family);
  };
  for (const family of FAMILIES) row(family);
  for (const label of match.required) {
    row(label.family).planted++;
    if (match.matched.has(label)) row(label.family).tp++;
  }
  for (const res of match.results) {
    if (res.kind === 'FP') row(familyOfFinding(res.finding)).fp++;
    if (res.kind === 'DUP') row(res.label.family).dup++;
  }
  const finish = (x) => {
    const recall = ratio(x.tp, x.planted);
    const precision = ratio(x.tp, x.tp + x.fp);
    return { ...x, fn: x.planted - x.tp, recall, precision, f1: f1(precision, recall) };
  };
  const families = [...rows.values()].map(finish);
  const total = finish(families.reduce((a, x) => ({ family: 'OVERALL', planted: a.planted + x.planted, tp: a.tp + x.tp, fp: a.fp + x.fp, dup: a.dup + x.dup }), { family: 'OVERALL', planted: 0, tp: 0, fp: 0, dup: 0 }));
  return { families, total, decoys: labels.filter((l) => l.type === 'decoy').length };
};

export const pct = (x) => (x === null || x === undefined ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
