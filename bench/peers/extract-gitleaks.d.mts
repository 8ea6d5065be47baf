// Types for extract-gitleaks.mjs, so the TypeScript tests can import it.
import type { Extracted } from './types.d.mts';

export declare function extractGitleaks(source: string, path: string): Extracted;
