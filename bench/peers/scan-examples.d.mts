// Types for scan-examples.mjs, so the TypeScript tests can import it.
import type { Confidence, Example } from './types.d.mts';

export declare function higherConfidence(a: Confidence | null, b: Confidence | null): Confidence | null;
export declare function examplePath(i: number, text: string, path?: string): string;
export declare function confidencesFromReport(report: { findings: readonly { file: string; confidence?: Confidence }[] }, paths: readonly string[]): (Confidence | null)[];
export declare function scanExamples(examples: readonly Example[], options: { leakgate: string; dir: string }): Promise<(Confidence | null)[]>;
export declare function dedent(text: string): string;
