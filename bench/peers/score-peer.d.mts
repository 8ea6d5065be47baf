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
  /** Negatives flagged by a provider rule (not only by the generic rules), per floor. */
  flaggedByProvider: Record<string, number>;
}
export interface MissLine {
  readonly peer: string;
  readonly rule: string;
  readonly family: string;
  readonly source: string | undefined;
  readonly confidence: Confidence | null;
  /** The leakgate rules that fired on the example's file. */
  readonly leakgateRules: readonly string[];
  readonly text: string;
}
export declare function shownAt(c: Confidence | null | undefined, floor: Confidence): boolean;
export declare function scorePeer(examples: readonly MarkedExample[], confidences: readonly (Confidence | null)[], floors: readonly Confidence[], providerConfidences?: readonly (Confidence | null)[]): { total: Row; families: Map<string, Row> };
export declare function percent(part: number, whole: number): string;
export declare function misses(peer: string, examples: readonly MarkedExample[], confidences: readonly (Confidence | null)[], floor: Confidence, rules?: readonly (readonly string[])[]): { missed: MissLine[]; flagged: MissLine[] };
