// Precision per rule family on one half of the panel, from a run's findings and the verdicts.
// Each judged sample finding stands for (repo's findings / repo's sample size) findings, so a
// repository with 400 findings weighs ten times one with 40; U verdicts are left out of precision.
import { sampleFindings, verdictFor } from './sample.mjs';

const emptyRow = () => ({ findings: 0, sampled: 0, unjudged: 0, TL: 0, TF: 0, FP: 0, U: 0 });

function add(rows, family, fn) {
  if (!rows.has(family)) rows.set(family, emptyRow());
  fn(rows.get(family));
}

/** Per-family rows plus `generic` and `all` summaries for the results of one half. */
export function scoreHalf(results, index, familyOf) {
  const rows = new Map();
  const all = emptyRow();
  let files = 0;
  for (const result of results) {
    files += result.files;
    for (const f of result.findings) {
      add(rows, familyOf(f.ruleId), (r) => (r.findings += 1));
      all.findings += 1;
    }
    const sample = sampleFindings(result.repo, result.findings);
    const weight = sample.length ? result.findings.length / sample.length : 0;
    for (const f of sample) {
      const v = verdictFor(index, result.repo, f, familyOf);
      const bump = (r) => {
        r.sampled += 1;
        if (v) r[v.verdict] += weight;
        else r.unjudged += 1;
      };
      bump(all);
      add(rows, familyOf(f.ruleId), bump);
    }
  }
  return { repos: results.length, files, rows, all, generic: rows.get('generic') ?? emptyRow() };
}

export const precisionOf = (r) => {
  const judged = r.TL + r.TF + r.FP;
  return judged > 0 ? (r.TL + r.TF) / judged : null;
};

const pct = (x) => (x === null ? '   -  ' : `${(100 * x).toFixed(1).padStart(5)}%`);
const num = (x, w = 6) => String(Math.round(x)).padStart(w);

function line(name, r) {
  return `  ${name.padEnd(24)}${num(r.findings, 7)}${num(r.sampled)}${num(r.unjudged, 7)}` +
    `${num(r.TL)}${num(r.TF)}${num(r.FP)}${num(r.U)}   ${pct(precisionOf(r))}`;
}

/** The table for one half, as lines of text. */
export function formatHalf(half, label, s) {
  const per1000 = s.files ? (1000 * s.all.findings) / s.files : 0;
  const out = [
    `${half} half, run "${label}": ${s.repos} repositories, ${s.files} files scanned, ` +
      `${s.all.findings} findings, ${per1000.toFixed(1)} findings per 1,000 files`,
    `  ${'family'.padEnd(24)}${'finds'.padStart(7)}${'sampl'.padStart(6)}${'unjudg'.padStart(7)}` +
      `${'~TL'.padStart(6)}${'~TF'.padStart(6)}${'~FP'.padStart(6)}${'~U'.padStart(6)}   precision`,
  ];
  const families = [...s.rows.entries()].filter(([f]) => f !== 'generic').sort((a, b) => b[1].findings - a[1].findings || (a[0] < b[0] ? -1 : 1));
  for (const [family, r] of families) out.push(line(family, r));
  out.push(line('generic', s.generic), line('all findings', s.all));
  return out;
}

/** Two runs of one half side by side: findings and precision per family. */
export function formatCompare(half, labelA, a, labelB, b) {
  const head = (s) => `${s.all.findings} findings, ${(s.files ? (1000 * s.all.findings) / s.files : 0).toFixed(1)}/1,000 files`;
  const out = [
    `${half} half: "${labelA}" ${head(a)}  |  "${labelB}" ${head(b)}`,
    `  ${'family'.padEnd(24)}${`finds ${labelA}`.padStart(14)}${`finds ${labelB}`.padStart(14)}` +
      `${`prec ${labelA}`.padStart(14)}${`prec ${labelB}`.padStart(14)}${'unjudged'.padStart(10)}`,
  ];
  const families = [...new Set([...a.rows.keys(), ...b.rows.keys()])].filter((f) => f !== 'generic').sort();
  const row = (name, ra, rb) =>
    `  ${name.padEnd(24)}${num(ra.findings, 14)}${num(rb.findings, 14)}${pct(precisionOf(ra)).padStart(14)}` +
    `${pct(precisionOf(rb)).padStart(14)}${`${ra.unjudged}/${rb.unjudged}`.padStart(10)}`;
  const zero = { findings: 0, sampled: 0, unjudged: 0, TL: 0, TF: 0, FP: 0, U: 0 };
  for (const f of families) out.push(row(f, a.rows.get(f) ?? zero, b.rows.get(f) ?? zero));
  out.push(row('generic', a.generic, b.generic), row('all findings', a.all, b.all));
  return out;
}
