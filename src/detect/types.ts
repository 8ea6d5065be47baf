// Domain types shared by the pure core, the sources and the reporters.

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** How sure a finding is to be a real credential (the value's class and the file's context). */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/**
 * What a tree's documentation holds: illustrations for outside readers (a published project: its
 * docs show example values), or the team's own notes (runbooks and setup pages may hold real ones).
 */
export const DOCS_MODES = ['examples', 'internal'] as const;
export type DocsMode = (typeof DOCS_MODES)[number];

/** Where an allowlist regex is applied: the secret (default), the whole match, or the line. */
export type RegexTarget = 'secret' | 'match' | 'line';

/** A compiled allowlist: a finding is dropped when the allowlist's conditions hold. */
export interface Allowlist {
  readonly description: string;
  /** "OR" (default): any condition drops the finding; "AND": every condition given must hold. */
  readonly condition: 'OR' | 'AND';
  readonly regexes: readonly RegExp[];
  readonly regexTarget: RegexTarget;
  /** Lowercase; a secret that contains one is dropped. */
  readonly stopwords: readonly string[];
  /** Tests a posix path relative to the scan root. */
  readonly paths: readonly PathMatcher[];
  readonly commits: readonly string[];
  /** A global allowlist may apply to some rules only: by id (gitleaks' targetRules) or by tag. */
  readonly targetRules: readonly string[];
  readonly targetTags: readonly string[];
  /** Rules with one of these tags are left out (rules that judge such values themselves, by their format). */
  readonly skipTags: readonly string[];
}

export interface PathMatcher {
  readonly source: string;
  readonly test: (path: string) => boolean;
}

export const VALIDATORS = [
  'github-checksum',
  'npm-checksum',
  'pem-private-key',
  'jwt',
  'aws-access-key-id',
  'base64-json',
  'grafana-api-key',
  'discord-bot-token',
  'atlassian-dc-pat',
  'laravel-app-key',
  'base64-credentials',
  'cloudflare-tunnel-token',
] as const;
export type ValidatorName = (typeof VALIDATORS)[number];

/** The outcome of an offline validator: checksum or structure holds, fails, or nothing to check. */
export type Validation = true | false | null;

export type RuleWindow = 'line' | 'lines' | 'block';

export interface Rule {
  readonly id: string;
  readonly description: string;
  readonly regex: RegExp;
  /** 0 means the whole match is the secret. */
  readonly secretGroup: number;
  /** Lowercase. Empty means the rule runs on every fragment. */
  readonly keywords: readonly string[];
  readonly entropy: number | undefined;
  /**
   * How far around a keyword hit the regex runs: the hit's line, that line and the two after it
   * (a value on the next line), or a block of up to 64 KiB after the hit (PEM keys).
   */
  readonly window: RuleWindow;
  /**
   * Every match starts where one of the keywords starts (declared in the rule, checked against
   * its examples): the regex is tried, sticky, at each keyword hit instead of along the window.
   */
  readonly anchoredAt: RegExp | undefined;
  /** Only files whose path matches are scanned by this rule (gitleaks' `path`). */
  readonly path: PathMatcher | undefined;
  /** A rule with a path and no regex: the file itself is the finding (a committed key file). */
  readonly pathOnly: boolean;
  readonly allowlists: readonly Allowlist[];
  readonly severity: Severity;
  readonly validate: ValidatorName | undefined;
  readonly references: readonly string[];
  readonly tags: readonly string[];
  /**
   * The value may be chosen by a person (a password, a generic secret, a password in a URL): it is
   * read as a literal of the file's syntax and classified (placeholders dropped, human-chosen
   * values less sure). Otherwise the value is a generated token, checked for a typed body only.
   */
  readonly chosen: boolean;
  /** Every match starts at the key's secret word: the key is read and must name a secret. */
  readonly assignment: boolean;
  /** The rule's own confidence before the file's context moves it (default high). */
  readonly confidence: Confidence | undefined;
}

/** Git provenance of a fragment. */
export interface CommitInfo {
  readonly sha: string;
  readonly author: string;
  readonly email: string;
  /** Author date, ISO 8601 with the author's offset. */
  readonly date: string;
  /** Committer time, Unix seconds: orders commits across time zones, rebases and cherry-picks. */
  readonly committedAt: number;
  readonly message: string;
}

/** A run of text to scan: a file, or the added lines of one hunk. */
export interface Fragment {
  /** Posix path relative to the scan root, or "-" for stdin. */
  readonly path: string;
  readonly text: string;
  /** Line number (1-based) of the first line of text in the file. */
  readonly startLine: number;
  /** When the text's lines are not consecutive in the file (added lines of a diff): each line's number. */
  readonly lineNumbers?: readonly number[];
  readonly commit?: CommitInfo;
  /** The git blob the text is (history read blob by blob): its findings are attributed to a commit after the scan. */
  readonly blob?: string;
  /** Decoded from an encoded run of another fragment: read as plain text, not in the file's syntax. */
  readonly decoded?: boolean;
  /** For decoded text, where its encoded run starts in the fragment it came from: the place whose context it has. */
  readonly encodedAt?: { readonly fragment: Fragment; readonly start: number };
}

/** A secret found in a fragment, before filtering and reporting. */
export interface Finding {
  readonly ruleId: string;
  readonly description: string;
  readonly severity: Severity;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The raw secret. Reporters redact it unless asked not to. */
  readonly secret: string;
  readonly match: string;
  readonly entropy: number;
  readonly validated: Validation;
  readonly confidence: Confidence;
  /** What the value was read as, and where (for --explain). */
  readonly why?: string;
  readonly fingerprint: string;
  /** How the text was decoded before the match, e.g. "base64". */
  readonly decoded?: string;
  readonly commit?: CommitInfo;
  /** The blob it was found in, until attribution replaces it with the introducing commit. */
  readonly blob?: string;
  /** With blob: the line that holds the secret (up to 1,000 characters), to tell a rewritten line. */
  readonly blobLine?: string;
  readonly occurrences?: number;
  readonly presentInHead?: boolean;
}

/** Why a finding was dropped after detection, counted in the summary. */
export type SuppressionReason = 'allowlist' | 'inline' | 'baseline' | 'checksum' | 'not-a-secret' | 'confidence';

export interface Suppression {
  readonly reason: SuppressionReason;
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  /** Which allowlist, marker or baseline entry dropped it. */
  readonly by: string;
}
