// The judge's work list: every sampled finding that has no verdict yet, with the lines around it
// read from the extracted tree now (so the list holds secrets: it is written under .bench-cache/).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleFindings, verdictFor } from './sample.mjs';

const AROUND = 3;
const WIDTH = 400; // minified lines are cut to this many characters around the finding's column

function clip(text, column) {
  if (text.length <= WIDTH) return text;
  const start = Math.max(0, Math.min(text.length - WIDTH, column - 1 - WIDTH / 2));
  return `${start > 0 ? '…' : ''}${text.slice(start, start + WIDTH)}${start + WIDTH < text.length ? '…' : ''}`;
}

function contextOf(path, line, column) {
  let lines;
  try {
    lines = readFileSync(path, 'utf8').split(/\r?\n/);
  } catch (error) {
    return [{ line, text: `(unreadable: ${error.code ?? error.message})` }];
  }
  const out = [];
  for (let n = Math.max(1, line - AROUND); n <= Math.min(lines.length, line + AROUND); n += 1) {
    out.push({ line: n, text: clip(lines[n - 1], n === line ? column ?? 1 : 1) });
  }
  return out;
}

/** Writes the unjudged sample of `results` as JSON lines; returns how many. */
export function writeUnjudged(file, results, index, familyOf, treeOf) {
  const lines = [];
  for (const result of results) {
    for (const f of sampleFindings(result.repo, result.findings)) {
      if (verdictFor(index, result.repo, f, familyOf)) continue;
      lines.push(JSON.stringify({
        repo: result.repo, half: result.half, commit: result.commit, file: f.file, line: f.line,
        column: f.column, ruleId: f.ruleId, family: familyOf(f.ruleId), confidence: f.confidence ?? null,
        context: contextOf(join(treeOf(result), f.file), f.line, f.column),
      }));
    }
  }
  writeFileSync(file, lines.length ? `${lines.join('\n')}\n` : '');
  return lines.length;
}
