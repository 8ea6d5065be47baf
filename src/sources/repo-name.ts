// The name a report gives its repository when --repo is not given: the origin remote's
// owner/name (as GitHub and GitLab spell it), else the folder's name.
import { basename } from 'node:path';
import { gitText } from './git.js';

/**
 * owner/name from a remote URL, in the forms `git clone` accepts (git-clone(1), "GIT URLS"):
 * https://host/owner/name.git, ssh://git@host:22/owner/name, git@host:owner/name.git. Credentials
 * in an https URL (https://user:token@host/…) are never kept: only the last two path segments are.
 */
export const repoNameFromUrl = (url: string): string | undefined => {
  const path = url.trim().replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/^[^/:]*@?[^/:]*:(?!\/)/, '');
  const parts = path.replace(/\.git\/?$/, '').split('/').filter((part) => part !== '' && part !== '.' && part !== '..');
  const [owner, name] = parts.slice(-2);
  return owner !== undefined && name !== undefined ? `${owner}/${name}` : name ?? owner;
};

/** The name of the repository's (or scanned) folder: what names a tree without an origin remote. */
export const folderName = (root: string): string => basename(root.replace(/\/\.git\/?$/, '')) || root;

/** `git config --get remote.origin.url` exits 1 when there is no origin: the folder's name then. */
export const defaultRepoName = async (root: string): Promise<string> => {
  try {
    const name = repoNameFromUrl(await gitText(['config', '--get', 'remote.origin.url'], root));
    if (name) return name;
  } catch {
    // No origin remote, or not a repository: the folder names it.
  }
  return folderName(root);
};
