// Writes a long report as it is produced: to stdout, or to a temporary file renamed over --output
// at the end (whole or not at all, like writeFileAtomic).
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { LeakgateError } from '../errors.js';
import type { Output } from './io.js';
import { pendingTempFiles } from './write-output.js';

const CHUNK = 1 << 16;

export const streamOutput = async (target: string | Output, produce: (write: (chunk: string) => void) => Promise<void>): Promise<void> => {
  let buffered = '';
  if (typeof target !== 'string') {
    await produce((chunk) => {
      buffered += chunk;
      if (buffered.length >= CHUNK) {
        target.write(buffered);
        buffered = '';
      }
    });
    if (buffered !== '') target.write(buffered);
    return;
  }
  const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  pendingTempFiles.add(temp);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    const out = fd;
    await produce((chunk) => {
      buffered += chunk;
      if (buffered.length >= CHUNK) {
        writeSync(out, buffered);
        buffered = '';
      }
    });
    writeSync(out, buffered);
    closeSync(out);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    if (error instanceof LeakgateError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new LeakgateError('io', `cannot write ${target}: ${code}; nothing was written`, { cause: error });
  } finally {
    pendingTempFiles.delete(temp);
  }
};
