/**
 * An async mutex with FIFO hand-off.
 * Usage: const release = await mutex.acquire(); try { … } finally { release(); }
 */
export class Mutex {
  #locked = false;
  /** @type {{ grant: () => void }[]} waiters in arrival order */
  #waiters = [];

  get isLocked() {
    return this.#locked;
  }

  get pendingCount() {
    return this.#waiters.length;
  }

  /** Unlock, or hand the lock to the first waiter (the mutex then stays locked). */
  #release() {
    const next = this.#waiters.shift();
    if (next) next.grant();
    else this.#locked = false;
  }

  /**
   * Wait for the lock. Resolves to a release function (idempotent: second call is a no-op).
   * With `signal`: already aborted → reject with signal.reason; aborted while waiting →
   * leave the queue at once and reject with signal.reason.
   * @param {{ signal?: AbortSignal }} [options]
   * @returns {Promise<() => void>}
   */
  acquire({ signal } = {}) {
    // TODO: implement as documented above.
    throw new Error('not implemented');
  }

  /** Run fn while holding the lock; always releases. */
  async runExclusive(fn, options) {
    const release = await this.acquire(options);
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
