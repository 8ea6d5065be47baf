// What `report merge` reads: files, folders (every .json, .jsonl and .ndjson file under them),
// globs (quoted, so the shell leaves them to us), and "-" for stdin, in any mix.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import micromatch from 'micromatch';
import { LeakgateError } from '../../errors.js';

export const STDIN = '-';
const REPORT_FILE = /\.(json|jsonl|ndjson)$/i;

const walk = (dir: string, out: string[]): void => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && REPORT_FILE.test(entry.name)) out.push(path);
  }
};

const filesUnder = (dir: string): string[] => {
  const out: string[] = [];
  walk(dir, out);
  return out;
};

const expandGlob = (cwd: string, pattern: string): string[] => {
  const { base } = micromatch.scan(pattern);
  const root = resolve(cwd, base === '' ? '.' : base);
  let candidates: string[];
  try {
    candidates = filesUnder(root);
  } catch {
    candidates = [];
  }
  const absolute = resolve(cwd, pattern);
  return candidates.filter((path) => micromatch.isMatch(path, absolute, { dot: true }) || micromatch.isMatch(relative(cwd, path), pattern, { dot: true }));
};

/** Absolute paths (and "-"), each once, sorted: the merge's result never depends on this order anyway. */
export const expandInputs = (cwd: string, inputs: readonly string[]): string[] => {
  if (inputs.length === 0) throw new LeakgateError('usage', 'name the reports to merge: files, folders, globs, or - for JSON lines on stdin');
  const out = new Set<string>();
  for (const input of inputs) {
    if (input === STDIN) {
      out.add(STDIN);
      continue;
    }
    const path = resolve(cwd, input);
    let isDir = false;
    let exists = true;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      exists = false;
    }
    const found = exists ? (isDir ? filesUnder(path) : [path]) : micromatch.scan(input).isGlob ? expandGlob(cwd, input) : undefined;
    if (found === undefined) throw new LeakgateError('usage', `no such report file or folder: ${input}`);
    if (found.length === 0) throw new LeakgateError('usage', `no reports (*.json, *.jsonl) in ${input}: did the scans upload them?`);
    for (const file of found) out.add(file);
  }
  return [...out].sort();
};
