/**
 * How a failed model call is retried. The same policy is used by every adapter that calls a model
 * service itself (the SDK adapters disable their SDK's own retries and use this one).
 */
export interface RetryPolicy {
  /** Retries after the first try (0 = no retry). */
  maxRetries: number;
  /** Delay before the first retry, in ms; doubles with every retry. */
  baseDelayMs: number;
  /** Upper bound of one delay, in ms, including a server's `retry-after`. */
  maxDelayMs: number;
}

/** The default policy: 4 retries, 1 s doubling (with jitter) up to 60 s. */
export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({ maxRetries: 4, baseDelayMs: 1000, maxDelayMs: 60_000 });

/** True for HTTP statuses worth retrying: 408, 429, every 5xx (500, 502, 503, 504, 529 overloaded…). */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}
