// Runs inside a child process (so a runaway regex can be killed): times leakgate's pure detector.
//   node detector-child.mjs throughput <cacheDir> <megabytes>
//     → one JSON line: detector MB/s over real JS held in memory (I/O excluded): the first pass
//       apart (cold), then the median of three; and the keyword prefilter's share.
//   node detector-child.mjs adversarial <cacheDir> <bytes> <startRule> <startInput> [jobsJson]
//     → JSON lines {start} before and {done} after each (rule, input) measurement.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SOURCE_PACKAGES, HISTORY_SETS, fetchPackages, listFiles } from './corpus.mjs';
import { REPO_DIR, median } from './util.mjs';

const lib = (path) => import(pathToFileURL(join(REPO_DIR, 'lib', path)).href);
const { createDetector } = await lib('detect/detector.js');
const { loadConfig } = await lib('config/load-config.js');

const [mode, cache, sizeArg, ...rest] = process.argv.slice(2);
const out = (value) => process.stdout.write(`${JSON.stringify(value)}\n`);
// Built-in rules only: the cache holds no .leakgate.toml.
const config = loadConfig(cache, undefined);

/** ~megabytes of real JS/TS source, one fragment per file; distinct files, most recent versions first. */
const realText = (megabytes) => {
  const want = megabytes * 1e6;
  const specs = [...SOURCE_PACKAGES];
  for (const [name, versions] of HISTORY_SETS.large) for (const version of [...versions].reverse()) specs.push([name, version]);
  const seen = new Set();
  const fragments = [];
  let bytes = 0;
  for (const [name, version] of specs) {
    const spec = `${name}@${version}`;
    if (seen.has(spec)) continue;
    seen.add(spec);
    const dir = fetchPackages(cache, [[name, version]]).get(spec);
    for (const rel of listFiles(dir)) {
      if (!/\.(?:[cm]?js|[cm]?ts|jsx|tsx)$/.test(rel)) continue;
      const buffer = readFileSync(join(dir, rel));
      fragments.push({ path: `${spec}/${rel}`, text: buffer.toString('utf8'), startLine: 1 });
      bytes += buffer.length;
      if (bytes >= want) return { fragments, bytes };
    }
  }
  return { fragments, bytes };
};

if (mode === 'throughput') {
  const { fragments, bytes } = realText(Number(sizeArg));
  // One keyword index, the detector's own, for the prefilter's figure too: a second instance of its
  // closure would make V8 drop the optimisations it makes for a single one, in both.
  const { buildKeywordIndex } = await lib('detect/keyword-index.js');
  const index = buildKeywordIndex(config.rules);
  const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false }, index);
  const pass = (fn) => {
    const t0 = process.hrtime.bigint();
    let count = 0;
    for (const fragment of fragments) count += fn(fragment);
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, count };
  };
  // Throughput is the steady state: the first pass over the text is timed apart (it compiles each
  // rule's regex and lets V8 optimise the loops: the CLI figures above carry that cost), then
  // PASSES passes are timed and the median kept.
  const PASSES = 3;
  const findings = (fragment) => detector.detect(fragment).findings.length;
  // The keyword prefilter alone (findHits over the raw text), what detect does before any rule regex.
  const hitRules = (fragment) => index.findHits(fragment.text).size;
  const first = pass(findings);
  const passes = Array.from({ length: PASSES }, () => pass(findings));
  pass(hitRules);
  const prefilter = Array.from({ length: PASSES }, () => pass(hitRules));
  out({
    bytes,
    files: fragments.length,
    ms: median(passes.map((p) => p.ms)),
    firstPassMs: first.ms,
    findings: first.count,
    rules: config.rules.length,
    prefilterMs: median(prefilter.map((p) => p.ms)),
    hitRules: prefilter[0].count,
    maxRssKb: process.resourceUsage().maxRSS,
  });
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Adversarial inputs.

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));

/** The character classes a regex uses: [...] sets, \w \s \d and '.', as lists of matching ASCII. */
const classesOf = (regex) => {
  const flags = regex.flags.replace(/[gy]/g, '');
  const found = new Map();
  const src = regex.source;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const next = src[i + 1];
      if ('wsdWSD'.includes(next)) found.set(`\\${next}`, `\\${next}`);
      i++;
    } else if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      for (; j < src.length && src[j] !== ']'; j++) if (src[j] === '\\') j++;
      found.set(src.slice(i, j + 1), src.slice(i, j + 1));
      i = j;
    } else if (c === '.') {
      found.set('.', '.');
    }
  }
  const classes = [];
  for (const cls of found.keys()) {
    let test;
    try {
      test = new RegExp(`^${cls}$`, flags);
    } catch {
      continue;
    }
    const chars = [...PRINTABLE, '\t'].filter((ch) => test.test(ch));
    if (chars.length > 0) classes.push({ cls, chars });
  }
  // Widest classes first: they make the longest runs a quantifier can chew on.
  return classes.sort((a, b) => b.chars.length - a.chars.length).slice(0, 3);
};

/** A deterministic high-entropy run of n characters from chars. */
const runOf = (chars, n, seed = 1) => {
  let x = seed;
  let s = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += chars[(x >>> 16) % chars.length];
  }
  return s;
};

const fill = (unit, bytes) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length))).slice(0, bytes);

/** The inputs for one rule, as [name, () => text] (built lazily: only the one being measured). */
const inputsFor = (rule, bytes) => {
  const inputs = [
    ['"=" x N', () => '='.repeat(bytes)],
    ['"password" x N', () => fill('password', bytes)],
    ['"password = " x N', () => fill('password = ', bytes)],
  ];
  const classes = classesOf(rule.regex);
  for (const { cls, chars } of classes) inputs.push([`run of ${cls}`, () => runOf(chars, bytes)]);
  const keywords = [...new Set(rule.keywords)].slice(0, 2);
  for (const keyword of keywords) {
    for (const kw of [...new Set([keyword, keyword.toUpperCase()])]) {
      inputs.push([`"${kw}" x N`, () => fill(kw, bytes)]);
      inputs.push([`"${kw} = " x N`, () => fill(`${kw} = `, bytes)]);
      for (const { cls, chars } of classes) {
        inputs.push([`("${kw}" + 64 of ${cls} + "\\n") x N`, () => fill(`${kw}${runOf(chars, 64)}\n`, bytes)]);
        inputs.push([`("${kw}" + 4096 of ${cls}) x N`, () => fill(`${kw}${runOf(chars, 4096)}`, bytes)]);
        inputs.push([`"${kw}" + ${cls} to the end`, () => kw + runOf(chars, bytes - kw.length)]);
      }
    }
  }
  return inputs;
};

if (mode === 'adversarial') {
  // rest: startRule startInput [jobsJson]; jobsJson = [[ruleId, inputName], …] limits the pairs.
  const bytes = Number(sizeArg);
  const [startRule, startInput, jobsJson] = rest;
  const jobs = jobsJson ? JSON.parse(jobsJson) : undefined;
  const wanted = jobs ? new Set(jobs.map(([rule, input]) => `${rule}\u0000${input}`)) : undefined;
  const rules = jobs ? config.rules.filter((rule) => jobs.some(([id]) => id === rule.id)) : config.rules;
  for (let r = Number(startRule); r < rules.length; r++) {
    const rule = rules[r];
    const detector = createDetector([rule], [], { includeInvalid: false });
    const inputs = inputsFor(rule, bytes);
    for (let k = r === Number(startRule) ? Number(startInput) : 0; k < inputs.length; k++) {
      const [name, make] = inputs[k];
      if (wanted && !wanted.has(`${rule.id}\u0000${name}`)) continue;
      const text = make();
      out({ start: true, r, k, rule: rule.id, input: name });
      const t0 = process.hrtime.bigint();
      const result = detector.detect({ path: 'adversarial/input.txt', text, startLine: 1 });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      out({ done: true, r, k, rule: rule.id, input: name, ms, bytes: text.length, findings: result.findings.length, inputs: inputs.length, rules: rules.length });
    }
  }
  out({ end: true });
  process.exit(0);
}
