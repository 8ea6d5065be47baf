// Fallback peak-memory probe (used only without GNU time): preloaded with --import into a Node
// child, it writes that process's own peak RSS (kB) and CPU time (ms) to LEAKGATE_BENCH_RSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.LEAKGATE_BENCH_RSS_FILE;
if (file) {
  delete process.env.LEAKGATE_BENCH_RSS_FILE;
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      writeFileSync(file, `${usage.maxRSS} ${(usage.userCPUTime + usage.systemCPUTime) / 1000}`);
    } catch {
      /* best effort */
    }
  });
}
