// Runs the CLI in-process through main(), capturing what it writes.
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly cwd: string;
  readonly stdin?: string | Buffer;
  readonly env?: Record<string, string | undefined>;
  readonly tty?: boolean;
}

export const runCli = async (args: readonly string[], options: CliOptions): Promise<CliResult> => {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    cwd: options.cwd,
    env: options.env ?? {},
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
};
