// Installs `leakgate staged` as a pre-commit hook for husky 9, plain git, pre-commit and lefthook.
// Each installer is idempotent: a second run changes nothing.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { LeakgateError } from '../errors.js';
import { gitText } from '../sources/git.js';

export type HookManager = 'husky' | 'git' | 'pre-commit' | 'lefthook';

export interface HookResult {
  readonly file: string;
  readonly changed: boolean;
  readonly hint: string | undefined;
}

/** Runs leakgate from PATH when installed globally, else from the project's node_modules. */
export const HOOK_COMMAND = 'npx --no-install leakgate staged';
const MARKER = 'leakgate staged';

// husky 9 hooks are plain shell files in .husky/, one command a line: https://typicode.github.io/husky/
const installHusky = (root: string): HookResult => {
  const file = join(root, '.husky', 'pre-commit');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current.includes(MARKER)) return { file, changed: false, hint: undefined };
  mkdirSync(dirname(file), { recursive: true });
  const body = current === '' || current.endsWith('\n') ? current : `${current}\n`;
  writeFileSync(file, `${body}${HOOK_COMMAND}\n`, { mode: 0o755 });
  return { file, changed: true, hint: existsSync(join(root, 'node_modules', 'husky')) ? undefined : 'install husky (npm install --save-dev husky && npx husky) if it is not set up yet' };
};

const GIT_HOOK = `#!/bin/sh
# leakgate pre-commit hook (installed by \`leakgate init --git\`): blocks commits that add secrets.
# Skip it once, in an emergency, with: git commit --no-verify
if command -v leakgate >/dev/null 2>&1; then
  exec leakgate staged
fi
exec ${HOOK_COMMAND}
`;

const installGit = async (root: string, force: boolean): Promise<HookResult> => {
  // Respects core.hooksPath and worktrees: git says where its hooks live.
  const dir = (await gitText(['rev-parse', '--git-path', 'hooks'], root)).trim();
  const file = join(isAbsolute(dir) ? dir : join(root, dir), 'pre-commit');
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

// pre-commit: https://pre-commit.com/#repository-local-hooks. This repository also ships
// .pre-commit-hooks.yaml for teams that reference it as a remote hook repository.
const installPreCommit = (root: string): HookResult => {
  const file = join(root, '.pre-commit-config.yaml');
  const changed = editYaml(file, (doc) => {
    if (doc.toString().includes(MARKER) || doc.toString().includes('id: leakgate')) return false;
    if (!doc.has('repos')) doc.set('repos', new YAMLSeq());
    const repos = doc.get('repos');
    if (!(repos instanceof YAMLSeq)) throw new LeakgateError('config', `${file}: "repos" is not a list`);
    repos.add(doc.createNode({ repo: 'local', hooks: [{ id: 'leakgate', name: 'leakgate (secrets)', entry: 'leakgate staged', language: 'system', pass_filenames: false }] }));
    return true;
  });
  return { file, changed, hint: changed ? 'run `pre-commit install` once in each clone' : undefined };
};

// lefthook: https://lefthook.dev/configuration/
const installLefthook = (root: string): HookResult => {
  const file = join(root, 'lefthook.yml');
  const changed = editYaml(file, (doc) => {
    if (doc.hasIn(['pre-commit', 'commands', 'leakgate'])) return false;
    if (!doc.has('pre-commit')) doc.set('pre-commit', new YAMLMap());
    if (!doc.hasIn(['pre-commit', 'commands'])) doc.setIn(['pre-commit', 'commands'], new YAMLMap());
    doc.setIn(['pre-commit', 'commands', 'leakgate'], doc.createNode({ run: HOOK_COMMAND }));
    return true;
  });
  return { file, changed, hint: changed ? 'run `npx lefthook install` once in each clone' : undefined };
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
