/**
 * Create a concurrency limiter with priorities and AbortSignal support.
 * @param {number} concurrency
 */
export function createLimiter(concurrency) {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError('concurrency must be a positive integer');
  }
  let active = 0;
  let seq = 0;
  const queue = [];

  function run(task) {
    if (task.signal) task.signal.removeEventListener('abort', task.onAbort);
    active++;
    let result;
    try {
      result = Promise.resolve(task.fn(task.signal));
    } catch (err) {
      result = Promise.reject(err);
    }
    result
      .finally(() => {
        active--;
        drain();
      })
      .then(task.resolve, task.reject);
  }

  function drain() {
    while (active < concurrency && queue.length > 0) {
      let best = 0;
      for (let i = 1; i < queue.length; i++) {
        const a = queue[i];
        const b = queue[best];
        if (a.priority > b.priority || (a.priority === b.priority && a.seq < b.seq)) best = i;
      }
      const [task] = queue.splice(best, 1);
      run(task);
    }
  }

  function limit(fn, { signal, priority = 0 } = {}) {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const task = { fn, signal, priority, seq: seq++, resolve, reject, onAbort: null };
      if (active < concurrency && queue.length === 0) {
        run(task);
        return;
      }
      if (signal) {
        task.onAbort = () => {
          reject(signal.reason);
        };
        signal.addEventListener('abort', task.onAbort, { once: true });
      }
      queue.push(task);
    });
  }

  Object.defineProperties(limit, {
    activeCount: { get: () => active },
    pendingCount: { get: () => queue.length },
  });
  return limit;
}
