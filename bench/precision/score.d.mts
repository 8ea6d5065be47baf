// Types for score.mjs, so the TypeScript tests can import it.
import type { PanelFinding, VerdictIndex } from './sample.mjs';

export interface RepoResult {
  readonly repo: string;
  readonly files: number;
  readonly findings: readonly PanelFinding[];
}
export interface FamilyRow {
  findings: number;
  sampled: number;
  unjudged: number;
  TL: number;
  TF: number;
  FP: number;
  U: number;
}
export interface HalfScore {
  readonly repos: number;
  readonly files: number;
  readonly rows: Map<string, FamilyRow>;
  readonly all: FamilyRow;
  readonly generic: FamilyRow;
}
export declare function scoreHalf(results: readonly RepoResult[], index: VerdictIndex, familyOf: (ruleId: string) => string): HalfScore;
export declare function precisionOf(row: FamilyRow): number | null;
export declare function formatHalf(half: string, label: string, score: HalfScore): string[];
export declare function formatCompare(half: string, labelA: string, a: HalfScore, labelB: string, b: HalfScore): string[];
