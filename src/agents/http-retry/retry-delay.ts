import type { RetryPolicy } from './retry-policy.js';

/**
 * The wait before retry number `retry` (1-based). A server's `retry-after` wins when present
 * (capped at `maxDelayMs`); otherwise exponential backoff `baseDelayMs · 2^(retry-1)`, capped at
 * `maxDelayMs`, with "equal jitter": a uniform draw between half and all of it, so clients that
 * failed together do not retry together.
 *
 * @example
 * retryDelayMs(3, { maxRetries: 4, baseDelayMs: 1000, maxDelayMs: 60_000 }, null, () => 0.5); // 3000
 */
export function retryDelayMs(retry: number, policy: RetryPolicy, retryAfterMs: number | null, random: () => number = Math.random): number {
  if (retryAfterMs !== null) return Math.min(Math.max(0, retryAfterMs), policy.maxDelayMs);
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return exp / 2 + (exp / 2) * random();
}

/**
 * Reads a server's retry hint: `retry-after-ms` (milliseconds, sent by the Anthropic and OpenAI
 * APIs), else `retry-after` as seconds or as an HTTP date. Null when absent or unreadable.
 */
export function parseRetryAfterMs(get: (name: string) => string | null | undefined, nowMs: number = Date.now()): number | null {
  const ms = get('retry-after-ms');
  if (ms != null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const v = get('retry-after');
  if (v == null || v.trim() === '') return null;
  const seconds = Number(v);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(v);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
