// Collection helpers.

const keyFn = (key) => (typeof key === 'function' ? key : (item) => item[key]);

export function groupBy(items, key) {
  const fn = keyFn(key);
  const groups = new Map();
  let index = 0;
  for (const item of items) {
    const k = fn(item, index++);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function countBy(items, key) {
  const counts = new Map();
  for (const [k, group] of groupBy(items, key)) counts.set(k, group.length);
  return counts;
}

export function partition(items, predicate) {
  const yes = [];
  const no = [];
  let index = 0;
  for (const item of items) (predicate(item, index++) ? yes : no).push(item);
  return [yes, no];
}
