// Types for extract-rule-yaml.mjs, so the TypeScript tests can import it.
import type { Extracted } from './types.d.mts';

export declare function extractRuleYaml(source: string, path: string): Extracted;
export declare function familyOfRuleId(id: string): string;
export declare function notSecretReason(rule: { categories?: unknown; visible?: unknown }): string | null;
