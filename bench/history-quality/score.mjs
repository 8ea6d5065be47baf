// Matches leakgate's history findings to the labels (by file + secret) and checks what each
// matched finding says about the history: introducing commit, presentInHead, occurrences, line.

/** Secrets compare with line breaks and runs of blanks folded (a PEM block spans lines). */
export const norm = (secret) => String(secret).replace(/\r/g, '').replace(/\s+/g, ' ').trim();

const short = (sha) => (sha ? sha.slice(0, 10) : '(none)');
const hours = (seconds) => `${(seconds / 3600).toFixed(1)} h`;
const utc = (epoch) => `${new Date(epoch * 1000).toISOString().slice(0, 16).replace('T', ' ')}Z`;

/** A path-only finding: the file's name is the finding (sensitive-file rules). */
export const isPathFinding = (finding) => finding.secret === finding.file;

export const describeCommit = (commits, sha) => {
  const c = commits.get(sha);
  if (!c) return `${short(sha)} (not a commit the generator made)`;
  return `${short(sha)} [${c.kind}] "${c.message}" by ${c.author} ${c.iso} (${utc(c.epoch)}) on ${c.branch}`;
};

/**
 * @param findings   leakgate's JSON findings
 * @param labels     planted secrets { id, scenario, family, file, secret, commit, line, expectOccurrences, cherryPick? }
 * @param decoys     { value, file, scenario }
 * @param ctx        { commits, currentPath(path), truthPresent(label), fileInHead(path) }
 */
export const score = (findings, labels, decoys, ctx) => {
  const pathFindings = findings.filter(isPathFinding);
  const secretFindings = findings.filter((f) => !isPathFinding(f));
  const matched = new Map(); // label id -> { finding, via }
  const falsePositives = [];
  const byKey = new Map();
  for (const label of labels) {
    const key = `${label.file}\0${norm(label.secret)}`;
    if (!byKey.has(key)) byKey.set(key, []);
    byKey.get(key).push(label);
  }
  const unmatchedSecond = [];
  // pass 1: same file, same secret
  for (const finding of secretFindings) {
    const candidates = byKey.get(`${finding.file}\0${norm(finding.secret)}`);
    if (!candidates) {
      unmatchedSecond.push(finding);
      continue;
    }
    const label = candidates.find((l) => !matched.has(l.id));
    if (label) matched.set(label.id, { finding, via: 'file + secret' });
    else falsePositives.push({ finding, kind: 'duplicate', why: `a second finding for ${candidates[0].id} (same file and secret, rule ${finding.ruleId})` });
  }
  // pass 2: the secret under a path its file was renamed to (accepted once, as the label's finding)
  for (const finding of unmatchedSecond) {
    const secret = norm(finding.secret);
    const sameSecret = labels.filter((l) => norm(l.secret) === secret);
    const renamed = sameSecret.find((l) => l.file !== finding.file && ctx.currentPath(l.file) === finding.file);
    if (renamed && !matched.has(renamed.id)) {
      matched.set(renamed.id, { finding, via: `renamed path (${renamed.file} -> ${finding.file})` });
      continue;
    }
    if (renamed) {
      falsePositives.push({
        finding,
        kind: 'reported again after a rename',
        why: `${renamed.id} (introduced as ${renamed.file} by ${short(renamed.commit)}) reported a second time under its new path ${finding.file}, blamed on ${describeCommit(ctx.commits, finding.commit)}`,
      });
      continue;
    }
    if (sameSecret.length > 0) {
      falsePositives.push({ finding, kind: 'same secret, wrong file', why: `secret of ${sameSecret.map((l) => `${l.id} (${l.file})`).join(', ')} reported at ${finding.file}` });
      continue;
    }
    const decoy = decoys.find((d) => d.value && (norm(d.value) === secret || norm(d.value).includes(secret) || secret.includes(norm(d.value))));
    if (decoy) {
      falsePositives.push({ finding, kind: 'decoy reported', why: `decoy "${decoy.scenario}" in ${decoy.file} (value ${JSON.stringify(decoy.value.length > 60 ? `${decoy.value.slice(0, 60)}…` : decoy.value)}) reported by rule ${finding.ruleId}` });
      continue;
    }
    falsePositives.push({ finding, kind: 'unexplained', why: `rule ${finding.ruleId} at ${finding.file}:${finding.line} matches no planted secret and no decoy` });
  }
  // path-only findings: scored apart (a sensitive file that holds planted secrets is a fair report)
  const plantedFiles = new Set(labels.map((l) => l.file));
  const pathChecks = pathFindings.map((finding) => {
    const planted = plantedFiles.has(finding.file);
    const inHead = ctx.fileInHead(ctx.currentPath(finding.file));
    return { finding, planted, expectPresent: inHead, presentOk: finding.presentInHead === inHead };
  });

  // per-label checks
  const results = labels.map((label) => {
    const m = matched.get(label.id);
    if (!m) return { label, found: false };
    const f = m.finding;
    const truth = ctx.truthPresent(label);
    return {
      label,
      found: true,
      finding: f,
      via: m.via,
      attributionOk: f.commit === label.commit,
      presentTruth: truth,
      presentOk: f.presentInHead === truth,
      occurrencesOk: f.occurrences === label.expectOccurrences,
      lineOk: f.line === label.line,
    };
  });
  const found = results.filter((r) => r.found);
  return {
    results,
    found,
    falsePositives,
    pathChecks,
    counts: {
      planted: labels.length,
      found: found.length,
      findings: findings.length,
      secretFindings: secretFindings.length,
      pathFindings: pathFindings.length,
      truePositives: found.length,
      falsePositives: falsePositives.length,
      attributionOk: found.filter((r) => r.attributionOk).length,
      presentOk: found.filter((r) => r.presentOk).length,
      occurrencesOk: found.filter((r) => r.occurrencesOk).length,
      lineOk: found.filter((r) => r.lineOk).length,
    },
  };
};

/** Why the blamed commit is not the introducing one. */
export const diagnoseAttribution = (result, commits) => {
  const { label, finding } = result;
  const truth = commits.get(label.commit);
  const blamed = commits.get(finding.commit);
  if (!truth || !blamed) return `blamed ${short(finding.commit)}, expected ${short(label.commit)}`;
  const lines = [`expected ${describeCommit(commits, label.commit)}`, `blamed   ${describeCommit(commits, finding.commit)}`];
  if (blamed.epoch > truth.epoch && blamed.iso < truth.iso) {
    lines.push(
      `-> the blamed commit is ${hours(blamed.epoch - truth.epoch)} LATER, but its author date "${blamed.iso}" sorts before "${truth.iso}" as text: ` +
        'consolidate-history.ts picks the earliest occurrence by comparing %aI strings, so offsets (+09:00 vs -08:00) are ignored',
    );
  } else if (blamed.epoch === truth.epoch) {
    lines.push('-> same author date (a cherry-pick or rebase copy): the tie is broken by git log order');
  } else if (blamed.epoch < truth.epoch) {
    lines.push('-> the blamed commit has an earlier author date than the true introduction');
  } else {
    lines.push('-> the blamed commit is later and its date also sorts later: the original occurrence was not seen');
  }
  return lines.join('\n      ');
};

export const diagnosePresent = (result, ctx) => {
  const { label, finding, presentTruth } = result;
  const now = ctx.currentPath(label.file);
  if (now !== label.file && presentTruth && !finding.presentInHead) {
    return `still in HEAD at ${now} (renamed from ${label.file}); present-in-head.ts reads HEAD:${finding.file} and does not follow the rename`;
  }
  if (!presentTruth && finding.presentInHead) return `not in HEAD at ${now}, leakgate says it is`;
  return `HEAD:${now} ${presentTruth ? 'holds' : 'does not hold'} it, leakgate says presentInHead=${finding.presentInHead}`;
};
