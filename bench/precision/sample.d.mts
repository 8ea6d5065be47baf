// Types for sample.mjs, so the TypeScript tests can import it.
export interface PanelFinding {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  readonly confidence?: string;
}
export interface Verdict {
  readonly repo: string;
  readonly commit?: string;
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly verdict: 'TL' | 'TF' | 'FP' | 'U';
  readonly category?: string;
}
export interface VerdictIndex {
  readonly exact: Map<string, Verdict>;
  readonly byFamily: Map<string, Verdict>;
  readonly byLine: Map<string, Verdict>;
}
export declare const SAMPLE_SIZE: number;
export declare const VERDICTS: readonly string[];
export declare function sampleFindings<F extends PanelFinding>(repo: string, findings: readonly F[], size?: number): F[];
export declare function indexVerdicts(verdicts: readonly Verdict[], familyOf: (ruleId: string) => string): VerdictIndex;
export declare function verdictFor(index: VerdictIndex, repo: string, finding: PanelFinding, familyOf: (ruleId: string) => string): Verdict | null;
export declare function parseVerdicts(text: string, name: string): Verdict[];
