// What a repository holds that leakgate cannot read from it, counted so the summary can say so:
// submodules (another repository's history) and Git LFS pointers (the content is on an LFS server).
// https://git-scm.com/docs/gitsubmodules · https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md

export interface NotScanned {
  /** Paths of submodules (gitlinks) met. */
  readonly submodules: Set<string>;
  /** Paths of files that are LFS pointers. */
  readonly lfs: Set<string>;
}

export const notScanned = (): NotScanned => ({ submodules: new Set(), lfs: new Set() });

/** "version https://git-lfs.github.com/spec/v1" opens every pointer (hawser.github.com before LFS 1.0); pointers are under 1 KB. */
const LFS_HEADERS = ['version https://git-lfs.github.com/spec/', 'version https://hawser.github.com/spec/'];
const ASCII_HEADERS = LFS_HEADERS.map((header) => Buffer.from(header, 'latin1'));

export const isLfsPointer = (content: Uint8Array | string): boolean => {
  if (content.length >= 1024) return false;
  if (typeof content === 'string') return LFS_HEADERS.some((header) => content.startsWith(header));
  return ASCII_HEADERS.some((header) => content.length >= header.length && Buffer.from(content.buffer, content.byteOffset, header.length).equals(header));
};
