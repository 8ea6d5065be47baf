// Installs `leakgate staged` as a pre-commit hook for husky 9, plain git, pre-commit and lefthook.
// Each installer is idempotent: a second run changes nothing.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { LeakgateError } from '../errors.js';
import { hooksDir, isHuskyDir } from './hooks-dir.js';

export type HookManager = 'husky' | 'git' | 'pre-commit' | 'lefthook';

export interface HookResult {
  readonly file: string;
  readonly changed: boolean;
  readonly hint: string | undefined;
}

/** Runs leakgate from PATH when installed globally, else from the project's node_modules. */
export const HOOK_COMMAND = 'npx --no-install leakgate staged';
const MARKER = 'leakgate staged';

/**
 * husky 9 hooks are plain shell files in .husky/, one command a line, run with node_modules/.bin
 * on PATH (.husky/_/h: `export PATH="node_modules/.bin:$PATH"`), so the line calls leakgate
 * directly: ~0.15 s a commit where `npx --no-install` costs ~0.5 s. https://typicode.github.io/husky/
 */
export const HUSKY_LINE = 'leakgate staged';

// `husky init` writes `npm test` as the hook's only line: every commit then waits for the test suite.
const testsFirst = (current: string): string | undefined =>
  /^\s*(npm|pnpm|yarn|bun)( run)? test\b/m.test(current)
    ? '.husky/pre-commit runs the test suite (`npm test`, written by `husky init`) before leakgate: every commit waits for it; move `leakgate staged` above it, or drop it, for a fast hook'
    : undefined;

const installHusky = (root: string): HookResult => {
  const file = join(root, '.husky', 'pre-commit');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current.includes(MARKER)) return { file, changed: false, hint: testsFirst(current) };
  mkdirSync(dirname(file), { recursive: true });
  const body = current === '' || current.endsWith('\n') ? current : `${current}\n`;
  writeFileSync(file, `${body}${HUSKY_LINE}\n`, { mode: 0o755 });
  return { file, changed: true, hint: testsFirst(current) };
};

// git runs hooks from the top of the working tree (githooks(5)), so a project's own install is
// found at node_modules/.bin, ~0.5 s faster a commit than through npx (npm run bench:hooks).
const GIT_HOOK = `#!/bin/sh
# leakgate pre-commit hook (installed by \`leakgate init --git\`): blocks commits that add secrets.
# Skip it once, in an emergency, with: git commit --no-verify
if [ -x node_modules/.bin/leakgate ]; then
  exec node_modules/.bin/leakgate staged
fi
if command -v leakgate >/dev/null 2>&1; then
  exec leakgate staged
fi
exec ${HOOK_COMMAND}
`;

const installGit = async (root: string, force: boolean): Promise<HookResult> => {
  const file = join(await hooksDir(root), 'pre-commit');
  if (existsSync(file)) {
    const current = readFileSync(file, 'utf8');
    if (current === GIT_HOOK) return { file, changed: false, hint: undefined };
    if (!current.includes(MARKER) && !force) {
      throw new LeakgateError('usage', `${file} already exists and is not leakgate's: add "${HOOK_COMMAND}" to it, or rerun with --force to replace it`);
    }
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, GIT_HOOK);
  chmodSync(file, 0o755);
  return { file, changed: true, hint: undefined };
};

const editYaml = (file: string, edit: (doc: ReturnType<typeof parseDocument>) => boolean): boolean => {
  const doc = parseDocument(existsSync(file) ? readFileSync(file, 'utf8') : '');
  if (doc.errors.length > 0) {
    throw new LeakgateError('config', `${file}: not valid YAML (${doc.errors[0]?.message.split('\n')[0] ?? 'parse error'}); fix it first`);
  }
  if (doc.contents === null) doc.contents = doc.createNode({}) as never;
  if (!edit(doc)) return false;
  writeFileSync(file, doc.toString());
  return true;
};

/**
 * `language: system` looks the entry up on PATH, where a project's devDependency is not ("Executable
 * `leakgate` not found"); a path with a slash is taken relative to the repository root, where
 * pre-commit runs hooks (https://pre-commit.com/#system). So a project that installs leakgate
 * gets its node_modules/.bin/leakgate, and only a project without one relies on a global install.
 */
const localCommand = (root: string): string => {
  const pkg = join(root, 'package.json');
  const local = existsSync(join(root, 'node_modules', '.bin', 'leakgate')) || (existsSync(pkg) && /"leakgate"\s*:/.test(readFileSync(pkg, 'utf8')));
  return local ? 'node_modules/.bin/leakgate staged' : 'leakgate staged';
};

// pre-commit: https://pre-commit.com/#repository-local-hooks. This repository also ships
// .pre-commit-hooks.yaml for teams that reference it as a remote hook repository.
const installPreCommit = (root: string): HookResult => {
  const file = join(root, '.pre-commit-config.yaml');
  const changed = editYaml(file, (doc) => {
    if (doc.toString().includes(MARKER) || doc.toString().includes('id: leakgate')) return false;
    if (!doc.has('repos')) doc.set('repos', new YAMLSeq());
    const repos = doc.get('repos');
    if (!(repos instanceof YAMLSeq)) throw new LeakgateError('config', `${file}: "repos" is not a list`);
    repos.add(doc.createNode({ repo: 'local', hooks: [{ id: 'leakgate', name: 'leakgate (secrets)', entry: localCommand(root), language: 'system', pass_filenames: false }] }));
    return true;
  });
  return { file, changed, hint: undefined };
};

// lefthook: https://lefthook.dev/configuration/
const installLefthook = (root: string): HookResult => {
  const file = join(root, 'lefthook.yml');
  const changed = editYaml(file, (doc) => {
    if (doc.hasIn(['pre-commit', 'commands', 'leakgate'])) return false;
    if (!doc.has('pre-commit')) doc.set('pre-commit', new YAMLMap());
    if (!doc.hasIn(['pre-commit', 'commands'])) doc.setIn(['pre-commit', 'commands'], new YAMLMap());
    // lefthook runs commands from the repository root, with PATH as it is: like pre-commit's entry.
    const command = localCommand(root);
    doc.setIn(['pre-commit', 'commands', 'leakgate'], doc.createNode({ run: command === MARKER ? HOOK_COMMAND : command }));
    return true;
  });
  return { file, changed, hint: undefined };
};

/**
 * The manager to install for: in a husky repository git's hooks folder is husky's generated
 * .husky/_, where a plain git hook would be overwritten by husky or (with --force) stop
 * .husky/pre-commit from running, so `--git` means husky there. With no flag, a repository's
 * pre-commit or lefthook config says which manager the team uses.
 */
export const resolveManager = async (manager: HookManager | undefined, root: string): Promise<HookManager> => {
  if ((manager ?? 'git') === 'git' && isHuskyDir(root, await hooksDir(root))) return 'husky';
  if (manager !== undefined) return manager;
  if (existsSync(join(root, '.pre-commit-config.yaml'))) return 'pre-commit';
  if (['lefthook.yml', 'lefthook.yaml', '.lefthook.yml'].some((name) => existsSync(join(root, name)))) return 'lefthook';
  return 'git';
};

export const installHook = async (manager: HookManager, root: string, force: boolean): Promise<HookResult> => {
  switch (manager) {
    case 'husky':
      return installHusky(root);
    case 'git':
      return installGit(root, force);
    case 'pre-commit':
      return installPreCommit(root);
    case 'lefthook':
      return installLefthook(root);
  }
};
