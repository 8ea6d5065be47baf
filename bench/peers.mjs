// npm run bench:peers — leakgate's recall on other scanners' published examples (issue 18, item 5).
// Reads Nosey Parker's, Kingfisher's, gitleaks', trufflehog's and detect-secrets' own rule tests out
// of fetched snapshots (--mirrors, bare repositories; nothing of theirs is committed), scans each
// example as a file of its own, and prints recall on realistic positives and flags on negatives.
//   node bench/peers.mjs [--mirrors DIR] [--peer NAME]... [--confidence low|medium|high]
//                        [--families N|all] [--missed FILE]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isLeakgateError } from '../lib/errors.js';
import { collectExamples } from './peers/collect-examples.mjs';
import { formatFamilyTable, formatPeerTable, formatPlaceholderReasons } from './peers/format-tables.mjs';
import { parsePeersArgs } from './peers/parse-args.mjs';
import { PEERS } from './peers/peers-list.mjs';
import { ruleFamilies } from './precision/families.mjs';
import { scanExamples } from './peers/scan-examples.mjs';
import { misses, scorePeer } from './peers/score-peer.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, '.bench-cache', 'peers');
const LEAKGATE = join(ROOT, 'bin', 'leakgate.js');

const jsonLines = (rows) => rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');

/** Where --missed FILE goes: relative names under .bench-cache/peers/ (never committed). */
const missedPath = (file) => (isAbsolute(file) ? file : join(CACHE, file));

/** Writes a JSON-lines file, creating its folder. */
const writeLines = (path, rows) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, jsonLines(rows));
  return path;
};

async function runPeer(peer, options, scratch, isGeneric) {
  const started = Date.now();
  const collected = collectExamples(peer, options.mirrors);
  const hits = await scanExamples(collected.examples, { leakgate: LEAKGATE, dir: join(scratch, peer.name), isGeneric });
  const confidences = hits.map((h) => h.confidence);
  const score = scorePeer(collected.examples, confidences, options.floors, hits.map((h) => h.providerConfidence));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.error(`${peer.name}: ${collected.files} files, ${collected.examples.length} examples (${collected.duplicates} duplicates dropped, ${collected.skipped} not literal, skipped) in ${seconds} s`);
  return { ...collected, confidences, rules: hits.map((h) => h.rules), ...score };
}

async function main(argv) {
  const options = parsePeersArgs(argv, PEERS.map((p) => p.name));
  const scratch = mkdtempSync(join(tmpdir(), 'leakgate-peers-'));
  const results = [];
  const families = ruleFamilies(LEAKGATE);
  const isGeneric = (ruleId) => (families[ruleId] ?? (ruleId.startsWith('generic-') ? 'generic' : '')) === 'generic';
  try {
    for (const peer of PEERS.filter((p) => options.peers.includes(p.name))) results.push(await runPeer(peer, options, scratch, isGeneric));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const floor = options.floors[options.floors.length - 1];
  const out = ['', ...formatPeerTable(results, options.floors), ''];
  for (const r of results) {
    out.push(`${r.peer}: placeholders excluded: ${formatPlaceholderReasons(r.examples)}; negatives left out as the peer's own positive elsewhere: ${r.total.alsoPositive}`, '');
    out.push(...formatFamilyTable(r.peer, r.families, options.floors, options.families), '');
  }
  console.log(out.join('\n'));
  const all = results.map((r) => misses(r.peer, r.examples, r.confidences, floor, r.rules));
  const placeholders = results.flatMap((r) => r.examples.filter((e) => e.placeholder || e.notSecret)
    .map((e) => ({ peer: r.peer, rule: e.rule, reason: e.placeholder ?? `not a secret: ${e.notSecret}`, text: e.text })));
  // The flagged negatives and the placeholders go beside the missed positives.
  const missed = missedPath(options.missed);
  console.error(`missed @${floor}: ${writeLines(missed, all.flatMap((m) => m.missed))}`);
  console.error(`negatives flagged @${floor}: ${writeLines(join(dirname(missed), 'flagged.jsonl'), all.flatMap((m) => m.flagged))}`);
  console.error(`placeholders and non-secrets: ${writeLines(join(dirname(missed), 'placeholders.jsonl'), placeholders)}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (error) => {
      console.error(isLeakgateError(error) ? `bench:peers: ${error.message}` : error);
      process.exitCode = 2;
    },
  );
}

