// The organisation's correlation key: --correlation-key-file FILE, else LEAKGATE_ORG_KEY. Without
// one no correlation value is written anywhere (docs/org-audit.md).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LeakgateError } from '../errors.js';
import { MIN_KEY_BYTES } from '../report/correlation.js';
import type { Io } from './io.js';

const HOW = 'make one with `openssl rand -hex 32` and keep it in a secret store';

const checked = (key: Buffer, where: string): Buffer => {
  if (key.length < MIN_KEY_BYTES) {
    throw new LeakgateError('usage', `${where}: the correlation key is ${key.length} bytes, at least ${MIN_KEY_BYTES} are needed (${HOW})`);
  }
  return key;
};

/** The key as bytes (a trailing newline dropped), or undefined when none is given. */
export const readCorrelationKey = (io: Io, keyFile: string | undefined): Buffer | undefined => {
  if (keyFile !== undefined) {
    const path = resolve(io.cwd, keyFile);
    let text: Buffer;
    try {
      text = readFileSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new LeakgateError('usage', `cannot read the correlation key file ${path}: ${code}`, { cause: error });
    }
    return checked(Buffer.from(text.toString('utf8').replace(/\r?\n$/, ''), 'utf8'), path);
  }
  const fromEnv = io.env['LEAKGATE_ORG_KEY'];
  if (fromEnv === undefined || fromEnv === '') return undefined;
  return checked(Buffer.from(fromEnv, 'utf8'), 'LEAKGATE_ORG_KEY');
};
