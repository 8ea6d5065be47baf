// Types for score-peer.mjs, so the TypeScript tests can import it.
import type { Confidence, MarkedExample } from './types.d.mts';

export interface Row {
  positives: number;
  notSecrets: number;
  placeholders: number;
  scored: number;
  negatives: number;
  alsoPositive: number;
  found: Record<string, number>;
  flagged: Record<string, number>;
}
export interface MissLine {
  readonly peer: string;
  readonly rule: string;
  readonly family: string;
  readonly source: string | undefined;
  readonly confidence: Confidence | null;
  readonly text: string;
}
export declare function shownAt(c: Confidence | null | undefined, floor: Confidence): boolean;
export declare function scorePeer(examples: readonly MarkedExample[], confidences: readonly (Confidence | null)[], floors: readonly Confidence[]): { total: Row; families: Map<string, Row> };
export declare function percent(part: number, whole: number): string;
export declare function misses(peer: string, examples: readonly MarkedExample[], confidences: readonly (Confidence | null)[], floor: Confidence): { missed: MissLine[]; flagged: MissLine[] };
