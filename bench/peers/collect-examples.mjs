// A peer's examples, read at run time from its fetched snapshot: listed, extracted, de-duplicated
// (trufflehog repeats the same input across cases), and the positives split into realistic ones
// and placeholders.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LeakgateError } from '../../lib/errors.js';
import { headCommit, listFiles, readFiles } from './bare-repo.mjs';
import { placeholderReason, secretToken } from './placeholder-reason.mjs';

/** The bare git directory of a fetched snapshot of `owner/name`. */
export const mirrorDir = (mirrors, repo) => join(mirrors, repo.replace('/', '+'), 'repo');

/** Keeps the first example of each polarity, text and path; returns them with the number dropped. */
export const dedupeExamples = (examples) => {
  const seen = new Set();
  const kept = examples.filter((e) => {
    const key = `${e.polarity}\0${e.path ?? ''}\0${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { kept, duplicates: examples.length - kept.length };
};

/**
 * Marks each positive that is a placeholder with `placeholder: reason` (unless the peer says it is
 * no secret at all, `notSecret`), and with `alsoPositive`
 * each negative whose value the same peer gives as a positive elsewhere: a peer's negative says
 * "not this rule here" (a GitHub token in GitLab's tests; trufflehog's key too far from its
 * keyword), not "no secret here".
 */
export const markExamples = (examples) => {
  const positives = new Set(examples.filter((e) => e.polarity === 'positive').map((e) => secretToken(e.text)));
  return examples.map((e) => (e.polarity === 'positive'
    ? { ...e, notSecret: e.notSecret ?? null, placeholder: e.notSecret ? null : placeholderReason(e.text), alsoPositive: false }
    : { ...e, notSecret: e.notSecret ?? null, placeholder: null, alsoPositive: positives.has(secretToken(e.text)) }));
};

/** Everything the bench needs of one peer, or a LeakgateError when its snapshot is missing. */
export const collectExamples = (peer, mirrors) => {
  const gitDir = mirrorDir(mirrors, peer.repo);
  if (!existsSync(gitDir)) {
    throw new LeakgateError('io', `${gitDir}: no snapshot of ${peer.repo}; fetch it there, or pass --mirrors DIR or --peer to skip it`);
  }
  const paths = peer.folders.flatMap((folder) => listFiles(gitDir, folder, peer.pattern));
  const all = [];
  let skipped = 0;
  for (const [path, source] of readFiles(gitDir, paths)) {
    const found = peer.extract(source, path);
    skipped += found.skipped;
    for (const e of found.examples) all.push({ ...e, source: path });
  }
  const { kept, duplicates } = dedupeExamples(all);
  return { peer: peer.name, repo: peer.repo, commit: headCommit(gitDir), files: paths.length, skipped, duplicates, examples: markExamples(kept) };
};
