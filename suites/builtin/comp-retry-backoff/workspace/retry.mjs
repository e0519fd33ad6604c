// Retry helper used by the HTTP client and the job queue.

export class RetryError extends Error {
  /**
   * @param {unknown} lastError the error thrown by the final attempt
   * @param {number} attempts how many times fn was called
   */
  constructor(lastError, attempts) {
    super(`gave up after ${attempts} attempt(s): ${lastError?.message ?? lastError}`, { cause: lastError });
    this.name = 'RetryError';
    this.attempts = attempts;
  }
}

const defaultSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Delay before retry number `retryNumber` (1 for the first retry):
 * baseDelayMs * factor ** (retryNumber - 1), capped at maxDelayMs.
 */
export function backoffDelay(retryNumber, { baseDelayMs, factor, maxDelayMs }) {
  return Math.min(maxDelayMs, baseDelayMs * factor ** (retryNumber - 1));
}

/**
 * Call `fn(attempt)` (attempt = 1, 2, ...) until it resolves, and resolve with
 * its value.
 *
 * When an attempt rejects (or throws synchronously) with `err`:
 *   - if `retries` retries have already been used, or `shouldRetry(err, attempt)`
 *     returns false, reject with a RetryError wrapping `err` (so fn is called
 *     at most retries + 1 times in total);
 *   - otherwise call `onRetry(err, attempt, delay)`, await `sleep(delay)` with
 *     delay = backoffDelay(number of this retry, options), then try again.
 *
 * @template T
 * @param {(attempt: number) => Promise<T> | T} fn
 * @param {object} [options]
 * @param {number} [options.retries=3]        retries after the first attempt
 * @param {number} [options.baseDelayMs=100]
 * @param {number} [options.factor=2]
 * @param {number} [options.maxDelayMs=10000]
 * @param {(err: unknown, attempt: number) => boolean} [options.shouldRetry]
 * @param {(err: unknown, attempt: number, delay: number) => void} [options.onRetry]
 * @param {(ms: number) => Promise<void>} [options.sleep]
 * @returns {Promise<T>}
 */
export async function retry(fn, options = {}) {
  const {
    retries = 3,
    baseDelayMs = 100,
    factor = 2,
    maxDelayMs = 10_000,
    shouldRetry = () => true,
    onRetry = () => {},
    sleep = defaultSleep,
  } = options;
  if (!Number.isInteger(retries) || retries < 0) throw new RangeError('retries must be a non-negative integer');

  // TODO: the attempt loop, as documented above.
  throw new Error('not implemented');
}
