// A scratch git repository driven through the git CLI, with a deterministic clock and authors in
// several time zones (a distributed team). Every commit's metadata is kept for the diagnosis.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const AUTHORS = {
  alice: { name: 'Alice Moreau', email: 'alice@acme.example', tz: '+0100' },
  bob: { name: 'Bob Tanaka', email: 'bob@acme.example', tz: '+0900' },
  carla: { name: 'Carla Diaz', email: 'carla@acme.example', tz: '-0800' },
  dev: { name: 'Dev Patel', email: 'dev@acme.example', tz: '+0530' },
  erik: { name: 'Erik Lund', email: 'erik@acme.example', tz: '+0000' },
};

/** ISO 8601 with the author's offset, as git's %aI prints it. */
export const isoInZone = (epoch, tz) => {
  const sign = tz[0] === '-' ? -1 : 1;
  const offset = sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(3, 5)));
  const local = new Date((epoch + offset * 60) * 1000).toISOString().slice(0, 19);
  return `${local}${tz.slice(0, 3)}:${tz.slice(3)}`;
};

export class Repo {
  constructor(dir, r, startEpoch) {
    this.dir = dir;
    this.r = r;
    this.clock = startEpoch;
    /** sha -> { sha, message, kind, author, epoch, iso, branch } */
    this.commits = new Map();
    /** old path -> new path, for every rename done */
    this.renames = new Map();
    this.branch = 'main';
    this.gitCalls = 0;
    mkdirSync(dir, { recursive: true });
    this.git(['init', '-q', '-b', 'main']);
    for (const [key, value] of [
      ['core.autocrlf', 'false'], ['commit.gpgsign', 'false'], ['tag.gpgsign', 'false'], ['gc.auto', '0'],
      ['merge.conflictstyle', 'merge'], ['rerere.enabled', 'false'], ['advice.detachedHead', 'false'],
      ['user.name', 'orbit-bench'], ['user.email', 'bench@acme.example'], ['core.quotepath', 'false'],
    ]) {
      this.git(['config', key, value]);
    }
  }

  // ------------------------------------------------------------------ git
  env(extra = {}) {
    return { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0', GIT_EDITOR: 'true', LC_ALL: 'C', ...extra };
  }

  git(args, { env = {}, allowFail = false } = {}) {
    this.gitCalls++;
    const res = spawnSync('git', args, { cwd: this.dir, env: this.env(env), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (res.error) throw res.error;
    if (res.status !== 0 && !allowFail) throw new Error(`git ${args.join(' ')} failed (${res.status}): ${res.stderr}${res.stdout}`);
    return allowFail ? res : res.stdout.trim();
  }

  /** Advances the clock: the team commits every 20 minutes to ~7 hours. */
  tick(min = 20, max = 420) {
    if (this.clockGap) {
      [min, max] = this.clockGap;
      this.clockGap = undefined;
    }
    this.clock += this.r.int(min, max) * 60 + this.r.int(0, 59);
    return this.clock;
  }

  dateEnv(who, { committerOnly = false } = {}) {
    const a = AUTHORS[who];
    const date = `${this.tick()} ${a.tz}`;
    const committer = { GIT_COMMITTER_NAME: a.name, GIT_COMMITTER_EMAIL: a.email, GIT_COMMITTER_DATE: date };
    if (committerOnly) return committer;
    return { ...committer, GIT_AUTHOR_NAME: a.name, GIT_AUTHOR_EMAIL: a.email, GIT_AUTHOR_DATE: date };
  }

  /** Records HEAD (just made) with its real author date from git. */
  record(kind) {
    const [sha, epoch, iso, name, message] = this.git(['log', '-1', '--format=%H%x00%at%x00%aI%x00%an%x00%s']).split('\0');
    const info = { sha, epoch: Number(epoch), iso, author: name, message, kind, branch: this.branch };
    this.commits.set(sha, info);
    return sha;
  }

  commit(message, who, kind = 'commit') {
    this.git(['add', '-A']);
    this.git(['commit', '-q', '--allow-empty', '-m', message], { env: this.dateEnv(who) });
    return this.record(kind);
  }

  checkout(branch, { create = false, from } = {}) {
    this.git(['checkout', '-q', ...(create ? ['-b', branch] : [branch]), ...(create && from ? [from] : [])]);
    this.branch = branch;
  }

  head() {
    return this.git(['rev-parse', 'HEAD']);
  }

  /** git merge; returns { sha } or { conflict: true } (then resolve and call commitMerge). */
  merge(branch, message, who, { ff = false, squash = false } = {}) {
    const args = ['merge', '-q', ...(squash ? ['--squash'] : ff ? ['--ff-only'] : ['--no-ff', '-m', message]), branch];
    const res = this.git(args, { env: squash || ff ? {} : this.dateEnv(who), allowFail: true });
    if (res.status !== 0) {
      if (!existsSync(join(this.dir, '.git', 'MERGE_HEAD'))) throw new Error(`git merge ${branch} failed: ${res.stderr}${res.stdout}`);
      return { conflict: true };
    }
    if (squash) return { sha: this.commit(message, who, 'squash-merge') };
    if (ff) return { sha: this.head() };
    return { sha: this.record('merge') };
  }

  commitMerge(message, who) {
    this.git(['add', '-A']);
    this.git(['commit', '-q', '-m', message], { env: this.dateEnv(who) });
    return this.record('merge (conflict resolved)');
  }

  cherryPick(sha, who) {
    this.git(['cherry-pick', '-x', sha], { env: this.dateEnv(who, { committerOnly: true }) });
    return this.record('cherry-pick');
  }

  revert(sha, who) {
    this.git(['revert', '--no-edit', sha], { env: this.dateEnv(who) });
    return this.record('revert');
  }

  rebase(onto, who) {
    this.git(['rebase', '-q', onto], { env: this.dateEnv(who, { committerOnly: true }) });
    for (const sha of this.git(['rev-list', `${onto}..HEAD`]).split('\n').filter(Boolean)) {
      if (!this.commits.has(sha)) {
        const [, epoch, iso, name, message] = this.git(['log', '-1', '--format=%H%x00%at%x00%aI%x00%an%x00%s', sha]).split('\0');
        this.commits.set(sha, { sha, epoch: Number(epoch), iso, author: name, message, kind: 'rebased copy', branch: this.branch });
      }
    }
  }

  // ------------------------------------------------------------------ the work tree
  path(p) {
    return join(this.dir, p);
  }

  exists(p) {
    return existsSync(this.path(p));
  }

  lines(p) {
    const text = readFileSync(this.path(p), 'utf8');
    const out = text.split('\n');
    if (out[out.length - 1] === '') out.pop();
    return out;
  }

  write(p, lines) {
    mkdirSync(dirname(this.path(p)), { recursive: true });
    writeFileSync(this.path(p), `${lines.join('\n')}\n`);
  }

  /** Inserts `block` so that its first line is line `at` (1-based; default: the end). Returns that line. */
  insert(p, block, at) {
    const lines = this.exists(p) ? this.lines(p) : [];
    const index = at === undefined ? lines.length : Math.max(0, Math.min(lines.length, at - 1));
    lines.splice(index, 0, ...block);
    this.write(p, lines);
    return index + 1;
  }

  /** Replaces the first line containing `needle`; returns its line number. */
  replaceLine(p, needle, replacement) {
    const lines = this.lines(p);
    const i = lines.findIndex((line) => line.includes(needle));
    if (i < 0) throw new Error(`${p}: no line with ${needle}`);
    lines[i] = replacement;
    this.write(p, lines);
    return i + 1;
  }

  removeLine(p, needle) {
    const lines = this.lines(p);
    const i = lines.findIndex((line) => line.includes(needle));
    if (i < 0) throw new Error(`${p}: no line with ${needle}`);
    lines.splice(i, 1);
    this.write(p, lines);
  }

  rm(p) {
    rmSync(this.path(p), { force: true });
  }

  mv(from, to) {
    mkdirSync(dirname(this.path(to)), { recursive: true });
    this.git(['mv', from, to]);
    this.renames.set(from, to);
  }

  /** Where a path lives now after the renames recorded. */
  currentPath(p) {
    let at = p;
    const seen = new Set();
    while (this.renames.has(at) && !seen.has(at)) {
      seen.add(at);
      at = this.renames.get(at);
    }
    return at;
  }

  /** Text files tracked on the current branch. */
  tracked() {
    return this.git(['ls-files']).split('\n').filter(Boolean);
  }
}
