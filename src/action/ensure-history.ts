// A shallow checkout lacks the commits a range needs: fetch them, or fail with the exact fix.
import { LeakgateError } from '../errors.js';
import { gitFetch } from '../sources/git.js';
import { hasCommit, isShallow } from '../sources/repo.js';
import type { ScanPlan } from './scan-plan.js';

const FIX = 'set `fetch-depth: 0` on actions/checkout (or fetch the base commit before this step)';

const tryFetch = async (root: string, args: readonly string[]): Promise<boolean> => {
  try {
    await gitFetch(['--no-tags', '--quiet', ...args], root);
    return true;
  } catch {
    return false;
  }
};

/** Returns notes for the log; throws when the plan cannot be scanned whole. */
export const ensureHistory = async (root: string, plan: ScanPlan): Promise<string[]> => {
  const notes: string[] = [];
  if (plan.kind === 'none') return notes;
  if (await isShallow(root)) {
    if (await tryFetch(root, ['--unshallow', 'origin'])) notes.push('the checkout was shallow: fetched the full history');
    else if (plan.kind === 'full') throw new LeakgateError('git', `the checkout is shallow and its history could not be fetched: ${FIX}`);
  }
  const needed = plan.kind === 'range' ? [plan.base, plan.head] : plan.kind === 'branch' ? [plan.head] : [];
  for (const commit of needed) {
    if (await hasCommit(root, commit)) continue;
    await tryFetch(root, ['origin', commit]);
    if (!(await hasCommit(root, commit))) {
      throw new LeakgateError('git', `commit ${commit.slice(0, 12)} is not in the checkout and could not be fetched: ${FIX}`);
    }
  }
  if (plan.kind === 'range' && (await isShallow(root))) {
    throw new LeakgateError('git', `the checkout is still shallow, so ${plan.base.slice(0, 7)}..${plan.head.slice(0, 7)} may be cut short: ${FIX}`);
  }
  return notes;
};

/** The revision range to scan for a plan (undefined: every ref). */
export const rangeOf = async (root: string, plan: ScanPlan): Promise<string | undefined> => {
  if (plan.kind === 'range') return `${plan.base}..${plan.head}`;
  if (plan.kind === 'branch') {
    const base = `refs/remotes/origin/${plan.defaultBranch}`;
    return (await hasCommit(root, base)) ? `${base}..${plan.head}` : plan.head;
  }
  return undefined;
};
