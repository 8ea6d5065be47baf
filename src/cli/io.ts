import type { Report } from '../report/report.js';

// The process's edges, passed in so that main() runs in-process in tests.
export interface Output {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface Io {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly stdin: AsyncIterable<Buffer | string> & { readonly isTTY?: boolean };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Receives each report as emitted (redacted unless --no-redact): the GitHub Action formats it again. */
  readonly onReport?: (report: Report) => void;
}

export const processIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});

/** Colour only on a terminal, and never with NO_COLOR or TERM=dumb; --color/--no-color decide first. */
export const useColor = (io: Io, flag: boolean | undefined): boolean => {
  if (flag !== undefined) return flag;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (io.env['FORCE_COLOR'] !== undefined && io.env['FORCE_COLOR'] !== '0') return true;
  return io.stdout.isTTY === true && io.env['TERM'] !== 'dumb';
};
