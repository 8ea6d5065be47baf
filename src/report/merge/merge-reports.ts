// `leakgate report merge`: many JSON reports in, one deterministic merge out. Three passes keep
// memory flat: (1) find and check every document, noting its repository and counting correlation
// values; (2) repository by repository in name order, read its documents again, dedupe and sort
// their findings, tally them, keep correlation places only for shared values, and spool them to a temporary JSON-lines file; (3) the writer
// streams the spool after the summary it now knows.
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGrouper } from '../correlation.js';
import { compareMerged, type MergedFinding } from './merged-finding.js';
import { compareFailed, countRules, sortedRules, summariseRepository, zeroSeverities, type MergeSummary, type RepositorySummary, type RuleCount } from './merge-summary.js';
import { parseReport, peekReport, type FailedScan } from './parse-report.js';
import { readDocument, type DocumentRef } from './read-documents.js';
import { createSeenTwice } from './seen-twice.js';

export interface RepositoryFindings {
  readonly repository: string;
  readonly findings: readonly MergedFinding[];
}

export interface Merged {
  readonly summary: MergeSummary;
  /** The findings, repository by repository in name order, each list sorted. */
  readonly repositories: () => AsyncIterable<RepositoryFindings>;
  readonly dispose: () => void;
}

const parse = (ref: DocumentRef) => parseReport(readDocument(ref), ref.where, ref.fallbackName);

/** Pass 1: documents by repository, failures, and how often each correlation value occurs. */
const indexDocuments = (refs: readonly DocumentRef[]) => {
  const byRepository = new Map<string, DocumentRef[]>();
  const failed = new Map<string, FailedScan>();
  const modes = new Map<string, Set<string>>();
  const seen = createSeenTwice();
  for (const ref of refs) {
    const report = peekReport(readDocument(ref), ref.where, ref.fallbackName);
    (byRepository.get(report.repository) ?? byRepository.set(report.repository, []).get(report.repository))?.push(ref);
    (modes.get(report.repository) ?? modes.set(report.repository, new Set()).get(report.repository))?.add(report.mode);
    if (report.failed) failed.set(JSON.stringify(report.failed), report.failed);
    for (const correlation of report.correlations) seen.add(correlation);
  }
  return { byRepository, failed, modes, seen };
};

/** One repository's findings from all its documents: exact duplicates dropped, sorted. */
const repositoryFindings = (refs: readonly DocumentRef[]): MergedFinding[] => {
  const unique = new Map<string, MergedFinding>();
  for (const ref of refs) for (const finding of parse(ref).findings) unique.set(JSON.stringify(finding), finding);
  return [...unique.values()].sort(compareMerged);
};

/** Repositories a list expected (--expect) that no report speaks for: failed, never silently missing. */
const missing = (expected: readonly string[], present: ReadonlyMap<string, unknown>): FailedScan[] =>
  [...new Set(expected)].filter((name) => !present.has(name)).map((repository) => ({ repository, mode: 'none', code: 'missing', message: 'no report was found for this repository' }));

export const mergeReports = async (refs: readonly DocumentRef[], toolVersion: string, expected: readonly string[] = []): Promise<Merged> => {
  const { byRepository, failed, modes, seen } = indexDocuments(refs);
  const failures = [...failed.values(), ...missing(expected, byRepository)].sort(compareFailed);
  const failedNames = new Set(failures.map((failure) => failure.repository));
  const names = [...new Set([...byRepository.keys(), ...failedNames])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const grouper = createGrouper(seen.shared);
  const dir = mkdtempSync(join(tmpdir(), 'leakgate-merge-'));
  const spool = join(dir, 'findings.jsonl');
  const repositories: RepositorySummary[] = [];
  const rules = new Map<string, RuleCount>();
  const bySeverity = zeroSeverities();
  let total = 0;
  const fd = openSync(spool, 'w');
  try {
    for (const name of names) {
      const findings = repositoryFindings(byRepository.get(name) ?? []);
      repositories.push(summariseRepository(name, [...(modes.get(name) ?? [])].sort(), findings, failedNames.has(name)));
      countRules(findings, rules);
      for (const finding of findings) {
        bySeverity[finding.severity]++;
        grouper.add(finding);
      }
      total += findings.length;
      writeSync(fd, `${JSON.stringify({ repository: name, findings })}\n`);
    }
  } catch (error) {
    // A bad report found in this pass: nothing is written, and the spool goes.
    rmSync(dir, { recursive: true, force: true });
    throw error;
  } finally {
    closeSync(fd);
  }
  const summary: MergeSummary = { toolVersion, reports: refs.length, findings: total, repositories, byRule: sortedRules(rules), bySeverity, failed: failures, groups: grouper.groups() };
  return {
    summary,
    repositories: async function* () {
      const lines = createInterface({ input: createReadStream(spool), crlfDelay: Infinity });
      for await (const line of lines) if (line !== '') yield JSON.parse(line) as RepositoryFindings;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
};
