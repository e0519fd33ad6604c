/**
 * Runs async tasks with a concurrency limit (see README.md).
 */
export class TaskQueue {
  constructor(concurrency) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be a positive integer');
    this.concurrency = concurrency;
    this.running = 0;
    this.pending = [];
    this.idleWaiters = [];
  }

  /** Queues `fn`; returns a promise for its result. */
  add(fn) {
    return new Promise((resolve, reject) => {
      this.pending.push({ fn, resolve, reject });
      this.#pump();
    });
  }

  /** Resolves once no task is queued or running. */
  onIdle() {
    if (this.running === 0 && this.pending.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  #pump() {
    while (this.running < this.concurrency && this.pending.length > 0) {
      const { fn, resolve, reject } = this.pending.shift();
      this.running++;
      let result;
      try {
        result = Promise.resolve(fn());
      } catch (error) {
        result = Promise.reject(error);
      }
      result
        .then(resolve, (error) => {
          this.running--;
          reject(error);
        })
        .finally(() => {
          this.running--;
          this.#pump();
        });
    }
    if (this.pending.length === 0 && this.running === 0) {
      for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }
}
