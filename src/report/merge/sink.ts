import type { Merged } from './merge-reports.js';

/** Where a merged report's text goes, chunk by chunk. */
export type Sink = (chunk: string) => void;

export type MergeWriter = (merged: Merged, write: Sink) => Promise<void>;
