/** A promise with its resolve/reject functions. */
export function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

/** Lets all pending promise callbacks run. */
export const flush = () => new Promise((resolve) => setImmediate(resolve));
