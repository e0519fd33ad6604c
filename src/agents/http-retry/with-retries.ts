import { setTimeout as sleep } from 'node:timers/promises';
import { ApiCallError } from './api-call-error.js';
import { retryDelayMs } from './retry-delay.js';
import type { RetryPolicy } from './retry-policy.js';

/** One retry about to happen, for transcripts and logs. */
export interface RetryEvent {
  /** 1-based retry number. */
  retry: number;
  delayMs: number;
  error: ApiCallError;
}

/**
 * Calls `fn` until it succeeds, retrying `ApiCallError`s marked retryable (429, 5xx, 529, network
 * errors, timeouts) up to `policy.maxRetries` times with `retryDelayMs` between tries. Anything
 * else, and the last failure, is thrown: an `ApiCallError` with `attempts` set. An abort of `signal`
 * ends a wait at once and throws an `ApiCallError` of kind `aborted`.
 *
 * @example
 * const reply = await withRetries(() => provider.complete(request, signal), { policy, signal });
 */
export async function withRetries<T>(
  fn: (attempt: number) => Promise<T>,
  options: { policy: RetryPolicy; signal: AbortSignal; onRetry?: (e: RetryEvent) => void; random?: () => number },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      const e = err instanceof ApiCallError ? err : new ApiCallError((err as Error)?.message ?? String(err), { kind: 'invalid', retryable: false, cause: err });
      e.attempts = attempt;
      if (options.signal.aborted) throw abortedError(e.attempts);
      if (!e.retryable || attempt > options.policy.maxRetries) throw e;
      const delayMs = retryDelayMs(attempt, options.policy, e.retryAfterMs, options.random);
      options.onRetry?.({ retry: attempt, delayMs, error: e });
      try {
        await sleep(delayMs, undefined, { signal: options.signal });
      } catch {
        throw abortedError(attempt);
      }
    }
  }
}

function abortedError(attempts: number): ApiCallError {
  const e = new ApiCallError('aborted', { kind: 'aborted', retryable: false });
  e.attempts = attempts;
  return e;
}
