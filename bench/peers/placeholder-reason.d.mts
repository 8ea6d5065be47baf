// Types for placeholder-reason.mjs, so the TypeScript tests can import it.
export declare function secretToken(text: string): string;
export declare function placeholderReason(text: string): string | null;
