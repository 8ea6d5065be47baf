// The range figure: `leakgate history BASE..HEAD` as CI runs it on a pull request or a push, for
// ranges of 100 and 1,000 commits, against `git log -p -U0` of the same range, interleaved.
import { LEAKGATE_BIN, NODE, log, measureInterleaved, run } from './util.mjs';

/** First-parent commits reachable from HEAD: a range HEAD~n..HEAD needs n of them. */
const depth = (repo) => Number(run('git', ['rev-list', '--first-parent', '--count', 'HEAD'], { cwd: repo }).trim());

export const rangeFigure = async ({ repo, runs, sizes = [100, 1000] }) => {
  const available = depth(repo);
  const out = [];
  for (const n of sizes) {
    if (n >= available) {
      log(`range: ${repo} has ${available} first-parent commits, too few for a range of ${n}: skipped`);
      continue;
    }
    const range = `HEAD~${n}..HEAD`;
    const commits = Number(run('git', ['rev-list', '--count', range], { cwd: repo }).trim());
    const [reference, leakgate] = await measureInterleaved(runs, [
      { cmd: 'git', args: ['log', '-p', '-U0', '--no-color', range], options: { cwd: repo }, label: `git log -p ${range}` },
      { cmd: NODE, args: [LEAKGATE_BIN, 'history', range, '--format', 'json', '--no-progress', '--no-baseline'], options: { cwd: repo, okCodes: [0, 1] }, label: `leakgate history ${range}` },
    ]);
    out.push({ n, range, commits, reference, leakgate });
  }
  return { repo, ranges: out };
};
