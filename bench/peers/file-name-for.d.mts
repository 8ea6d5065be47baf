// Types for file-name-for.mjs, so the TypeScript tests can import it.
export declare function fileNameFor(text: string): string;
