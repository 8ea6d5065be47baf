// The pure core: a fragment of text in, findings (and what was suppressed, and why) out.
import { allowlistDrops, allowsWholePath, describeAllowlist, targets, type Candidate } from './allowlist.js';
import { entropyFloorFor, shannonEntropy } from './entropy.js';
import { findingAt } from './finding-at.js';
import { fingerprint } from './fingerprint.js';
import { inlineAllowMarker } from './inline-allow.js';
import { buildKeywordIndex, type KeywordIndex } from './keyword-index.js';
import { scanDecoded } from './decode-pass.js';
import { base64Plain } from './decoders.js';
import { createLineIndex, type LineIndex } from './line-index.js';
import type { Allowlist, DocsMode, Finding, Fragment, Rule, Suppression } from './types.js';
import { VALIDATE } from './validators.js';
import { dropNamedWithContent, dropRejected, dropShadowedGeneric } from './generic-shadowing.js';
import { ascending, spanText, windowsFor, type Span } from './windows.js';
import { assessFinding } from './generic/assess-finding.js';
import { fileContextOf } from './generic/file-context.js';
import { valueToItsEnd } from './generic/value-end.js';
import { confidenceIn } from './generic/confidence.js';
import { credentialCandidates, hasCredentialFormat } from './credential-files/credential-candidates.js';
import { credentialFinding, credentialPathGate, dropCommentedOut, preferCredentialFindings } from './credential-files/credential-findings.js';

export interface DetectorOptions {
  /** Report tokens whose checksum or structure fails (normally dropped as not real). */
  readonly includeInvalid: boolean;
  /** Decode base64, hex, %XX and \\uXXXX runs, and code in JSON strings, and rescan them (default on). */
  readonly decode?: boolean;
  /** What the tree's documentation holds (default `internal`: its generic values keep their level). */
  readonly docs?: DocsMode;
  /** Told which rule is about to run, so a watchdog can name a rule that never returns. */
  readonly onRule?: (ruleIndex: number) => void;
}

export interface DetectResult {
  readonly findings: Finding[];
  readonly suppressed: Suppression[];
  /** The whole fragment was skipped by a path allowlist. */
  readonly pathAllowed: boolean;
}

export interface Detector {
  readonly rules: readonly Rule[];
  /**
   * `utf8`, when given, is the fragment's text as valid UTF-8 without a byte-order mark (what it was
   * decoded from): the keyword pass then reads the bytes (KeywordIndex.scanUtf8), same result.
   */
  readonly detect: (fragment: Fragment, utf8?: Uint8Array) => DetectResult;
}

interface Context {
  readonly fragment: Fragment;
  readonly lines: LineIndex;
  readonly result: DetectResult;
  /** Secrets a provider rule's validator rejected (checksum fails). */
  readonly rejected: string[];
}

// The generic rules' shortest value (eight characters): a password cut at its list's separator keeps to it.
const MIN_CHOSEN_LENGTH = 8;

const allowedBy = (
  rule: Rule,
  global: readonly Allowlist[],
  candidate: Candidate,
): string | undefined => {
  const own = rule.allowlists.find((allowlist) => allowlistDrops(allowlist, candidate));
  if (own) return describeAllowlist(own, `rule ${rule.id}`);
  const shared = global.find((allowlist) => targets(allowlist, rule) && allowlistDrops(allowlist, candidate));
  return shared ? describeAllowlist(shared, 'global') : undefined;
};

const pathOnlyFinding = (rule: Rule, fragment: Fragment): Finding => ({
  ruleId: rule.id,
  description: rule.description,
  severity: rule.severity,
  file: fragment.path,
  line: fragment.startLine,
  column: 1,
  endLine: fragment.startLine,
  endColumn: 1,
  secret: fragment.path,
  match: fragment.path,
  entropy: 0,
  validated: null,
  // A file that holds secrets by its kind (a key store, a .env): its content, when readable, decides.
  confidence: confidenceIn(rule.confidence ?? 'medium', fileContextOf(fragment.path)),
  fingerprint: fingerprint(rule.id, fragment.path, fragment.path),
  ...(fragment.commit ? { commit: fragment.commit } : {}),
  ...(fragment.blob ? { blob: fragment.blob } : {}),
});

/**
 * The value is a whole quoted string, quote to quote (`SECRET_KEY = '…'`): what the writer put in it
 * is the value, `&x=` and `;y=` included (a random Django key holds them one time in twenty-five).
 * The ends value-end.ts gives apply to a value that starts inside a string or runs unquoted.
 */
const isWholeLiteral = (text: string, start: number, value: string): boolean => {
  const quote = text[start - 1];
  return (quote === '"' || quote === "'" || quote === '`') && text[start + value.length] === quote && !value.includes(quote);
};

export const createDetector = (
  rules: readonly Rule[],
  globalAllowlists: readonly Allowlist[],
  options: DetectorOptions,
  /** Built ahead for exactly these rules (a worker builds the built-in rules' index before its config arrives). */
  index: KeywordIndex = buildKeywordIndex(rules),
): Detector => {
  const genericIds = new Set(rules.filter((rule) => rule.tags.includes('generic')).map((rule) => rule.id));
  // Credential files (rules/credential-files.toml): a path-only rule whose file is read in its tool's format.
  const credentialIds = new Set(rules.filter((rule) => rule.pathOnly && rule.tags.includes('credential-file') && hasCredentialFormat(rule.id)).map((rule) => rule.id));
  const namedIds = new Set(rules.filter((rule) => rule.pathOnly && !credentialIds.has(rule.id)).map((rule) => rule.id));
  const credentialIndices = new Set(rules.flatMap((rule, i) => (credentialIds.has(rule.id) ? [i] : [])));
  // The path gate is for the credential rules that run for their path; one known by its content
  // (keywords, no path: credential-file-jenkins-element) runs where its keywords hit instead.
  const byPath = index.alwaysRun.filter((i) => credentialIndices.has(i));
  const credentialGate = credentialPathGate(byPath.map((i) => rules[i] as Rule));
  const credentialByPath = new Set(byPath);
  // The other rules run on every fragment for its path (sensitive-file-*, 14): one union test first
  // too (a cold 400-file scan: 4.4 -> 3.0 ms of path tests, medians of 8).
  const pathIndices = new Set(index.alwaysRun.filter((i) => !credentialIndices.has(i) && (rules[i] as Rule).path !== undefined));
  const pathGate = credentialPathGate([...pathIndices].map((i) => rules[i] as Rule));

  const consider = (rule: Rule, context: Context, match: RegExpExecArray, offset: number): void => {
    const { fragment, lines, result } = context;
    const text = fragment.text;
    const value = rule.secretGroup === 0 ? match[0] : match[rule.secretGroup];
    if (!value) return;
    // A value a person chose ends where its format ends it (value-end.ts: a list's next pair, a tag); the
    // rule's own shortest value still applies to what is left.
    const valueStart = offset + Math.max(0, match[0].indexOf(value));
    const secret = rule.chosen && !isWholeLiteral(text, valueStart, value) ? valueToItsEnd(value) : value;
    if (secret.length < Math.min(value.length, MIN_CHOSEN_LENGTH)) return;
    const entropy = shannonEntropy(secret);
    if (rule.entropy !== undefined && entropy < entropyFloorFor(rule.entropy, secret)) return;
    const validated = rule.validate ? VALIDATE[rule.validate](secret) : null;
    const secretStart = valueStart;
    if (validated === false && !options.includeInvalid) {
      // Not a real token: a generic rule must not report it either. Counted, as every suppression is.
      context.rejected.push(secret);
      result.suppressed.push({ reason: 'checksum', ruleId: rule.id, file: fragment.path, line: lines.position(secretStart).line, by: `its ${rule.validate} check fails (--include-invalid reports it)` });
      return;
    }
    const secretEnd = secretStart + secret.length;
    const line = lines.lineAt(secretStart);
    const start = lines.position(secretStart);
    const candidate: Candidate = {
      secret,
      match: match[0],
      line: text.slice(line.start, line.end),
      path: fragment.path,
      commit: fragment.commit?.sha,
    };
    const suppress = (reason: Suppression['reason'], by: string): void => {
      result.suppressed.push({ reason, ruleId: rule.id, file: fragment.path, line: start.line, by });
    };
    const allowlist = allowedBy(rule, globalAllowlists, candidate);
    if (allowlist) return suppress('allowlist', allowlist);
    // A generic value in base64 is judged by what it says: the rule's entropy and allowlists again.
    const plain = genericIds.has(rule.id) ? base64Plain(secret) : undefined;
    if (plain !== undefined) {
      if (rule.entropy !== undefined && shannonEntropy(plain) < entropyFloorFor(rule.entropy, plain)) return;
      const decodedAllowlist = allowedBy(rule, globalAllowlists, { ...candidate, secret: plain });
      if (decodedAllowlist) return suppress('allowlist', `${decodedAllowlist} (its base64-decoded text)`);
    }
    const marker = inlineAllowMarker(text, secretStart, secretEnd);
    if (marker) return suppress('inline', marker);
    const assessment = assessFinding({
      rule, fragment, line: candidate.line, lineStart: line.start, matchStart: offset, secretStart, secretEnd, secret, validated,
      docs: options.docs ?? 'internal',
    });
    if (!assessment.keep) return suppress('not-a-secret', assessment.why);
    result.findings.push(findingAt({
      rule, fragment, lines, start: secretStart, end: secretEnd, secret,
      // Whole: reporters mask the secret in it first, then cut it for display (report/redact.ts).
      match: match[0],
      entropy, validated, confidence: assessment.confidence, why: assessment.why, lineText: candidate.line,
    }));
  };

  // Whole files read in a credential format (their comments are known).
  const readWhole = new WeakSet<Fragment>();
  const readCredentials = (rule: Rule, { fragment, lines, result }: Context): void => {
    if (fragment.startLine === 1 && !fragment.lineNumbers && !fragment.decoded) readWhole.add(fragment);
    for (const found of credentialCandidates(rule.id, fragment)) {
      const line = lines.lineAt(found.start);
      // The allowlists read what was judged: `{${VAR}}` in a Jenkins file is a template inside braces.
      const candidate: Candidate = { secret: found.judged ?? found.secret, match: found.secret, line: fragment.text.slice(line.start, line.end), path: fragment.path, commit: fragment.commit?.sha };
      const allowlist = allowedBy(rule, globalAllowlists, candidate);
      const marker = allowlist ? undefined : inlineAllowMarker(fragment.text, found.start, found.end);
      if (allowlist || marker) {
        result.suppressed.push({ reason: allowlist ? 'allowlist' : 'inline', ruleId: rule.id, file: fragment.path, line: lines.position(found.start).line, by: (allowlist ?? marker) as string });
      } else result.findings.push(credentialFinding(rule, fragment, lines, found));
    }
  };

  // A match that runs into the end of a window cut short on a long line may be truncated:
  // match again from its start, sticky, over the rest of the line (up to 64 KiB).
  const sticky = new Map<Rule, RegExp>();
  const extend = (rule: Rule, text: string, offset: number, lines: LineIndex): RegExpExecArray | null => {
    let regex = sticky.get(rule);
    if (!regex) {
      regex = new RegExp(rule.regex.source, rule.regex.flags.replace('g', '') + 'y');
      sticky.set(rule, regex);
    }
    const lineEnd = lines.lineAt(offset).end;
    const slice = text.slice(offset, Math.min(lineEnd, offset + 65536));
    regex.lastIndex = 0;
    return regex.exec(slice);
  };

  /** A match in a span's slice: extended past the span if it may have been cut there, then considered. */
  const found = (rule: Rule, context: Context, m: RegExpExecArray, offset: number, cut: boolean, sliceLength: number): void => {
    const whole = cut && m.index + m[0].length === sliceLength ? (extend(rule, context.fragment.text, offset, context.lines) ?? m) : m;
    consider(rule, context, whole, offset);
  };

  const runRule = (rule: Rule, spans: readonly Span[], context: Context): void => {
    const regex = rule.regex;
    for (const span of spans) {
      const { slice, cut } = spanText(context.fragment.text, span);
      regex.lastIndex = 0;
      for (let m = regex.exec(slice); m !== null; m = regex.exec(slice)) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        found(rule, context, m, span.start + m.index, cut, slice.length);
      }
    }
  };

  const inScope = (ruleIndex: number, path: string): boolean => {
    const only = (rules[ruleIndex] as Rule).path;
    return only === undefined || only.test(path);
  };

  /**
   * An anchored rule: the regex, sticky, tried at each keyword hit inside the window (on the same
   * slice as runRule, so ^, $ and lookbehinds see the same text); a match passes over the hits it
   * covers, as a global scan would.
   */
  const runAnchored = (rule: Rule, sticky: RegExp, spans: readonly Span[], hits: readonly number[], context: Context): void => {
    const positions = ascending(hits);
    let next = 0;
    for (const span of spans) {
      const { slice, cut } = spanText(context.fragment.text, span);
      let free = span.start;
      while (next < positions.length && (positions[next] as number) < span.start) next++;
      for (; next < positions.length && (positions[next] as number) < span.end; next++) {
        const at = positions[next] as number;
        if (at < free) continue;
        sticky.lastIndex = at - span.start;
        const m = sticky.exec(slice);
        if (m === null || m[0].length === 0) continue;
        found(rule, context, m, at, cut, slice.length);
        free = at + m[0].length;
      }
    }
  };

  const scan = (fragment: Fragment, utf8?: Uint8Array): DetectResult => {
    const result: DetectResult = { findings: [], suppressed: [], pathAllowed: false };
    const text = fragment.text;
    const { hits, lineStarts } = (utf8 === undefined ? undefined : index.scanUtf8(utf8)) ?? index.scanText(text);
    const run: number[] = [];
    for (const ruleIndex of hits.keys()) if (inScope(ruleIndex, fragment.path)) run.push(ruleIndex);
    const mayBeCredentialFile = credentialGate?.(fragment.path) ?? true;
    const mayMatchPath = pathGate?.(fragment.path) ?? true;
    for (const always of index.alwaysRun) {
      if (!mayBeCredentialFile && credentialIndices.has(always)) continue;
      if (!mayMatchPath && pathIndices.has(always)) continue;
      if (!hits.has(always) && inScope(always, fragment.path)) run.push(always);
    }
    // Most fragments end here: no keyword, and no rule for their path.
    if (run.length === 0) return result;
    const context: Context = { fragment, lines: createLineIndex(text, fragment.startLine, fragment.lineNumbers, lineStarts), result, rejected: [] };
    // A whole file read in its credential format: its content decides, not its name (.htpasswd).
    const whole = fragment.startLine === 1 && !fragment.lineNumbers && text.trim() !== '' && run.some((i) => credentialByPath.has(i));
    for (const ruleIndex of run.sort((a, b) => a - b)) {
      const rule = rules[ruleIndex] as Rule;
      if (rule.pathOnly) {
        if (credentialIds.has(rule.id)) readCredentials(rule, context);
        else if (!whole) result.findings.push(pathOnlyFinding(rule, fragment));
        continue;
      }
      options.onRule?.(ruleIndex);
      const positions = hits.get(ruleIndex) ?? [];
      const spans = positions.length === 0 ? [{ start: 0, end: text.length }] : windowsFor(text, positions, rule.window, context.lines);
      if (rule.anchoredAt && positions.length > 0) runAnchored(rule, rule.anchoredAt, spans, positions, context);
      else runRule(rule, spans, context);
    }
    return dropRejected(result, context.rejected, genericIds);
  };

  const detect = (fragment: Fragment, utf8?: Uint8Array): DetectResult => {
    if (globalAllowlists.some((allowlist) => allowsWholePath(allowlist, fragment.path))) {
      return { findings: [], suppressed: [], pathAllowed: true };
    }
    const result = scan(fragment, utf8);
    if (options.decode !== false) scanDecoded(fragment, (decoded) => scan(decoded), result);
    const credential = preferCredentialFindings(dropShadowedGeneric(result, genericIds, credentialIds), credentialIds, genericIds);
    return dropNamedWithContent(readWhole.has(fragment) ? dropCommentedOut(credential, fragment.text, genericIds) : credential, namedIds);
  };

  return { rules, detect };
};
