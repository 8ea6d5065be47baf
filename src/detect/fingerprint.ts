import { createHash } from 'node:crypto';

/**
 * A finding's identity: rule, file and secret, never the line, so moving code keeps it.
 * Truncated SHA-256; it is not a place to keep the secret (baselines use a salted HMAC).
 */
export const fingerprint = (ruleId: string, file: string, secret: string): string =>
  createHash('sha256').update(`${ruleId}\0${file}\0${secret}`).digest('hex').slice(0, 32);
