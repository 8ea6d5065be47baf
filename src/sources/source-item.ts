import type { Fragment } from '../detect/types.js';

/** What a source yields: text to scan, or a note that something was not scanned, and why. */
export type SourceItem =
  | { readonly kind: 'fragment'; readonly fragment: Fragment; readonly bytes: number; readonly file: boolean }
  | { readonly kind: 'skipped'; readonly path: string; readonly reason: string };
