// Types for extract-trufflehog.mjs, so the TypeScript tests can import it.
import type { Extracted } from './types.d.mts';

export declare function extractTrufflehog(source: string, path: string): Extracted;
