// Whether a tree's documentation shows examples (a published project) or holds its team's own notes.
// A tree that carries an open-source license at its root is published: its README and docs pages
// are written for outside readers, and the values in them are illustrations. So is a tree that
// builds a documentation site (VuePress, VitePress, Docusaurus, MkDocs, mdBook, Antora, Hugo, Jekyll,
// Read the Docs, DocFX, Mintlify): its pages exist to be published. A company's private repository
// has neither, and its runbooks may hold real credentials.
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { DocsMode } from '../detect/types.js';

// LICENSE, LICENSE.md, LICENSE-MIT, LICENCE.txt, COPYING, COPYING.LESSER, UNLICENSE (as GitHub's
// licensee and the SPDX practice name them).
const LICENSE_FILE = /^(?:LICEN[CS]E|COPYING|UNLICENSE)(?:[.-][\w.-]*)?$/i;

// What each generator reads its site from: a folder (.vuepress, .vitepress) or a config file.
const SITE_FOLDER = /^\.(?:vuepress|vitepress)$/;
const SITE_FILE = /^(?:docusaurus\.config\.[cm]?[jt]s|mkdocs\.ya?ml|book\.toml|antora(?:-playbook)?\.ya?ml|hugo\.(?:toml|ya?ml|json)|\.readthedocs\.ya?ml|docfx\.json|mint\.json)$/;

// Folders where a site's sources are not (dependencies, build output, version control).
const SKIPPED = /^(?:node_modules|vendor|\.git|dist|build|target|out|coverage|\.cache|\.next|\.nuxt)$/;

// Generators' sources sit at the root or a few folders down (docs/, website/, packages/@org/site/):
// a breadth-first look three levels deep, at most this many folders read.
const MAX_DEPTH = 3;
const MAX_FOLDERS = 32;

const entriesOf = (dir: string): Dirent[] => {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
};

/** Whether a documentation site generator's sources are in the tree (bounded: see MAX_FOLDERS). */
const buildsDocsSite = (root: string, top: readonly Dirent[]): boolean => {
  let level: Array<{ readonly path: string; readonly entries: readonly Dirent[] }> = [{ path: root, entries: top }];
  let read = 1;
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: typeof level = [];
    for (const { path, entries } of level) {
      if (entries.some((e) => (e.isDirectory() && SITE_FOLDER.test(e.name)) || (e.isFile() && SITE_FILE.test(e.name)))) return true;
      if (depth === MAX_DEPTH) continue;
      for (const entry of entries) {
        if (!entry.isDirectory() || entry.name.startsWith('.') || SKIPPED.test(entry.name) || read >= MAX_FOLDERS) continue;
        read++;
        next.push({ path: join(path, entry.name), entries: entriesOf(join(path, entry.name)) });
      }
    }
    level = next;
  }
  return false;
};

/** `examples` when the root holds a license file or the tree builds a docs site, else `internal` (also when the root cannot be read). */
export const docsModeAt = (root: string): DocsMode => {
  const top = entriesOf(root);
  if (top.some((entry) => LICENSE_FILE.test(entry.name))) return 'examples';
  return buildsDocsSite(root, top) ? 'examples' : 'internal';
};
