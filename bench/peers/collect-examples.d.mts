// Types for collect-examples.mjs, so the TypeScript tests can import it.
import type { Example, Extracted, MarkedExample } from './types.d.mts';

export interface Peer {
  readonly name: string;
  readonly repo: string;
  readonly folders: readonly string[];
  readonly pattern: RegExp;
  readonly extract: (source: string, path: string) => Extracted;
}
export interface Collected {
  readonly peer: string;
  readonly repo: string;
  readonly commit: string;
  readonly files: number;
  readonly skipped: number;
  readonly duplicates: number;
  readonly examples: MarkedExample[];
}
export declare function mirrorDir(mirrors: string, repo: string): string;
export declare function dedupeExamples<T extends Example>(examples: readonly T[]): { kept: T[]; duplicates: number };
export declare function markExamples(examples: readonly Example[]): MarkedExample[];
export declare function collectExamples(peer: Peer, mirrors: string): Collected;
