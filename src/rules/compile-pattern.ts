// Compiles the patterns a rule or allowlist holds: regexes (RE2 or JavaScript) and paths.
import { createRequire } from 'node:module';
import { LeakgateError } from '../errors.js';
import type { PathMatcher } from '../detect/types.js';
import { translateRegex } from './translate-regex.js';

/** Compiles a regex; `where` names the file and rule for the error. */
export const compileRegex = (pattern: string, where: string, extraFlags = ''): RegExp => {
  const translated = translateRegex(pattern);
  if (!translated.ok) {
    throw new LeakgateError('rules', `${where}: regex cannot be used: ${translated.reason}`);
  }
  const flags = [...new Set(translated.flags + extraFlags)].sort().join('');
  try {
    return new RegExp(translated.source, flags);
  } catch (error) {
    // V8 says "Invalid regular expression: /<pattern>/<flags>: <reason>": keep the reason only,
    // since the pattern may quote a secret.
    const message = error instanceof Error ? error.message : String(error);
    const reason = /^Invalid regular expression: \/[\s\S]*\/[a-z]*: ([^:]+)$/.exec(message)?.[1] ?? 'invalid syntax';
    throw new LeakgateError('rules', `${where}: regex does not compile: ${reason}`, { cause: error });
  }
};

// Loaded on first use: most scans compile no glob, and the pre-commit hook must start fast.
let micromatch: typeof import('micromatch') | undefined;
const loadMicromatch = (): typeof import('micromatch') => {
  micromatch ??= createRequire(import.meta.url)('micromatch') as typeof import('micromatch');
  return micromatch;
};

// gitleaks writes paths as regexes ('''(.*?)(jpg|gif)$'''); we also take micromatch globs ('**/*.lock').
const looksLikeRegex = (pattern: string): boolean => /[\\^$()|+]|\.\*|\.\?/.test(pattern);

/**
 * The commonest globs, a file name ("yarn.lock") with at most one "*" ("*.min.js",
 * "messages*.properties"), matched without micromatch: loading it costs every start of the CLI
 * ~14 ms (the pre-commit hook; npm run bench, staged). Same answers as micromatch with
 * { dot: true, basename: true } (a property test compares them).
 */
export const simpleBasenameMatcher = (pattern: string): ((path: string) => boolean) | undefined => {
  const m = /^([A-Za-z0-9._-]*)(\*?)([A-Za-z0-9._-]*)$/.exec(pattern);
  if (!m || pattern === '') return undefined;
  const [, head = '', star, tail = ''] = m;
  // Names no file has ("", ".", "..": micromatch never matches them) are left to micromatch itself.
  let slow: ((path: string) => boolean) | undefined;
  const odd = (path: string): boolean => (slow ??= loadMicromatch().matcher(pattern, { dot: true, basename: true }))(path);
  return (path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (name === '' || name === '.' || name === '..') return odd(path);
    if (!star) return name === head;
    return name.length >= head.length + tail.length && name.startsWith(head) && name.endsWith(tail);
  };
};

export const compilePathMatcher = (pattern: string, where: string): PathMatcher => {
  if (looksLikeRegex(pattern)) {
    const regex = compileRegex(pattern, where);
    return { source: pattern, test: (path) => regex.test(path) };
  }
  if (pattern === '') throw new LeakgateError('rules', `${where}: an empty path pattern matches nothing: remove it`);
  const simple = simpleBasenameMatcher(pattern);
  if (simple) return { source: pattern, test: simple };
  try {
    const isMatch = loadMicromatch().matcher(pattern, { dot: true, basename: !pattern.includes('/') });
    return { source: pattern, test: (path) => isMatch(path) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new LeakgateError('rules', `${where}: path pattern cannot be used: ${reason}`, { cause: error });
  }
};
