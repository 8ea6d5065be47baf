// Finds encoded text worth decoding and rescanning: base64 (and base64url), hex, percent-encoding,
// \uXXXX escapes, and the data values of Kubernetes Secret manifests. Pure and bounded: only runs
// that decode to mostly printable text are kept, within a byte budget per fragment.

export interface Decoded {
  /** Offsets of the encoded run in the scanned text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly how: 'base64' | 'hex' | 'percent' | 'unicode-escape' | 'kubernetes-secret';
}

/** Decoded bytes allowed per fragment: a minified bundle full of data URIs must not blow up. */
const BUDGET = 1 << 20;
const MAX_RUN = 64 * 1024;

/** Characters of base64 and base64url (hex is a subset). */
const RUN_CHAR = new Uint8Array(65536);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') RUN_CHAR[c.charCodeAt(0)] = 1;
const MIN_RUN = 24;
const URL_CHAR = /[A-Za-z0-9._~+\-!*();:@&=$,/?#%]/;

/** Runs of 24+ base64 characters, found in one linear pass (a character-class regex is 4x slower). */
const candidateRuns = (text: string): Array<readonly [number, number]> => {
  const out: Array<readonly [number, number]> = [];
  let start = -1;
  for (let i = 0, n = text.length; i <= n; i++) {
    if (i < n && RUN_CHAR[text.charCodeAt(i)] === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= MIN_RUN) out.push([start, i]);
      start = -1;
    }
  }
  return out;
};

/** Maximal runs around each occurrence of an escape, holding at least `least` escapes. */
const escapeRuns = (text: string, marker: string, escape: RegExp, least: number, allowed: RegExp): Array<readonly [number, number]> => {
  const out: Array<readonly [number, number]> = [];
  const head = new RegExp(`^${escape.source}`);
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
    // Most "%" in code are the modulo operator: expand only around a real escape.
    if (!head.test(text.slice(at, at + 6))) continue;
    let start = at;
    let end = at;
    while (start > 0 && at - start < 256 && allowed.test(text[start - 1] as string)) start--;
    while (end < text.length && end - at < 4096 && (allowed.test(text[end] as string) || text[end] === '\\')) end++;
    const run = text.slice(start, end);
    if ((run.match(escape)?.length ?? 0) >= least) out.push([start, end]);
    at = end;
  }
  return out;
};

/** Text a human or a config would hold: printable, mostly ASCII, with at most a little else. */
export const looksLikeText = (text: string): boolean => {
  if (text.length < 8) return false;
  let printable = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13) printable++;
  }
  return printable / text.length >= 0.95;
};

const fromBase64 = (run: string): string => Buffer.from(run, run.includes('-') || run.includes('_') ? 'base64url' : 'base64').toString('utf8');

/** A base64 candidate needs the mix of a real encoding: upper, lower and digits or symbols. */
const mixed = (run: string): boolean => /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9+/_-]/.test(run);

const kubernetesValues = (text: string): Decoded[] => {
  if (!/^kind:\s*["']?Secret\b/m.test(text)) return [];
  const out: Decoded[] = [];
  const line = /^([ \t]+)([\w.-]+):[ \t]*["']?([A-Za-z0-9+/]{4,}={0,2})["']?[ \t]*$/gm;
  for (let m = line.exec(text); m !== null; m = line.exec(text)) {
    const value = Buffer.from(m[3] ?? '', 'base64').toString('utf8');
    if (looksLikeText(`${value}        `) && value.length > 0) {
      const start = m.index + (m[1]?.length ?? 0);
      out.push({ start, end: m.index + m[0].length, text: `${m[2] ?? ''}: ${value}`, how: 'kubernetes-secret' });
    }
  }
  return out;
};

const decodePercent = (run: string): string | undefined => {
  try {
    return decodeURIComponent(run.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
};

export const findEncoded = (text: string): Decoded[] => {
  const found: Decoded[] = [...kubernetesValues(text)];
  let budget = BUDGET;
  const keep = (start: number, end: number, how: Decoded['how'], decoded: string | undefined): void => {
    budget -= end - start;
    if (decoded !== undefined && looksLikeText(decoded)) found.push({ start, end, text: decoded, how });
  };
  for (const [start, runEnd] of candidateRuns(text)) {
    if (budget <= 0) break;
    if (runEnd - start > MAX_RUN) continue;
    let end = runEnd;
    while (end < text.length && end - runEnd < 2 && text[end] === '=') end++;
    const run = text.slice(start, end);
    if (/^[0-9a-fA-F]+$/.test(run)) {
      if (run.length % 2 === 0 && /[a-fA-F]/.test(run) && /[0-9]/.test(run)) keep(start, end, 'hex', Buffer.from(run, 'hex').toString('utf8'));
    } else if (mixed(run)) {
      keep(start, end, 'base64', fromBase64(run));
    }
  }
  if (text.includes('%')) {
    for (const [start, end] of escapeRuns(text, '%', /%[0-9A-Fa-f]{2}/g, 3, URL_CHAR)) keep(start, end, 'percent', decodePercent(text.slice(start, end)));
  }
  if (text.includes('\\u')) {
    const unescape = (run: string): string => run.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    for (const [start, end] of escapeRuns(text, '\\u', /\\u[0-9a-fA-F]{4}/g, 4, /[^\\"'`\n]/)) keep(start, end, 'unicode-escape', unescape(text.slice(start, end)));
  }
  return found;
};
