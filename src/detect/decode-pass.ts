// Rescans decoded text (base64, hex, %XX, \uXXXX, JSON strings, Kubernetes Secret data) and reports what it
// finds at the place of the encoded text, saying how it was decoded. Depth and size are bounded.
import { findEncoded } from './decoders.js';
import { inlineAllowMarker } from './inline-allow.js';
import { createLineIndex } from './line-index.js';
import type { Finding, Fragment, Suppression } from './types.js';

const MAX_DEPTH = 2;

export interface Scanned {
  readonly findings: Finding[];
  readonly suppressed: Suppression[];
}

interface Origin {
  readonly start: number;
  readonly end: number;
  readonly how: string;
}

type Position = { readonly line: number; readonly column: number };
const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.column <= b.column);

export const scanDecoded = (fragment: Fragment, scan: (fragment: Fragment) => Scanned, into: Scanned): void => {
  const lines = createLineIndex(fragment.text, fragment.startLine, fragment.lineNumbers);
  // Encoded text inside a secret already reported (the key inside a token) is the same secret.
  const reported = into.findings.map((f) => ({ from: { line: f.line, column: f.column }, to: { line: f.endLine, column: f.endColumn } }));
  const insideReported = (start: number, end: number): boolean => {
    if (reported.length === 0) return false;
    const from = lines.position(start);
    const to = lines.position(end);
    return reported.some((span) => before(span.from, from) && before(to, span.to));
  };
  const report = (inner: Scanned, at: Origin): void => {
    const start = lines.position(at.start);
    const end = lines.position(at.end);
    const marker = inlineAllowMarker(fragment.text, at.start, at.end);
    for (const finding of inner.findings) {
      // One encoded value read two ways (a Kubernetes Secret's data is also a base64 run) is one finding.
      if (into.findings.some((f) => f.ruleId === finding.ruleId && f.secret === finding.secret && f.line === start.line && f.decoded !== undefined)) continue;
      if (marker) {
        into.suppressed.push({ reason: 'inline', ruleId: finding.ruleId, file: finding.file, line: start.line, by: marker });
        continue;
      }
      into.findings.push({ ...finding, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, decoded: at.how });
    }
    for (const item of inner.suppressed) into.suppressed.push({ ...item, line: start.line });
  };
  const visit = (text: string, origin: Origin | undefined, depth: number): void => {
    for (const encoded of findEncoded(text)) {
      if (!origin && insideReported(encoded.start, encoded.end)) continue;
      const at: Origin = origin
        ? { ...origin, how: `${origin.how}>${encoded.how}` }
        : { start: encoded.start, end: encoded.end, how: encoded.how };
      const inner = scan({ path: fragment.path, text: encoded.text, startLine: 1, decoded: true, encodedAt: { fragment, start: at.start }, ...(fragment.commit ? { commit: fragment.commit } : {}), ...(fragment.blob ? { blob: fragment.blob } : {}) });
      // Most decoded runs hold nothing: the line table is built only for those that do.
      if (inner.findings.length > 0 || inner.suppressed.length > 0) report(inner, at);
      if (depth + 1 < MAX_DEPTH) visit(encoded.text, at, depth + 1);
    }
  };
  visit(fragment.text, undefined, 0);
};
