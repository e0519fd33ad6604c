// Retrying flaky async operations with exponential backoff.

const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Errors that are worth retrying: network resets and 5xx responses. */
export function isRetryable(error) {
  if (error && error.code === 'ECONNRESET') return true;
  return Boolean(error && typeof error.status === 'number' && error.status >= 500);
}

/** Delay before retry number `retry` (0-based): base * factor^retry, capped. */
export function backoffDelay(retry, { baseDelayMs = 100, factor = 2, maxDelayMs = 5000 } = {}) {
  return Math.min(maxDelayMs, baseDelayMs * factor ** retry);
}

/**
 * Calls `fn(attempt)` (attempt is 0-based) until it resolves, at most
 * `attempts` times in total, and resolves with its result. A non-retryable
 * error is rethrown at once; after the last failed attempt the last error is
 * thrown. Waits backoffDelay(attempt) between two attempts (never after the
 * last one).
 */
export async function retry(fn, { attempts = 3, sleep = defaultSleep, ...delayOptions } = {}) {
  if (!Number.isInteger(attempts) || attempts < 1) throw new RangeError(`attempts must be >= 1, got ${attempts}`);
  let lastError;
  for (let attempt = 0; attempt <= attempts; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      lastError = error;
      if (!isRetryable(error)) throw error;
      if (attempt < attempts - 1) await sleep(backoffDelay(attempt, delayOptions));
    }
  }
  throw lastError;
}
