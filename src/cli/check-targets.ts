// A path the user named on the command line and that cannot be read is an error (exit 2), never a
// note beside "no secrets found": the user asked for exactly that path. Inside a directory walk,
// an unreadable entry stays a note (sources/walk-files.ts).
import { closeSync, constants, openSync, opendirSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { LeakgateError } from '../errors.js';

const WHY: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many levels of symbolic links',
  ENOTDIR: 'a part of the path is not a directory',
};

const fail = (target: string, error: unknown): never => {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  throw new LeakgateError('io', `cannot scan ${target}: ${WHY[code] ?? (code || String(error))}`, { cause: error });
};

/** A FIFO, socket or device: `scan <(cmd)` names /dev/fd/N, a link to a pipe. Read once, it would be gone. */
const isStream = (stats: Stats): boolean => stats.isFIFO() || stats.isSocket() || stats.isCharacterDevice() || stats.isBlockDevice();

export const checkTargets = (targets: readonly string[], cwd: string): void => {
  for (const target of targets) {
    const abs = resolve(cwd, target);
    let stats: Stats;
    try {
      // Followed: a named symlink is judged by what it points to here (the walk then notes it).
      stats = statSync(abs);
    } catch (error) {
      fail(target, error);
      continue;
    }
    if (isStream(stats)) {
      throw new LeakgateError('usage', `cannot scan ${target}: it is a pipe or a device, not a file (for \`scan <(cmd)\`, pipe the output instead: cmd | leakgate scan -)`);
    }
    try {
      if (stats.isDirectory()) opendirSync(abs).closeSync();
      else closeSync(openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK));
    } catch (error) {
      fail(target, error);
    }
  }
};
