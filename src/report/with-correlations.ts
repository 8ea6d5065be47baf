import type { Finding } from '../detect/types.js';
import { correlationOf } from './correlation.js';
import type { ReportFinding } from './report.js';

/**
 * The shown findings (redacted or not), each with the HMAC of its raw secret when a key is given;
 * `raw[i]` and `shown[i]` are the same finding. Without a key, no correlation value at all.
 */
export const withCorrelations = (raw: readonly Finding[], shown: readonly Finding[], key: Buffer | undefined): readonly ReportFinding[] =>
  key === undefined ? shown : shown.map((finding, i) => ({ ...finding, correlation: correlationOf((raw[i] as Finding).secret, key) }));
