// What `leakgate audit` shows beside a finding: a few lines of its file, or its match. Redacted,
// every secret found in the file is masked (not only this one): by where each finding is (its
// line and column span, so a PEM body's lines and a base64 run whose decoded text held the secret
// are covered) and by its text wherever else it appears. Then control characters are escaped.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../detect/types.js';
import { escapeControl } from '../report/escape-control.js';
import { createMasker, redactSecret, shortMatch } from '../report/redact.js';

const WIDTH = 200;

/** Marks the characters of `line` (number `n`) that lie inside a finding's span. */
const spanMask = (line: string, n: number, findings: readonly Finding[]): boolean[] | undefined => {
  let masked: boolean[] | undefined;
  for (const f of findings) {
    if (n < f.line || n > f.endLine) continue;
    const from = n === f.line ? f.column - 1 : 0;
    const to = n === f.endLine ? f.endColumn - 1 : line.length;
    masked ??= new Array<boolean>(line.length).fill(false);
    for (let i = Math.max(0, from); i < Math.min(to, line.length); i++) masked[i] = true;
  }
  return masked;
};

/** Each run of masked characters becomes one "*****". */
const applyMask = (line: string, masked: readonly boolean[] | undefined): string => {
  if (!masked) return line;
  let out = '';
  for (let i = 0; i < line.length; i++) {
    if (!masked[i]) out += line[i];
    else if (i === 0 || !masked[i - 1]) out += '*****';
  }
  return out;
};

/** Every secret, and each line of a multi-line secret (a PEM body line alone on a line). */
const piecesOf = (findings: readonly Finding[]): string[] => findings.flatMap((f) => [f.secret, ...f.secret.split(/\r?\n/)]);

export const auditContext = (root: string, finding: Finding, inFile: readonly Finding[], percent: number | undefined): string[] => {
  const mask = percent === undefined ? (text: string) => text : createMasker(piecesOf(inFile), percent);
  const file = join(root, finding.file);
  if (finding.commit || !existsSync(file)) {
    const match = percent === undefined ? finding.match : finding.match.split(finding.secret).join(redactSecret(finding.secret, percent));
    return [`    ${escapeControl(shortMatch(mask(match)))}`];
  }
  const lines = readFileSync(file, 'utf8').split('\n');
  const from = Math.max(0, finding.line - 3);
  return lines.slice(from, finding.line + 2).map((raw, i) => {
    const number = from + i + 1;
    const line = percent === undefined ? raw : mask(applyMask(raw, spanMask(raw, number, inFile)));
    return `${number === finding.line ? '>' : ' '} ${String(number).padStart(5)} | ${escapeControl(line).slice(0, WIDTH)}`;
  });
};
