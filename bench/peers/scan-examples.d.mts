// Types for scan-examples.mjs, so the TypeScript tests can import it.
import type { Confidence, Example } from './types.d.mts';

export declare function higherConfidence(a: Confidence | null, b: Confidence | null): Confidence | null;
export declare function examplePath(i: number, text: string, path?: string): string;
export interface Hit {
  readonly confidence: Confidence | null;
  /** The highest confidence of the example's findings by a provider rule (not a generic one). */
  readonly providerConfidence: Confidence | null;
  readonly rules: readonly string[];
}
export declare function hitsFromReport(report: { findings: readonly { file: string; ruleId: string; confidence?: Confidence }[] }, paths: readonly string[], isGeneric?: (ruleId: string) => boolean): Hit[];
export declare function scanExamples(examples: readonly Example[], options: { leakgate: string; dir: string; isGeneric?: (ruleId: string) => boolean }): Promise<Hit[]>;
export declare function dedent(text: string): string;
