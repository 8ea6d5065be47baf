// Where git looks for hooks, and whether husky 9 owns that place.
import { isAbsolute, join, relative } from 'node:path';
import { gitText } from '../sources/git.js';

/** The hooks folder git runs from: respects core.hooksPath and worktrees (git rev-parse --git-path hooks). */
export const hooksDir = async (root: string): Promise<string> => {
  const dir = (await gitText(['rev-parse', '--git-path', 'hooks'], root)).trim();
  return isAbsolute(dir) ? dir : join(root, dir);
};

/**
 * husky 9 installs itself by setting `core.hooksPath` to `.husky/_`, a folder of generated stubs
 * that call `.husky/<hook>` (https://typicode.github.io/husky/how-to.html). A hooks folder under
 * `.husky/` means husky owns the hooks: its stubs must never be edited, `.husky/pre-commit` is the file.
 */
export const isHuskyDir = (root: string, dir: string): boolean => {
  const inside = relative(join(root, '.husky'), dir);
  return !inside.startsWith('..') && !isAbsolute(inside);
};
