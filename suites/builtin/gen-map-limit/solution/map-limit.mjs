/**
 * Like Promise.all(items.map(fn)) but with at most `limit` calls in flight.
 * @template T, R
 * @param {T[]} items
 * @param {number} limit
 * @param {(item: T, index: number) => R | Promise<R>} fn
 * @returns {Promise<R[]>}
 */
export async function mapLimit(items, limit, fn) {
  if (!(limit === Infinity || (Number.isInteger(limit) && limit >= 1))) {
    throw new RangeError('limit must be a positive integer or Infinity');
  }
  const results = new Array(items.length);
  if (items.length === 0) return results;
  return new Promise((resolve, reject) => {
    let next = 0;
    let active = 0;
    let done = 0;
    let failed = false;
    const launch = () => {
      while (!failed && active < limit && next < items.length) {
        const i = next++;
        active++;
        let p;
        try {
          p = Promise.resolve(fn(items[i], i));
        } catch (err) {
          failed = true;
          reject(err);
          return;
        }
        p.then(
          (value) => {
            active--;
            if (failed) return;
            results[i] = value;
            done++;
            if (done === items.length) resolve(results);
            else launch();
          },
          (err) => {
            active--;
            if (failed) return;
            failed = true;
            reject(err);
          },
        );
      }
    };
    launch();
  });
}
