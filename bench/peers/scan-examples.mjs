// Runs leakgate once over a folder holding one example per file (`<n>/<plausible name>`), at the
// lowest floor, and answers for each example the highest confidence of its findings, or null.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LeakgateError } from '../../lib/errors.js';
import { fileNameFor } from './file-name-for.mjs';

const RANK = { low: 1, medium: 2, high: 3 };

/** The higher of two confidences (null below every level). */
export const higherConfidence = (a, b) => ((RANK[b] ?? 0) > (RANK[a] ?? 0) ? b : a);

/**
 * An example as a file holds it: without the indentation the peer's Go or Python source gave every
 * line of a multi-line literal, and without the blank lines around it.
 */
export const dedent = (text) => {
  const lines = text.replace(/^(?:[ \t]*\r?\n)+|\s+$/g, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0]);
  let common = indents[0] ?? '';
  for (const indent of indents) while (!indent.startsWith(common)) common = common.slice(0, -1);
  return `${lines.map((l) => l.slice(common.length)).join('\n')}\n`;
};

/** A peer's own relative path for an example, kept inside the folder (no `..`, no root). */
const safePath = (path) => path.split(/[\\/]+/).filter((part) => part && part !== '.' && part !== '..').join('/');

/** Where example `i` is written, relative to the scanned folder: under the peer's path if it gives one. */
export const examplePath = (i, text, path) => `${String(i).padStart(5, '0')}/${(path && safePath(path)) || fileNameFor(text)}`;

const run = (args, cwd) =>
  new Promise((resolve) => {
    const child = spawn('node', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });

/** The generic rules by id, when no rule table is given: leakgate names them `generic-*`. */
const genericById = (ruleId) => ruleId.startsWith('generic-');

/**
 * Per example index, from a leakgate JSON report over the folder: the highest confidence of its
 * findings, the highest of those by a provider rule (not a generic one), and the rules that fired.
 */
export const hitsFromReport = (report, paths, isGeneric = genericById) => {
  const index = new Map(paths.map((p, i) => [p, i]));
  const hits = paths.map(() => ({ confidence: null, providerConfidence: null, rules: [] }));
  for (const f of report.findings) {
    const hit = hits[index.get(f.file)];
    if (hit === undefined) continue;
    const confidence = f.confidence ?? 'high';
    hit.confidence = higherConfidence(hit.confidence, confidence);
    if (!isGeneric(f.ruleId)) hit.providerConfidence = higherConfidence(hit.providerConfidence, confidence);
    if (!hit.rules.includes(f.ruleId)) hit.rules.push(f.ruleId);
  }
  return hits;
};

/**
 * Scans `examples` with the leakgate CLI at `leakgate` in a fresh folder `dir` (removed after), and
 * answers each example's hits (see hitsFromReport; `isGeneric` tells a generic rule by its id).
 */
export const scanExamples = async (examples, { leakgate, dir, isGeneric }) => {
  rmSync(dir, { recursive: true, force: true });
  const paths = examples.map((e, i) => examplePath(i, dedent(e.text), e.path));
  paths.forEach((path, i) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), dedent(examples[i].text));
  });
  const args = [leakgate, 'scan', '.', '--format', 'json', '--no-baseline', '--no-progress', '--confidence', 'low'];
  const { code, stdout, stderr } = await run(args, dir);
  rmSync(dir, { recursive: true, force: true });
  if (code !== 0 && code !== 1) throw new LeakgateError('internal', `leakgate exited ${code}: ${stderr.trim().split('\n')[0]}`);
  return hitsFromReport(JSON.parse(stdout), paths, isGeneric);
};
