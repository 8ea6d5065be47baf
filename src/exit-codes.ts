/** The CLI's exit codes: a promise to users and to the hooks and CI that run us. */
export const ExitCode = {
  /** Scanned, and nothing new was found. */
  Clean: 0,
  /** Scanned, and new findings were reported. */
  Findings: 1,
  /** Usage, config, baseline, git or I/O error: nothing can be concluded. */
  Error: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
