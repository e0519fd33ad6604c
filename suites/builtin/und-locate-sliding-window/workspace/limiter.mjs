// Sliding-window rate limiter for the public API.
//
// A hit at time h (ms) counts against the limit at time t when
// t - windowMs < h <= t, i.e. a hit stops counting once it is windowMs old.
// Times come from the injected clock and never go backwards.

export class SlidingWindowLimiter {
  /**
   * @param {{ limit: number, windowMs: number, now?: () => number }} options
   *   limit and windowMs are positive integers.
   */
  constructor({ limit, windowMs, now = Date.now }) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.now = now;
    this.hits = new Map(); // key -> ascending array of hit times
  }

  /** Drops the hits of `key` that no longer count at time t; returns the rest. */
  prune(key, t) {
    const list = this.hits.get(key) ?? [];
    let i = 0;
    while (i < list.length && list[i] < t - this.windowMs) i++;
    const kept = i === 0 ? list : list.slice(i);
    if (kept.length === 0) this.hits.delete(key);
    else this.hits.set(key, kept);
    return kept;
  }

  /** Records a hit and returns true if it is allowed; returns false (recording nothing) otherwise. */
  tryAcquire(key) {
    const t = this.now();
    const kept = this.prune(key, t);
    if (kept.length >= this.limit) return false;
    this.hits.set(key, [...kept, t]);
    return true;
  }

  /** How many more hits `key` may make right now. */
  remaining(key) {
    return Math.max(0, this.limit - this.prune(key, this.now()).length);
  }

  /**
   * Milliseconds until `key` may make another hit: 0 if it may now, otherwise
   * the time until its oldest counting hit stops counting.
   */
  retryAfter(key) {
    const t = this.now();
    const kept = this.prune(key, t);
    if (kept.length < this.limit) return 0;
    return kept[kept.length - this.limit] + this.windowMs - t;
  }
}
