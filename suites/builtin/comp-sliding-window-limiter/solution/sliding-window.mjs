/**
 * Sliding-window-log rate limiter: at most `limit` accepted events per key
 * in any `windowMs` window. `now` is injectable for tests.
 */
export class SlidingWindowLimiter {
  /** @type {Map<string, number[]>} accepted timestamps per key, oldest first */
  #log = new Map();

  constructor({ limit, windowMs, now = Date.now }) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer');
    if (!Number.isFinite(windowMs) || windowMs <= 0) throw new RangeError('windowMs must be positive');
    this.limit = limit;
    this.windowMs = windowMs;
    this.now = now;
  }

  /** Drop timestamps with now - t >= windowMs; returns the (possibly new) array for key. */
  #prune(key, now) {
    const times = this.#log.get(key) ?? [];
    let drop = 0;
    while (drop < times.length && now - times[drop] >= this.windowMs) drop++;
    if (drop > 0) times.splice(0, drop);
    this.#log.set(key, times);
    return times;
  }

  /** Accept an event for key if the window has room. @returns {boolean} */
  tryAcquire(key) {
    const now = this.now();
    const times = this.#prune(key, now);
    if (times.length >= this.limit) return false;
    times.push(now);
    return true;
  }

  /** Milliseconds until tryAcquire(key) would succeed (0 = now). */
  retryAfter(key) {
    const now = this.now();
    const times = this.#prune(key, now);
    if (times.length < this.limit) return 0;
    return times[0] + this.windowMs - now;
  }

  reset(key) {
    if (key === undefined) this.#log.clear();
    else this.#log.delete(key);
  }
}
