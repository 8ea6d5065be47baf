// What a workflow run should scan, from its event: the commits of a pull request or a push, or all
// of history. Validates the untrusted event payload once, here.
// Payloads: https://docs.github.com/en/webhooks/webhook-events-and-payloads
import { LeakgateError } from '../errors.js';

export type ScanPlan =
  | { readonly kind: 'range'; readonly base: string; readonly head: string; readonly why: string }
  | { readonly kind: 'branch'; readonly head: string; readonly defaultBranch: string; readonly why: string }
  | { readonly kind: 'full'; readonly why: string }
  | { readonly kind: 'none'; readonly why: string };

const ZERO = /^0+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

const field = (value: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), value);

const sha = (payload: unknown, path: readonly string[], event: string): string => {
  const value = field(payload, path);
  if (typeof value !== 'string' || !SHA.test(value)) {
    throw new LeakgateError('usage', `the ${event} event payload has no valid ${path.join('.')}`);
  }
  return value;
};

export const planFromEvent = (event: string, payload: unknown): ScanPlan => {
  if (event === 'pull_request' || event === 'pull_request_target') {
    const base = sha(payload, ['pull_request', 'base', 'sha'], event);
    const head = sha(payload, ['pull_request', 'head', 'sha'], event);
    return { kind: 'range', base, head, why: `pull request: every commit in ${base.slice(0, 7)}..${head.slice(0, 7)}` };
  }
  if (event === 'push') {
    if (field(payload, ['deleted']) === true) return { kind: 'none', why: 'push deleted a branch: nothing to scan' };
    const after = sha(payload, ['after'], event);
    const before = field(payload, ['before']);
    if (typeof before === 'string' && SHA.test(before) && !ZERO.test(before)) {
      return { kind: 'range', base: before, head: after, why: `push: every commit in ${before.slice(0, 7)}..${after.slice(0, 7)}` };
    }
    const defaultBranch = field(payload, ['repository', 'default_branch']);
    return {
      kind: 'branch',
      head: after,
      defaultBranch: typeof defaultBranch === 'string' ? defaultBranch : 'main',
      why: 'push of a new branch: the commits not on the default branch',
    };
  }
  return { kind: 'full', why: `${event || 'manual'} run: full history of every ref` };
};
