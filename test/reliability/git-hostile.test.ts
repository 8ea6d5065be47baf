// A repository that tries to make leakgate run its commands, touch the network, or read a history
// other than the one stored: a partial clone whose promisor runs a script, replace refs, grafts,
// log.showRoot=false, a --since that git would silently read as "now".
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { makeRepo, type Repo } from '../helpers/git-repo.js';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-dir.js';

interface JsonReport {
  readonly findings: ReadonlyArray<{ readonly file: string; readonly secret: string; readonly commit?: string }>;
}

const findings = (result: CliResult): JsonReport['findings'] => (JSON.parse(result.stdout) as JsonReport).findings;

/** Runs the CLI in-process, failing (instead of hanging the suite) if it outlives `ms`. */
const runBounded = async (args: readonly string[], cwd: string, ms = 20_000): Promise<CliResult | 'hung'> => {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), ms)));
  try {
    return await Promise.race([runCli(args, { cwd }), hung]);
  } finally {
    clearTimeout(timer);
  }
};

/** Deletes a loose object, as a partial clone that never fetched it would lack it. */
const deleteObject = (repo: Repo, oid: string): void => {
  rmSync(join(repo.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
};

/** A script that leaves a marker when run (and, with `hang`, never exits). */
const markerScript = (hang: boolean): { script: string; marker: string } => {
  const dir = tempDir('leakgate-promisor-');
  const marker = join(dir, 'RAN');
  const script = join(dir, 'run.sh');
  writeFileSync(script, `#!/bin/sh\ntouch '${marker}'\n${hang ? 'sleep 600\n' : ''}exit 1\n`);
  chmodSync(script, 0o755);
  return { script, marker };
};

/** A partial clone (extensions.partialClone, a promisor remote) lacking the blob that holds a secret. */
const partialClone = (remote: 'uploadpack' | 'ssh' | 'ext', hang: boolean): { repo: Repo; marker: string } => {
  const repo = makeRepo();
  repo.commit('base', { 'README.md': 'hello\n' });
  repo.commit('add config', { 'config.txt': `token = ${fakeGithubToken()}\n` });
  const blob = repo.git('rev-parse', 'HEAD:config.txt').trim();
  const { script, marker } = markerScript(hang);
  repo.git('config', 'core.repositoryformatversion', '1');
  repo.git('config', 'extensions.partialClone', 'origin');
  repo.git('config', 'remote.origin.promisor', 'true');
  repo.git('config', 'remote.origin.fetch', '+refs/heads/*:refs/remotes/origin/*');
  if (remote === 'uploadpack') {
    repo.git('config', 'remote.origin.url', tempDir('leakgate-origin-'));
    repo.git('config', 'remote.origin.uploadpack', script);
  } else if (remote === 'ssh') {
    repo.git('config', 'remote.origin.url', 'ssh://git.example.invalid/repo.git');
    repo.git('config', 'core.sshCommand', script);
  } else {
    // The ext:: transport runs any command; the repository's own config allows it.
    repo.git('config', 'remote.origin.url', `ext::${script}`);
    repo.git('config', 'protocol.allow', 'always');
    repo.git('config', 'protocol.ext.allow', 'always');
  }
  deleteObject(repo, blob);
  return { repo, marker };
};

const ROUTES: ReadonlyArray<readonly string[]> = [
  ['history', '--route', 'diff'],
  ['history', '--route', 'blobs'],
  ['history'],
  ['history', 'HEAD~1..HEAD'],
  ['baseline', '--history'],
];

describe('a partial clone: its promisor is never contacted, nothing of its runs', () => {
  for (const remote of ['uploadpack', 'ssh', 'ext'] as const) {
    for (const args of ROUTES) {
      it(`${args.join(' ')} (promisor via ${remote}) fails clearly without running the script`, async () => {
        const { repo, marker } = partialClone(remote, false);
        const result = await runBounded([...args, '--format', 'json', '--no-baseline'], repo.dir);
        expect(result).not.toBe('hung');
        expect(existsSync(marker)).toBe(false);
        // The blob holding the secret is not there: a scan that cannot read it is an error, never a pass.
        expect((result as CliResult).code).toBe(2);
        expect((result as CliResult).stderr).toMatch(/partial clone|missing/);
        expect((result as CliResult).stderr.trim().split('\n')).toHaveLength(1);
      }, 30_000);
    }
  }

  it('a promisor whose uploadpack never exits does not hang the scan', async () => {
    const { repo, marker } = partialClone('uploadpack', true);
    for (const args of [['history', '--route', 'diff'], ['history', '--route', 'blobs']]) {
      const result = await runBounded([...args, '--format', 'json', '--no-baseline'], repo.dir, 15_000);
      expect(result).not.toBe('hung');
      expect((result as CliResult).code).toBe(2);
    }
    expect(existsSync(marker)).toBe(false);
  }, 40_000);

  it('staged, in a partial clone, runs nothing of the promisor either', async () => {
    const { repo, marker } = partialClone('uploadpack', false);
    repo.write({ 'config.txt': `token = ${fakeGithubToken()}\nmore = 1\n` });
    repo.git('add', 'config.txt');
    const result = await runBounded(['staged', '--format', 'json', '--no-baseline'], repo.dir);
    expect(result).not.toBe('hung');
    expect(existsSync(marker)).toBe(false);
    expect((result as CliResult).code).not.toBe(0);
  }, 30_000);
});

describe('log.showRoot=false does not hide the root commit', () => {
  for (const where of ['repository', 'global'] as const) {
    it(`in the ${where} config, the diff route still reads the root commit`, async () => {
      const repo = makeRepo();
      const token = fakeGithubToken();
      repo.commit('root', { 'config.txt': `token = ${token}\n` });
      repo.commit('second', { 'README.md': 'hi\n' });
      const env: Record<string, string> = {};
      if (where === 'repository') repo.git('config', 'log.showRoot', 'false');
      else {
        const home = tempDir('leakgate-home-');
        writeFileSync(join(home, '.gitconfig'), '[log]\n\tshowRoot = false\n');
        env.HOME = home;
        env.XDG_CONFIG_HOME = join(home, '.config');
      }
      const saved = { HOME: process.env.HOME, XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME };
      Object.assign(process.env, env);
      try {
        const result = await runCli(['history', '--route', 'diff', '--format', 'json', '--no-baseline', '--no-redact'], { cwd: repo.dir });
        expect(result.code).toBe(1);
        expect(findings(result).map((f) => f.secret)).toEqual([token]);
      } finally {
        for (const [name, value] of Object.entries(saved)) {
          if (value === undefined) delete process.env[name];
          else process.env[name] = value;
        }
      }
    });
  }
});

describe('replace refs and grafts do not hide commits', () => {
  const withHiddenCommit = (): { repo: Repo; token: string } => {
    const repo = makeRepo();
    repo.commit('one', { 'README.md': 'one\n' });
    const token = fakeGithubToken();
    repo.commit('two: the secret', { 'config.txt': `token = ${token}\n` });
    repo.commit('three: removes it', { 'config.txt': 'token = none\n' });
    return { repo, token };
  };

  for (const route of ['diff', 'blobs'] as const) {
    it(`git replace of the commit that adds a secret (--route ${route}): found, and a note says so`, async () => {
      const { repo, token } = withHiddenCommit();
      // Replace HEAD~1 (which adds the secret) by a commit with the same parent and tree as its parent.
      const fake = repo.git('commit-tree', 'HEAD~2^{tree}', '-p', 'HEAD~2', '-m', 'two: harmless').trim();
      repo.git('replace', repo.git('rev-parse', 'HEAD~1').trim(), fake);
      const result = await runCli(['history', '--route', route, '--format', 'json', '--no-baseline', '--no-redact'], { cwd: repo.dir });
      expect(result.code).toBe(1);
      expect(findings(result).map((f) => f.secret)).toContain(token);
      expect(result.stderr).toMatch(/replace/);
      expect(result.stderr).not.toMatch(/graft/);
    });

    it(`a graft that cuts the commit out (--route ${route}): found`, async () => {
      const { repo, token } = withHiddenCommit();
      // info/grafts: "<commit> <parents…>": HEAD then claims HEAD~2 as its parent, skipping HEAD~1.
      const head = repo.git('rev-parse', 'HEAD').trim();
      const grandparent = repo.git('rev-parse', 'HEAD~2').trim();
      writeFileSync(join(repo.dir, '.git', 'info', 'grafts'), `${head} ${grandparent}\n`);
      const result = await runCli(['history', '--route', route, '--format', 'json', '--no-baseline', '--no-redact'], { cwd: repo.dir });
      expect(result.code).toBe(1);
      expect(findings(result).map((f) => f.secret)).toContain(token);
      expect(result.stderr).toMatch(/graft/);
    });
  }
});

describe('history --since', () => {
  it('a date git cannot read is a usage error, not an empty clean scan', async () => {
    const repo = makeRepo();
    repo.commit('one', { 'config.txt': `token = ${fakeGithubToken()}\n` });
    const result = await runCli(['history', '--since', 'garbage', '--format', 'json', '--no-baseline'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--since/);
  });

  it('a date git reads still works', async () => {
    const repo = makeRepo();
    repo.commit('one', { 'config.txt': `token = ${fakeGithubToken()}\n` });
    for (const since of ['2001-01-01', '30 years ago']) {
      const result = await runCli(['history', '--since', since, '--format', 'json', '--no-baseline'], { cwd: repo.dir });
      expect(result.code).toBe(1);
    }
  });
});
