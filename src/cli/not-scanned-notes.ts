// The summary's words for what a scan met and could not read (see sources/not-scanned.ts).
import type { NotScanned } from '../sources/not-scanned.js';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const notScannedNotes = (seen: NotScanned): string[] => {
  const notes: string[] = [];
  if (seen.submodules.size > 0) {
    notes.push(`${plural(seen.submodules.size, 'submodule', 'submodules')} not scanned (${[...seen.submodules].slice(0, 3).join(', ')}${seen.submodules.size > 3 ? ', …' : ''}): each is a repository of its own; scan it there`);
  }
  if (seen.lfs.size > 0) {
    notes.push(`${plural(seen.lfs.size, 'LFS pointer', 'LFS pointers')} not scanned (${[...seen.lfs].slice(0, 3).join(', ')}${seen.lfs.size > 3 ? ', …' : ''}): their content is on the LFS server; git lfs pull, then leakgate scan`);
  }
  return notes;
};
