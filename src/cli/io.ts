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

const quiet = new WeakSet<NodeJS.WriteStream>();

/**
 * A reader that goes away (`leakgate … | head -1`) ends our output there, quietly: without a
 * listener, the EPIPE was an unhandled 'error' event, a stack trace and exit 1 ("findings"). The
 * scan's result is known by then (reports are written at the end): the exit code stays its own.
 */
const quietWhenClosed = (stream: NodeJS.WriteStream): NodeJS.WriteStream => {
  if (!quiet.has(stream)) {
    quiet.add(stream);
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    });
  }
  return stream;
};

export const processIo = (): Io => ({
  stdout: quietWhenClosed(process.stdout),
  stderr: quietWhenClosed(process.stderr),
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});

/**
 * Colour only on a terminal, and never with NO_COLOR or TERM=dumb; --color/--no-color decide first.
 * FORCE_COLOR as Node and chalk read it (https://nodejs.org/api/cli.html#force_color1-2-3): "0"
 * or "false" turns colour off, any other value on (CI logs that render ANSI).
 */
export const useColor = (io: Io, flag: boolean | undefined): boolean => {
  if (flag !== undefined) return flag;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  const force = io.env['FORCE_COLOR'];
  if (force === '0' || force === 'false') return false;
  if (force !== undefined) return true;
  return io.stdout.isTTY === true && io.env['TERM'] !== 'dumb';
};
