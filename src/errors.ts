// One error type for everything a user can fix. main() maps it to exit code 2.

export type ErrorCode =
  | 'usage'
  | 'config'
  | 'rules'
  | 'baseline'
  | 'git'
  | 'io'
  | 'timeout'
  | 'internal';

export class LeakgateError extends Error {
  override readonly name = 'LeakgateError';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export const isLeakgateError = (value: unknown): value is LeakgateError =>
  value instanceof LeakgateError;
