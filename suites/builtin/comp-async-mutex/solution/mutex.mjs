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
    const makeRelease = () => {
      let released = false;
      return () => {
        if (released) return;
        released = true;
        this.#release();
      };
    };
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      if (!this.#locked) {
        this.#locked = true;
        resolve(makeRelease());
        return;
      }
      const waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve(makeRelease());
        },
      };
      const onAbort = () => {
        const i = this.#waiters.indexOf(waiter);
        if (i !== -1) this.#waiters.splice(i, 1);
        reject(signal.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiters.push(waiter);
    });
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
