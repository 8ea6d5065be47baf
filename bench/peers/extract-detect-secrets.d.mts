// Types for extract-detect-secrets.mjs, so the TypeScript tests can import it.
import type { Extracted } from './types.d.mts';

export declare function extractDetectSecrets(source: string, path: string): Extracted;
