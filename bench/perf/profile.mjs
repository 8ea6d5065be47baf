// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by module.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_DIR } from './util.mjs';

export const summariseProfile = (file, top = 15) => {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
  const shortUrl = (url) => url.replace(`file://${REPO_DIR}/`, '').replace(/^node:/, 'node:');
  const byFunction = new Map();
  const byModule = new Map();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : '';
    const name = functionName.startsWith('RegExp: ') && functionName.length > 90 ? `${functionName.slice(0, 90)}… (${functionName.length} chars)` : functionName;
    const key = `${name || '(anonymous)'} ${where}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    const module = url ? shortUrl(url) : functionName.startsWith('RegExp: ') ? '(regular expressions)' : functionName || '(native)';
    byModule.set(module, (byModule.get(module) ?? 0) + us);
  }
  const rank = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, us]) => ({ name, ms: us / 1000, pct: (100 * us) / total }));
  const functions = rank(byFunction, top);
  const modules = rank(byModule, 8);
  const line = ({ name, ms, pct }) => `    ${pct.toFixed(1).padStart(5)}%  ${(ms / 1000).toFixed(2).padStart(7)} s  ${name}`;
  const text = [`  total sampled ${(total / 1e6).toFixed(2)} s; by function:`, ...functions.map(line), '  by module:', ...modules.map(line)].join('\n');
  return { totalMs: total / 1000, functions, modules, text };
};

/** Summarises every profile in a --cpu-prof-dir: one per thread (main, then workers by thread id). */
export const summariseProfileDir = (dir, top = 12) => {
  const files = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  const threads = files
    .map((name) => {
      // CPU.<date>.<time>.<pid>.<threadId>.<seq>.cpuprofile
      const parts = name.split('.');
      const tid = Number(parts[parts.length - 3]);
      return { name, tid: Number.isNaN(tid) ? 0 : tid };
    })
    .sort((a, b) => a.tid - b.tid);
  const out = threads.map(({ name, tid }) => ({ thread: tid === 0 ? 'main thread' : `worker thread ${tid}`, file: join(dir, name), ...summariseProfile(join(dir, name), top) }));
  return { threads: out, text: out.map((t) => `  [${t.thread}]\n${t.text}`).join('\n') };
};
