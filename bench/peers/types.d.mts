// Shared types of the peers bench modules, so the TypeScript tests can import them.
export type Polarity = 'positive' | 'negative';
export type Confidence = 'low' | 'medium' | 'high';
export interface Example {
  readonly rule: string;
  readonly family: string;
  readonly polarity: Polarity;
  readonly text: string;
  /** The file name the peer tests this example under (gitleaks' path-dependent rules). */
  readonly path?: string;
  /** Why the peer itself says this rule finds no secret (an identifier, a host), if it does. */
  readonly notSecret?: string | null;
}
export interface MarkedExample extends Example {
  readonly source?: string;
  readonly notSecret: string | null;
  readonly placeholder: string | null;
  readonly alsoPositive: boolean;
}
export interface Extracted {
  readonly examples: Example[];
  readonly skipped: number;
}
