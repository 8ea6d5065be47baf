// A/B of the pure detector: two builds of leakgate in one process, passes alternating over the same
// real JS/TS, so the machine's drift hits both alike. Prints each build's median ms per pass.
//   node bench/perf/ab.mjs <repo-dir-A> <repo-dir-B> [megabytes=60] [passes=5]
// Each repo dir must hold a built lib/ (npm run build); a git worktree of an older commit with
// node_modules linked serves as A.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SOURCE_PACKAGES, HISTORY_SETS, fetchPackages, listFiles } from './corpus.mjs';
import { REPO_DIR, median } from './util.mjs';

const [dirA, dirB, mbArg = '60', passArg = '5'] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node bench/perf/ab.mjs <repo-dir-A> <repo-dir-B> [megabytes] [passes]');
  process.exit(2);
}
const cache = join(REPO_DIR, '.bench-cache');

const detectorOf = async (dir) => {
  const lib = (path) => import(pathToFileURL(join(resolve(dir), 'lib', path)).href);
  const { createDetector } = await lib('detect/detector.js');
  const { loadConfig } = await lib('config/load-config.js');
  const config = loadConfig(cache, undefined);
  return { rules: config.rules.length, detector: createDetector(config.rules, config.allowlists, { includeInvalid: false }) };
};

const corpus = (megabytes) => {
  const specs = [...SOURCE_PACKAGES];
  for (const [name, versions] of HISTORY_SETS.large) for (const version of [...versions].reverse()) specs.push([name, version]);
  const fragments = [];
  let bytes = 0;
  for (const [name, version] of specs) {
    const dir = fetchPackages(cache, [[name, version]]).get(`${name}@${version}`);
    for (const rel of listFiles(dir)) {
      if (!/\.(?:[cm]?js|[cm]?ts|jsx|tsx)$/.test(rel)) continue;
      const text = readFileSync(join(dir, rel), 'utf8');
      fragments.push({ path: `${name}/${rel}`, text, startLine: 1 });
      bytes += text.length;
      if (bytes >= megabytes * 1e6) return { fragments, bytes };
    }
  }
  return { fragments, bytes };
};

const { fragments, bytes } = corpus(Number(mbArg));
const builds = [await detectorOf(dirA), await detectorOf(dirB)];
const times = [[], []];
const pass = ({ detector }) => {
  const t0 = process.hrtime.bigint();
  for (const fragment of fragments) detector.detect(fragment);
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
// One cold pass each (regex compilation, JIT), not counted.
builds.forEach(pass);
for (let i = 0; i < Number(passArg); i++) builds.forEach((build, n) => times[n].push(pass(build)));
const mb = bytes / 1e6;
builds.forEach((build, n) => {
  const ms = median(times[n]);
  console.log(`${n === 0 ? 'A' : 'B'} ${[dirA, dirB][n]}: ${build.rules} rules, median ${ms.toFixed(0)} ms per ${mb.toFixed(1)} MB (${(mb / (ms / 1000)).toFixed(1)} MB/s); passes ${times[n].map((t) => t.toFixed(0)).join(' ')}`);
});
