// A token bucket rate limiter.
export class TokenBucket {
  #capacity;
  #rate;
  #now;
  #tokens;
  #last;

  constructor({ capacity, refillPerSecond, now = Date.now } = {}) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer');
    if (typeof refillPerSecond !== 'number' || !Number.isFinite(refillPerSecond) || refillPerSecond <= 0) {
      throw new RangeError('refillPerSecond must be a positive number');
    }
    this.#capacity = capacity;
    this.#rate = refillPerSecond;
    this.#now = now;
    this.#tokens = capacity;
    this.#last = now();
  }

  #refill() {
    const t = this.#now();
    const elapsed = t - this.#last;
    this.#last = t;
    if (elapsed <= 0) return;
    this.#tokens = Math.min(this.#capacity, this.#tokens + (elapsed * this.#rate) / 1000);
  }

  #check(count) {
    if (!Number.isInteger(count) || count < 1 || count > this.#capacity) {
      throw new RangeError('count must be an integer between 1 and capacity');
    }
  }

  tryRemove(count = 1) {
    this.#check(count);
    this.#refill();
    if (this.#tokens >= count) {
      this.#tokens -= count;
      return true;
    }
    return false;
  }

  available() {
    this.#refill();
    return Math.floor(this.#tokens);
  }

  msUntil(count = 1) {
    this.#check(count);
    this.#refill();
    if (this.#tokens >= count) return 0;
    return Math.ceil(((count - this.#tokens) * 1000) / this.#rate);
  }
}
